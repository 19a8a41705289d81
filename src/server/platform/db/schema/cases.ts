import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { teams, users } from './identity';
import { households, persons } from './registry';

/** One counter row per year: `insert … on conflict do update … returning` hands out numbers atomically. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Readable and unique: SZMH-2026-0001234. */
    number: text('number').notNull(),
    caseTypeCode: text('case_type_code').notNull(),
    caseTypeVersion: integer('case_type_version').notNull(),
    domain: text('domain').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: uuid('household_id').references(() => households.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    gemeenteCode: text('gemeente_code'),
    areaCode: text('area_code'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    contestedDecisionDate: date('contested_decision_date', { mode: 'string' }),
    /** A related case, such as the case whose decision a bezwaar contests. */
    relatedCaseId: uuid('related_case_id'),
    /** The case this one is a sub-case of. */
    parentCaseId: uuid('parent_case_id'),
    statusCode: text('status_code').notNull(),
    /** Kept in step with suspensions and extensions so the work queue can sort and filter on it. */
    legalDeadline: date('legal_deadline', { mode: 'string' }),
    serviceNormDate: date('service_norm_date', { mode: 'string' }),
    suspendedSince: date('suspended_since', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    resultCode: text('result_code'),
    outcome: text('outcome'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number_uq').on(t.number),
    index('cases_queue_team_idx').on(t.teamId, t.legalDeadline, t.id).where(sql`${t.closedOn} is null`),
    index('cases_queue_assignee_idx')
      .on(t.assigneeId, t.legalDeadline, t.id)
      .where(sql`${t.closedOn} is null`),
    index('cases_person_idx').on(t.personId),
  ],
);

export const caseSuspensions = pgTable(
  'case_suspensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    reason: text('reason').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    plannedUntil: date('planned_until', { mode: 'string' }),
    resumedOn: date('resumed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('case_suspensions_case_idx').on(t.caseId)],
);

export const caseExtensions = pgTable(
  'case_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    reason: text('reason').notNull(),
    amount: integer('amount').notNull(),
    unit: text('unit', { enum: ['days', 'weeks'] }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_extensions_case_idx').on(t.caseId)],
);

/** The case's timeline: every change, who made it and when. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').notNull(),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.occurredAt)],
);

/** A besluit: decided once; withdrawn or changed only by a new decision that replaces it. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    decisionTypeCode: text('decision_type_code').notNull(),
    kind: text('kind', { enum: ['besluit', 'wijziging', 'intrekking'] }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveUntil: date('effective_until', { mode: 'string' }),
    outcome: text('outcome').notNull(),
    replacesDecisionId: uuid('replaces_decision_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_case_idx').on(t.caseId), index('decisions_decided_idx').on(t.decidedOn)],
);

/** A voorziening granted by a decision, with its period, volume or amount and who pays. */
export const provisions = pgTable(
  'provisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    domain: text('domain').notNull(),
    provisionTypeCode: text('provision_type_code').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    volume: integer('volume'),
    volumeUnit: text('volume_unit'),
    amountCents: integer('amount_cents'),
    payingGemeenteCode: text('paying_gemeente_code'),
    endReason: text('end_reason'),
    endedByDecisionId: uuid('ended_by_decision_id'),
  },
  (t) => [
    index('provisions_person_idx').on(t.personId),
    index('provisions_type_period_idx').on(t.provisionTypeCode, t.startDate),
    index('provisions_gemeente_idx').on(t.payingGemeenteCode, t.domain),
  ],
);

/** Notes on a case: the case worker's record of contacts and considerations. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    text: text('text').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);

/** Documents on a case; the bytes live in the data folder, this row says what and whose they are. */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_documents_case_idx').on(t.caseId, t.createdAt)],
);

/**
 * Days the government equates with holidays after the catalog was published (Atw art. 3 lid 3),
 * added by functioneel beheer; together with `catalog/holidays/decreed-days.json` they make the calendar.
 */
export const decreedDays = pgTable('decreed_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
  decree: text('decree').notNull(),
  addedBy: uuid('added_by').references(() => users.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});
