import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { teams, users } from './identity';
import { households, persons } from './registry';

/**
 * A melding at the front door: in the citizen's own words, from any channel, for one person (and
 * their household). It is routed to an area team by address, or by a team manager with a reason;
 * one without a team stays in the unrouted queue until someone routes it.
 */
export const intakes = pgTable(
  'intakes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    householdId: uuid('household_id').references(() => households.id),
    /** balie, telefoon, sociaal-team, online, school, huisarts, buren-netwerk, veilig-thuis, andere-organisatie */
    channel: text('channel').notNull(),
    /** Who brought the melding when not the citizen: "buurvrouw", "intern begeleider school". */
    reportedBy: text('reported_by'),
    ownWords: text('own_words').notNull(),
    /** The question behind the question, after vraagverheldering. */
    clarifiedQuestion: text('clarified_question'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    areaCode: text('area_code'),
    gemeenteCode: text('gemeente_code'),
    teamId: uuid('team_id').references(() => teams.id),
    /** 'adres' when the address decided, 'handmatig' when a team manager overrode it. */
    routedBy: text('routed_by'),
    /** The rule as shown to people: "wijk Maastricht-Oost → gebiedsteam Oost". */
    routingRule: text('routing_rule'),
    overrideReason: text('override_reason'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    /** open until the outcome is recorded, then afgerond. */
    status: text('status').notNull().default('open'),
    /** Any of: advies, doorverwijzing, zaken. */
    outcomeKinds: text('outcome_kinds').array(),
    advice: text('advice'),
    completedOn: date('completed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('intakes_person_idx').on(t.personId),
    index('intakes_household_idx').on(t.householdId),
    index('intakes_team_status_idx').on(t.teamId, t.status, t.receivedOn),
  ],
);

/** A referral to the voorliggend veld: a general provision or partner, recorded at the intake. */
export const intakeReferrals = pgTable(
  'intake_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    intakeId: uuid('intake_id')
      .notNull()
      .references(() => intakes.id),
    /** The organisation or general provision: "Trajekt", "Steunpunt Mantelzorg", "schuldhulp". */
    partner: text('partner').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('intake_referrals_intake_idx').on(t.intakeId)],
);

/**
 * A self-sufficiency score (1 acute problem … 5 fully self-sufficient) on one life domain for one
 * person on one day; the history per domain is the series shown as a chart.
 */
export const selfSufficiencyScores = pgTable(
  'self_sufficiency_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    intakeId: uuid('intake_id').references(() => intakes.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    lifeDomain: text('life_domain').notNull(),
    score: smallint('score').notNull(),
    note: text('note'),
    assessedBy: uuid('assessed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('self_sufficiency_person_idx').on(t.personId, t.lifeDomain, t.assessedOn),
    check('self_sufficiency_score_range', sql`${t.score} between 1 and 5`),
  ],
);

/** The informal network around a household: mantelzorgers, neighbours, volunteers, family. */
export const networkMembers = pgTable(
  'network_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** Set when the network member is in the registry too. */
    personId: uuid('person_id').references(() => persons.id),
    name: text('name').notNull(),
    /** mantelzorger, buur, vrijwilliger, familie, vriend, anders */
    role: text('role').notNull(),
    /** What they do: "boodschappen op zaterdag". */
    support: text('support'),
    contact: text('contact'),
    active: integer('active').notNull().default(1),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_members_household_idx').on(t.householdId)],
);

/**
 * The one contact person (regisseur) of a household, over time: the current one has no `until`.
 * Changing the regisseur ends one row and starts another, so the change is an event with a date.
 */
export const householdRegisseurs = pgTable(
  'household_regisseurs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    until: timestamp('until', { withTimezone: true }),
    reason: text('reason'),
    assignedBy: uuid('assigned_by').references(() => users.id),
  },
  (t) => [index('household_regisseurs_household_idx').on(t.householdId, t.until)],
);

/** What happened to a household outside its cases: regisseur, network, plan, intake events. */
export const householdEvents = pgTable(
  'household_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').notNull(),
    details: jsonb('details').notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('household_events_household_idx').on(t.householdId, t.occurredAt)],
);

/**
 * 1 Gezin 1 Plan: one plan per household, in versions. A version is never changed; a new version
 * is written instead. The content (goals per life domain, actions, what was considered before
 * tailored provisions) is a validated document (`src/shared/api/plans.ts`).
 */
export const householdPlans = pgTable(
  'household_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    /** The citizen's agreement: when, and how (mondeling, schriftelijk, digitaal). */
    agreedOn: date('agreed_on', { mode: 'string' }),
    agreementMethod: text('agreement_method'),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('household_plans_version_uq').on(t.householdId, t.version),
    index('household_plans_review_idx').on(t.nextReviewOn),
  ],
);

/** An appointment within a case, such as the keukentafelgesprek of a Wmo onderzoek, and its report. */
export const caseAppointments = pgTable(
  'case_appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    participants: text('participants').array().notNull(),
    report: text('report'),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_appointments_case_idx').on(t.caseId, t.startsAt)],
);

/** Jeugd: who referred (gemeente, huisarts, jeugdarts, gecertificeerde-instelling) and any second opinion. */
export const caseReferrals = pgTable('case_referrals', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  referrer: text('referrer').notNull(),
  referrerName: text('referrer_name'),
  secondOpinionBy: text('second_opinion_by'),
  secondOpinionOn: date('second_opinion_on', { mode: 'string' }),
  secondOpinionOutcome: text('second_opinion_outcome'),
});

/** Cases opened from an intake, in the one step that records the intake's outcome. */
export const intakeCases = pgTable(
  'intake_cases',
  {
    intakeId: uuid('intake_id')
      .notNull()
      .references(() => intakes.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
  },
  (t) => [
    uniqueIndex('intake_cases_uq').on(t.intakeId, t.caseId),
    index('intake_cases_case_idx').on(t.caseId),
  ],
);
