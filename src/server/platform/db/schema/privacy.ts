import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';
import { persons } from './registry';

/**
 * Append-only, hash-chained trail of every read and write of person data.
 * `seq` is assigned by the writer under an advisory lock (not a sequence), so a removed
 * entry shows as a gap and `audit verify` can tell.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['allowed', 'denied'] }).notNull(),
    personIds: uuid('person_ids').array().notNull(),
    resource: text('resource').notNull(),
    purpose: text('purpose'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_person_ids_idx').using('gin', t.personIds),
    index('audit_actor_idx').on(t.actorId, t.seq),
  ],
);

export const personAssignments = pgTable(
  'person_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    assignedBy: uuid('assigned_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('person_assignments_person_user_idx').on(t.personId, t.userId)],
);

export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewOutcome: text('review_outcome', { enum: ['terecht', 'onterecht'] }),
    reviewNote: text('review_note'),
  },
  (t) => [
    index('break_glass_person_user_idx').on(t.personId, t.userId, t.expiresAt),
    index('break_glass_review_idx').on(t.reviewedAt, t.grantedAt),
  ],
);
