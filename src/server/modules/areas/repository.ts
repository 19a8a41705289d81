import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { areas } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function listAreas(
  tx: Executor,
  filter: { level?: 'gemeente' | 'wijk' | 'buurt' | undefined; parent?: string | undefined },
) {
  const conditions: SQL[] = [];
  if (filter.level) conditions.push(eq(areas.level, filter.level));
  if (filter.parent) conditions.push(eq(areas.parentCode, filter.parent));
  return tx
    .select({
      code: areas.code,
      level: areas.level,
      name: areas.name,
      parentCode: areas.parentCode,
      inhabitants: areas.inhabitants,
      inhabitantsYear: areas.inhabitantsYear,
      source: areas.source,
      hasGeometry: sql<boolean>`${areas.geometry} is not null`,
    })
    .from(areas)
    .where(and(...conditions))
    .orderBy(asc(areas.code));
}

export async function upsertCatalogAreas(tx: Executor, rows: (typeof areas.$inferInsert)[]) {
  if (rows.length === 0) return;
  await tx
    .insert(areas)
    .values(rows)
    .onConflictDoUpdate({
      target: areas.code,
      set: {
        name: sql`excluded.name`,
        level: sql`excluded.level`,
        parentCode: sql`excluded.parent_code`,
        inhabitants: sql`excluded.inhabitants`,
        inhabitantsYear: sql`excluded.inhabitants_year`,
        source: sql`excluded.source`,
      },
    });
}

export async function listAreaCodes(tx: Executor): Promise<string[]> {
  const rows = await tx.select({ code: areas.code }).from(areas);
  return rows.map((row) => row.code);
}

export async function setGeometry(tx: Executor, code: string, geometry: unknown): Promise<void> {
  await tx.update(areas).set({ geometry }).where(eq(areas.code, code));
}

export async function insertArea(tx: Executor, row: typeof areas.$inferInsert) {
  await tx.insert(areas).values(row);
}
