import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { areas, householdMembers, households, personAssignments, persons } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';
import type { SearchPosition } from './cursor';

export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;

export interface SearchCriteria {
  nameQuery?: string | undefined;
  bsn?: string | undefined;
  postcode?: string | undefined;
  houseNumber?: number | undefined;
  birthDate?: string | undefined;
  after?: SearchPosition | undefined;
  limit: number;
}

export type SearchRow = PersonRow & { score: number | null };

/**
 * A name search ranks by match (word similarity, typo-tolerant: "janssen" finds "maria jansen",
 * exact spellings first), then alphabetically; other searches sort alphabetically. Keyset paging
 * continues after `criteria.after` in that same order.
 */
export async function searchPersons(tx: Executor, criteria: SearchCriteria): Promise<SearchRow[]> {
  const byName = criteria.nameQuery && criteria.nameQuery.length >= 3 ? criteria.nameQuery : undefined;
  // A real; its shortest text form converts back to the same real, so the cursor compares exactly.
  const score = byName ? sql<number>`word_similarity(${byName}, ${persons.searchName})` : undefined;
  const conditions: (SQL | undefined)[] = [];
  if (criteria.bsn) conditions.push(eq(persons.bsn, criteria.bsn));
  if (byName) conditions.push(sql`${persons.searchName} %> ${byName}`);
  else if (criteria.nameQuery) {
    // A fragment shorter than a trigram: substring match.
    conditions.push(sql`${persons.searchName} like ${`%${escapeLike(criteria.nameQuery)}%`}`);
  }
  if (criteria.postcode) conditions.push(eq(persons.postcode, criteria.postcode));
  if (criteria.houseNumber) conditions.push(eq(persons.houseNumber, criteria.houseNumber));
  if (criteria.birthDate) conditions.push(eq(persons.birthDate, criteria.birthDate));
  const after = criteria.after;
  if (after && score && after.score !== undefined) {
    conditions.push(
      sql`(${score} < ${after.score}::real or (${score} = ${after.score}::real and (${persons.sortName}, ${persons.id}) > (${after.sortKey}, ${after.id})))`,
    );
  } else if (after) {
    conditions.push(sql`(${persons.sortName}, ${persons.id}) > (${after.sortKey}, ${after.id})`);
  }
  return (
    tx
      .select({ ...getTableColumns(persons), score: (score ?? sql<null>`null`).as('score') })
      .from(persons)
      .where(and(...conditions))
      // By the output column, so the score is computed once per row. The trigram index serves the
      // filter once word_similarity carries its real cost (migration 0003).
      .orderBy(...(score ? [sql`"score" desc`] : []), asc(persons.sortName), asc(persons.id))
      .limit(criteria.limit)
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function findPerson(tx: Executor, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

export async function findPersonByBsn(tx: Executor, bsn: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(persons).where(eq(persons.bsn, bsn)).limit(1);
  return row;
}

export async function insertPerson(tx: Executor, row: NewPersonRow): Promise<PersonRow> {
  const [created] = await tx.insert(persons).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** Updates only when the stored version is the one the client saw; undefined means stale. */
export async function updatePersonAtVersion(
  tx: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<NewPersonRow>,
): Promise<PersonRow | undefined> {
  const [updated] = await tx
    .update(persons)
    .set({ ...changes, version: sql`${persons.version} + 1`, updatedAt: new Date() })
    .where(and(eq(persons.id, id), eq(persons.version, expectedVersion)))
    .returning();
  return updated;
}

export async function assignPersonToUser(tx: Executor, personId: string, userId: string, assignedBy: string) {
  await tx.insert(personAssignments).values({ personId, userId, assignedBy });
}

export async function householdsOfPerson(tx: Executor, personId: string) {
  return tx
    .select({
      householdId: households.id,
      householdName: households.name,
      relation: householdMembers.relation,
      validFrom: householdMembers.validFrom,
      validUntil: householdMembers.validUntil,
    })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(eq(householdMembers.personId, personId))
    .orderBy(sql`${householdMembers.validUntil} desc nulls first`, asc(householdMembers.validFrom));
}

/** The area with the name of its gemeente (a buurt's via its wijk), in one query. */
export async function areaWithGemeente(tx: Executor, code: string) {
  const [row] = await tx
    .select({
      code: areas.code,
      name: areas.name,
      // Qualified by hand: drizzle leaves columns unqualified in a one-table select.
      gemeente: sql<string | null>`case
        when "areas"."level" = 'gemeente' then "areas"."name"
        else (select coalesce(g2.name, g1.name) from areas p1
              left join areas g1 on g1.code = p1.code and g1.level = 'gemeente'
              left join areas g2 on g2.code = p1.parent_code and p1.level = 'wijk'
              where p1.code = "areas"."parent_code")
      end`,
    })
    .from(areas)
    .where(eq(areas.code, code))
    .limit(1);
  return row;
}

export async function areaExists(tx: Executor, code: string): Promise<boolean> {
  const [row] = await tx.select({ code: areas.code }).from(areas).where(eq(areas.code, code)).limit(1);
  return Boolean(row);
}
