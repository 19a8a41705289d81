import { asc } from 'drizzle-orm';
import type { RequestContext } from '../../platform/access/actor';
import { canAdministerUsersAndTeams } from '../../platform/access/policy';
import { decreedDays } from '../../platform/db/schema';
import type { Transactor } from '../../platform/db/transactor';
import { forbidden, unprocessable } from '../../platform/errors';
import type { TermCalendar } from '../cases/deadlines/atw';
import { weekday } from '../cases/deadlines/calendar';
import { statutoryHolidays } from '../cases/deadlines/holidays';

/** Loads the days functioneel beheer added into the calendar; called once at start-up. */
export async function loadStoredDecreedDays(transactor: Transactor, calendar: TermCalendar): Promise<void> {
  const rows = await transactor.transaction((tx) =>
    tx.select().from(decreedDays).orderBy(asc(decreedDays.date)),
  );
  calendar.addDecreedDays(rows);
}

export function listDecreedDays(calendar: TermCalendar) {
  return calendar.decreedDays().map(({ date, name, decree }) => ({ date, name, decree }));
}

/**
 * Adds a day equated with a holiday by a new royal decree. Only working days can be added (a
 * weekend or statutory holiday needs no decree); the calendar counts it from the next computation.
 */
export async function addDecreedDay(
  transactor: Transactor,
  calendar: TermCalendar,
  ctx: RequestContext,
  input: { date: string; name: string; decree: string },
) {
  if (!canAdministerUsersAndTeams(ctx.actor))
    throw forbidden('Alleen functioneel beheer legt gelijkgestelde dagen vast.');
  const day = weekday(input.date);
  if (day === 0 || day === 6 || statutoryHolidays(Number(input.date.slice(0, 4))).has(input.date)) {
    throw unprocessable([{ field: 'date', message: 'Deze dag telt al niet mee: een weekend- of feestdag' }]);
  }
  await transactor.transaction((tx) =>
    tx
      .insert(decreedDays)
      .values({ ...input, addedBy: ctx.actor.id })
      .onConflictDoUpdate({
        target: decreedDays.date,
        set: { name: input.name, decree: input.decree },
      }),
  );
  calendar.addDecreedDays([input]);
  return listDecreedDays(calendar);
}
