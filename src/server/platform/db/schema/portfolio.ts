import {
  boolean,
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

/**
 * The Toekomstagenda portfolio: the ambition (one document: goals, core tasks, criteria), the
 * projects with their contributions and history, capacity, EVI panels, risks, the annual plan,
 * decisions and the finance tables. No person data: people appear as roles and municipalities.
 */
export const portfolioAmbition = pgTable('portfolio_ambition', {
  id: smallint('id').primaryKey(),
  /** Title, statement, horizon year, goals, core tasks, criteria and source (validated on read). */
  content: jsonb('content').notNull(),
});

export const portfolioProjects = pgTable(
  'portfolio_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull().default(1),
    /** A stable handle for the demo's links; new proposals get one from their name. */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    groupLabel: text('group_label'),
    description: text('description'),
    kind: text('kind', { enum: ['toekomstagenda', 'going-concern'] }).notNull(),
    domain: text('domain', { enum: ['jeugd', 'wmo', 'participatiewet', 'transformatie-szmh'] }),
    precondition: boolean('precondition').notNull().default(false),
    phase: text('phase'),
    prioritisation: text('prioritisation', { enum: ['voorstel', 'geprioriteerd'] }),
    leaderRole: text('leader_role'),
    leaderGemeenteCode: text('leader_gemeente_code'),
    participatingGemeenteCodes: text('participating_gemeente_codes').array().notNull().default([]),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    capacityHours: numeric('capacity_hours', { mode: 'number' }),
    capacityFte: numeric('capacity_fte', { mode: 'number' }),
    capacityToBeDetermined: boolean('capacity_tbd').notNull().default(false),
    capacityText: text('capacity_text'),
    loslaten: text('loslaten'),
    /** { innovatief, integraal, regionaal }: each { met: boolean | null, justification }. */
    criteria: jsonb('criteria'),
    /** [{ columnKey: "KO1" | … | "D2", level: "primair" | "draagt-bij" }] */
    contributions: jsonb('contributions').notNull().default([]),
    source: text('source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('portfolio_projects_key_uq').on(t.key),
    index('portfolio_projects_position_idx').on(t.position),
  ],
);

export const portfolioProjectEvents = pgTable(
  'portfolio_project_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => portfolioProjects.id),
    kind: text('kind', {
      enum: ['aangemaakt', 'fase', 'soort', 'naam', 'samengevoegd', 'geprioriteerd', 'gewijzigd'],
    }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    reason: text('reason'),
    /** The day it happened; null when the source only gives a year or nothing (occurredText). */
    occurredOn: date('occurred_on', { mode: 'string' }),
    occurredText: text('occurred_text'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    source: text('source'),
  },
  (t) => [index('portfolio_project_events_project_idx').on(t.projectId, t.recordedAt)],
);

export const portfolioCapacityLines = pgTable('portfolio_capacity_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().default(1),
  position: integer('position').notNull(),
  section: text('section', {
    enum: ['committed', 'doorloop', 'nieuw', 'randvoorwaardelijk', 'projectgroep'],
  }).notNull(),
  label: text('label').notNull(),
  projectId: uuid('project_id').references(() => portfolioProjects.id),
  hours: numeric('hours', { mode: 'number' }),
  fte: numeric('fte', { mode: 'number' }),
  toBeDetermined: boolean('tbd').notNull().default(false),
  text: text('text'),
  /** [{ role, gemeenteCode, organisation, filled, hours, note }] — roles, never names. */
  assignments: jsonb('assignments').notNull().default([]),
});

export const portfolioDecisions = pgTable(
  'portfolio_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    body: text('body', { enum: ['portefeuillehoudersoverleg', 'directiegroep'] }).notNull(),
    meeting: text('meeting').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    dateText: text('date_text'),
    subject: text('subject').notNull(),
    decision: text('decision').notNull(),
    source: text('source'),
    position: integer('position').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portfolio_decisions_position_idx').on(t.position)],
);

export const portfolioDecisionProjects = pgTable(
  'portfolio_decision_projects',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => portfolioDecisions.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => portfolioProjects.id),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.projectId] }),
    index('portfolio_decision_projects_project_idx').on(t.projectId),
  ],
);

export const portfolioEviThemes = pgTable('portfolio_evi_themes', {
  id: uuid('id').primaryKey().defaultRandom(),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  period: text('period').notNull(),
  description: text('description'),
  source: text('source'),
});

export const portfolioEviThemeProjects = pgTable(
  'portfolio_evi_theme_projects',
  {
    themeId: uuid('theme_id')
      .notNull()
      .references(() => portfolioEviThemes.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => portfolioProjects.id),
  },
  (t) => [
    primaryKey({ columns: [t.themeId, t.projectId] }),
    index('portfolio_evi_theme_projects_project_idx').on(t.projectId),
  ],
);

export const portfolioEviSessions = pgTable(
  'portfolio_evi_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => portfolioEviThemes.id),
    heldOn: date('held_on', { mode: 'string' }),
    dateText: text('date_text'),
    participants: integer('participants'),
    participantsText: text('participants_text'),
    description: text('description').notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portfolio_evi_sessions_theme_idx').on(t.themeId)],
);

export const portfolioEviFindings = pgTable(
  'portfolio_evi_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => portfolioEviThemes.id),
    sessionId: uuid('session_id').references(() => portfolioEviSessions.id),
    kind: text('kind', { enum: ['ervaring', 'verbetering', 'innovatie'] }).notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portfolio_evi_findings_theme_idx').on(t.themeId)],
);

export const portfolioRisks = pgTable(
  'portfolio_risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull().default(1),
    code: text('code').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['materieel', 'immaterieel'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    controlMeasure: text('control_measure').notNull(),
    ownerRole: text('owner_role'),
    likelihood: smallint('likelihood'),
    impact: smallint('impact'),
    reviewDate: date('review_date', { mode: 'string' }),
    status: text('status', { enum: ['open', 'beheerst', 'vervallen'] })
      .notNull()
      .default('open'),
    source: text('source'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('portfolio_risks_code_uq').on(t.code)],
);

export const portfolioActions = pgTable(
  'portfolio_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull().default(1),
    planYear: integer('plan_year').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['jaarplan', 'i-en-a'] }).notNull(),
    code: text('code'),
    theme: text('theme').notNull(),
    topic: text('topic'),
    title: text('title').notNull(),
    subActions: text('sub_actions').array().notNull().default([]),
    dueText: text('due_text').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    ownerRole: text('owner_role'),
    status: text('status', { enum: ['gepland', 'loopt', 'gereed', 'vervallen'] })
      .notNull()
      .default('gepland'),
    source: text('source'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portfolio_actions_year_idx').on(t.planYear, t.position)],
);

export const portfolioActionNotes = pgTable(
  'portfolio_action_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => portfolioActions.id),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portfolio_action_notes_action_idx').on(t.actionId, t.createdAt)],
);

/** The investment agenda, formation analysis and efficiency measures: lines and the source's totals. */
export const portfolioFinanceTables = pgTable('portfolio_finance_tables', {
  kind: text('kind', { enum: ['investering', 'formatie', 'efficiency'] }).primaryKey(),
  content: jsonb('content').notNull(),
});
