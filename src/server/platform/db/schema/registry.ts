import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { teams } from './identity';

export const areas = pgTable(
  'areas',
  {
    /** CBS code: GM0935, WK093500, BU09350000. */
    code: text('code').primaryKey(),
    level: text('level', { enum: ['gemeente', 'wijk', 'buurt'] }).notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    inhabitants: integer('inhabitants'),
    inhabitantsYear: integer('inhabitants_year'),
    source: text('source'),
    /** GeoJSON geometry (WGS84) when boundaries were imported. */
    geometry: jsonb('geometry'),
  },
  (t) => [index('areas_parent_idx').on(t.parentCode, t.name)],
);

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bsn: text('bsn'),
    givenNames: text('given_names').notNull(),
    prefix: text('prefix'),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    email: text('email'),
    phone: text('phone'),
    street: text('street'),
    houseNumber: integer('house_number'),
    houseNumberAddition: text('house_number_addition'),
    postcode: text('postcode'),
    place: text('place'),
    areaCode: text('area_code').references(() => areas.code),
    /** Lower-case, accent-free "given names prefix family name" for typo-tolerant search. */
    searchName: text('search_name').notNull(),
    /** Dutch sort key: "vries, j. de". */
    sortName: text('sort_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_bsn_uq').on(t.bsn),
    index('persons_sort_idx').on(t.sortName, t.id),
    index('persons_search_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('persons_address_idx').on(t.postcode, t.houseNumber),
    index('persons_birth_idx').on(t.birthDate),
    index('persons_area_idx').on(t.areaCode),
    check('persons_postcode_ck', sql`${t.postcode} is null or ${t.postcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
  ],
);

export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The team the household is assigned to; the basis of a consultant's relation for now. */
    teamId: uuid('team_id').references(() => teams.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('households_team_idx').on(t.teamId)],
);

export const householdMembers = pgTable(
  'household_members',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    relation: text('relation', { enum: ['partner', 'ouder', 'kind', 'overig'] }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.householdId, t.personId, t.validFrom] }),
    index('household_members_person_idx').on(t.personId),
  ],
);
