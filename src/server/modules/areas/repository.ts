import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { areas } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function listAreas(tx: Executor, filter: { level?: 'gemeente' | 'wijk' | 'buurt' | undefined; parent?: string | undefined }) {
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
