import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A peilmoment of the Monitor: computed once into facts and results, then published. A published
 * snapshot never changes (triggers refuse it, see migration 0011); a correction is a new version
 * of the same period with a reason.
 */
export const monitorSnapshots = pgTable(
  'monitor_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** "2026-H1", "2026-K3": the period the snapshot measures. */
    periodLabel: text('period_label').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    /** The peilmoment: ages, addresses and running provisions are taken on this day. */
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    version: integer('version').notNull(),
    supersedesId: uuid('supersedes_id'),
    correctionReason: text('correction_reason'),
    status: text('status', { enum: ['berekend', 'gepubliceerd'] }).notNull(),
    personCount: integer('person_count').notNull(),
    provisionCount: integer('provision_count').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    computedBy: uuid('computed_by').references(() => users.id),
    computeMs: integer('compute_ms'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [uniqueIndex('monitor_snapshots_period_version_uq').on(t.periodLabel, t.version)],
);

/**
 * The salt of a snapshot's pseudonymous keys, kept apart from the snapshot and deleted when it is
 * published: from then on nobody can link a key back to a person.
 */
export const monitorSnapshotSalts = pgTable('monitor_snapshot_salts', {
  snapshotId: uuid('snapshot_id')
    .primaryKey()
    .references(() => monitorSnapshots.id, { onDelete: 'cascade' }),
  salt: bytea('salt').notNull(),
});

/** One provision running in the period: no BSN, name or address, only keys, area and age band. */
export const monitorProvisionFacts = pgTable(
  'monitor_provision_facts',
  {
    /** No foreign key: checking one per row costs minutes at national scale (see ADR 0009). */
    snapshotId: uuid('snapshot_id').notNull(),
    personKey: bytea('person_key').notNull(),

    gemeenteCode: text('gemeente_code'),
    wijkCode: text('wijk_code'),
    buurtCode: text('buurt_code'),
    ageBand: text('age_band'),
    domain: text('domain').notNull(),
    provisionTypeCode: text('provision_type_code').notNull(),
    category: text('category'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    costCents: bigint('cost_cents', { mode: 'number' }),
  },
  (t) => [index('monitor_provision_facts_snapshot_idx').on(t.snapshotId)],
);

/** One person with support in the period: the domains (bit mask, see facts.ts) and totals. */
export const monitorPersonFacts = pgTable(
  'monitor_person_facts',
  {
    /** No foreign key, as for the provision facts. */
    snapshotId: uuid('snapshot_id').notNull(),
    personKey: bytea('person_key').notNull(),
    householdKey: bytea('household_key'),
    gemeenteCode: text('gemeente_code'),
    wijkCode: text('wijk_code'),
    buurtCode: text('buurt_code'),
    ageBand: text('age_band'),
    domainMask: smallint('domain_mask').notNull(),
    provisionCount: integer('provision_count').notNull(),
    costCents: bigint('cost_cents', { mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.personKey] })],
);

/** One decision on an application in the period, for the timeliness of access (phase 3). */
export const monitorAccessFacts = pgTable(
  'monitor_access_facts',
  {
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => monitorSnapshots.id, { onDelete: 'cascade' }),
    gemeenteCode: text('gemeente_code'),
    wijkCode: text('wijk_code'),
    domain: text('domain').notNull(),
    caseTypeCode: text('case_type_code').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    days: integer('days').notNull(),
    withinTerm: boolean('within_term').notNull(),
  },
  (t) => [index('monitor_access_facts_snapshot_idx').on(t.snapshotId)],
);

/** The population figures a snapshot used, frozen with it. */
export const monitorSnapshotPopulations = pgTable(
  'monitor_snapshot_populations',
  {
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => monitorSnapshots.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
    groupCode: text('group_code').notNull(),
    count: integer('count').notNull(),
    year: integer('year').notNull(),
    estimated: boolean('estimated').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.areaCode, t.groupCode] })],
);

/**
 * Each indicator's unprotected numerator and denominator per area (REGIO, gemeente, wijk) and
 * breakdown (a provision type, a samenloop combination; '' for none). Views protect them first.
 */
export const monitorResults = pgTable(
  'monitor_results',
  {
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => monitorSnapshots.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    areaCode: text('area_code').notNull(),
    breakdown: text('breakdown').notNull().default(''),
    numerator: bigint('numerator', { mode: 'number' }),
    denominator: bigint('denominator', { mode: 'number' }),
    /** For imported survey figures: the published percentage or score and its respondents. */
    value: numeric('value', { mode: 'number' }),
    respondents: integer('respondents'),
    source: text('source'),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.indicatorCode, t.areaCode, t.breakdown] })],
);

/** Inhabitants and other population groups per area and year (CBS), seeded and imported. */
export const monitorPopulations = pgTable(
  'monitor_populations',
  {
    areaCode: text('area_code').notNull(),
    year: integer('year').notNull(),
    groupCode: text('group_code').notNull(),
    count: integer('count').notNull(),
    estimated: boolean('estimated').notNull().default(false),
    source: text('source').notNull(),
    importId: uuid('import_id'),
  },
  (t) => [primaryKey({ columns: [t.areaCode, t.year, t.groupCode] })],
);

/** Survey and other external figures for phases 2 and 3, per indicator, area and period. */
export const monitorExternalValues = pgTable(
  'monitor_external_values',
  {
    indicatorCode: text('indicator_code').notNull(),
    areaCode: text('area_code').notNull(),
    /** The year ("2024") or period label the figure belongs to. */
    period: text('period').notNull(),
    numerator: bigint('numerator', { mode: 'number' }),
    denominator: bigint('denominator', { mode: 'number' }),
    value: numeric('value', { mode: 'number' }),
    respondents: integer('respondents'),
    source: text('source').notNull(),
    importId: uuid('import_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorCode, t.areaCode, t.period] })],
);

/** What an import read, accepted and refused, kept as its validation report. */
export const monitorImports = pgTable(
  'monitor_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['demografie', 'enquete'] }).notNull(),
    fileName: text('file_name').notNull(),
    mapping: jsonb('mapping').notNull(),
    rowsRead: integer('rows_read').notNull(),
    valuesAccepted: integer('values_accepted').notNull(),
    report: jsonb('report').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitor_imports_at_idx').on(t.importedAt)],
);
