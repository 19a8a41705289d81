/**
 * In-, through- and outflow of beschermd wonen per month, as pure arithmetic on date strings
 * (YYYY-MM-DD; a provision's end date is its last day).
 *
 * A stay (spell) is one person's uninterrupted beschermd wonen: provisions that overlap or follow
 * each other without a day in between are one stay, so a herindicatie that ends one beschikking
 * and starts the next is no outflow and inflow. Per gemeente a stay is counted with the gemeente
 * that pays it (a move to another gemeente is outflow there and inflow here); the region's total
 * counts each person's stay once, whoever pays.
 *
 * For a month with first day F and last day L, a stay from S to E (E empty while it runs):
 * - instroom: S lies in the month (F ≤ S ≤ L);
 * - uitstroom: E lies in the month (F ≤ E ≤ L);
 * - doorstroom: the stay runs through the whole month without starting or ending in it
 *   (S < F, and E is empty or after L).
 * A stay that starts and ends in the same month is inflow and outflow; every stay in care during
 * the month is counted in doorstroom or in at least one of the other two. The residents after the
 * month are those of the month before plus instroom minus uitstroom.
 */

export interface ProvisionPeriod {
  personId: string;
  gemeenteCode: string | null;
  start: string;
  end: string | null;
}

export interface Spell {
  personId: string;
  gemeenteCode: string | null;
  start: string;
  end: string | null;
}

export interface Flow {
  instroom: number;
  doorstroom: number;
  uitstroom: number;
}

export interface MonthFlow {
  month: string;
  /** Keyed by paying gemeente code ('' when unknown). */
  byGemeente: Map<string, Flow>;
  total: Flow;
}

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const dayAfter = (date: string) => fromUtc(toUtc(date) + DAY_MS);
export const dayBefore = (date: string) => fromUtc(toUtc(date) - DAY_MS);

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  return fromUtc(Date.UTC(year ?? 0, monthNumber ?? 1, 0));
}

/** The months from `from` to `to` inclusive, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year = 0, month = 1] = from.split('-').map(Number);
  while (`${year}-${String(month).padStart(2, '0')}` <= to) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Joins a person's overlapping or adjacent provisions, per key, into stays. */
export function spellsOf(
  periods: readonly ProvisionPeriod[],
  keyOf: (period: ProvisionPeriod) => string,
): Spell[] {
  const groups = new Map<string, ProvisionPeriod[]>();
  for (const period of periods) {
    const key = `${period.personId}\u0000${keyOf(period)}`;
    const group = groups.get(key);
    if (group) group.push(period);
    else groups.set(key, [period]);
  }
  const spells: Spell[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let current: Spell | undefined;
    for (const period of group) {
      if (current && (current.end === null || period.start <= dayAfter(current.end))) {
        if (current.end !== null && (period.end === null || period.end > current.end))
          current.end = period.end;
        continue;
      }
      if (current) spells.push(current);
      current = { ...period };
    }
    if (current) spells.push(current);
  }
  return spells;
}

export function flowOf(spells: readonly Spell[], month: string): Flow {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const flow: Flow = { instroom: 0, doorstroom: 0, uitstroom: 0 };
  for (const spell of spells) {
    if (spell.start >= first && spell.start <= last) flow.instroom += 1;
    if (spell.end !== null && spell.end >= first && spell.end <= last) flow.uitstroom += 1;
    if (spell.start < first && (spell.end === null || spell.end > last)) flow.doorstroom += 1;
  }
  return flow;
}

/** The flow per month, per paying gemeente and for the region. */
export function monthlyFlow(periods: readonly ProvisionPeriod[], from: string, to: string): MonthFlow[] {
  const perGemeente = spellsOf(periods, (period) => period.gemeenteCode ?? '');
  const perPerson = spellsOf(periods, () => '');
  const gemeenten = new Set(perGemeente.map((spell) => spell.gemeenteCode ?? ''));
  return monthsBetween(from, to).map((month) => {
    const byGemeente = new Map<string, Flow>();
    for (const code of gemeenten) {
      byGemeente.set(
        code,
        flowOf(
          perGemeente.filter((spell) => (spell.gemeenteCode ?? '') === code),
          month,
        ),
      );
    }
    return { month, byGemeente, total: flowOf(perPerson, month) };
  });
}
