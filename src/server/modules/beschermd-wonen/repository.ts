import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { areas, provisions } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

/**
 * The provisions of one type that may touch the months from `firstDay` to `lastDay`: those ending
 * the day before `firstDay` are included, because a stay continued by a provision starting on
 * `firstDay` is no inflow. Uses provisions_type_period_idx (type, start date).
 */
export async function provisionPeriods(
  tx: Executor,
  provisionTypeCode: string,
  dayBeforeFirst: string,
  lastDay: string,
) {
  return tx
    .select({
      personId: provisions.personId,
      gemeenteCode: provisions.payingGemeenteCode,
      start: provisions.startDate,
      end: provisions.endDate,
    })
    .from(provisions)
    .where(
      and(
        eq(provisions.provisionTypeCode, provisionTypeCode),
        lte(provisions.startDate, lastDay),
        or(isNull(provisions.endDate), gte(provisions.endDate, dayBeforeFirst)),
      ),
    );
}

export async function gemeenten(tx: Executor) {
  return tx
    .select({ code: areas.code, name: areas.name })
    .from(areas)
    .where(eq(areas.level, 'gemeente'))
    .orderBy(asc(areas.name));
}
