import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayAfter,
  dayBefore,
  type Flow,
  flowOf,
  lastDayOf,
  monthlyFlow,
  monthsBetween,
  type ProvisionPeriod,
  spellsOf,
} from './flow';

const period = (
  personId: string,
  start: string,
  end: string | null,
  gemeenteCode = 'GM0935',
): ProvisionPeriod => ({
  personId,
  gemeenteCode,
  start,
  end,
});

describe('months and days', () => {
  it('knows the last day of each month, leap years included', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
  });
});

describe('the monthly flow', () => {
  it('counts a stay starting, running through and ending', () => {
    const flows = monthlyFlow([period('a', '2026-01-15', '2026-04-10')], '2026-01', '2026-05');
    expect(flows.map((month) => month.total)).toEqual([
      { instroom: 1, doorstroom: 0, uitstroom: 0 },
      { instroom: 0, doorstroom: 1, uitstroom: 0 },
      { instroom: 0, doorstroom: 1, uitstroom: 0 },
      { instroom: 0, doorstroom: 0, uitstroom: 1 },
      { instroom: 0, doorstroom: 0, uitstroom: 0 },
    ]);
  });

  it('counts a stay ending on the last day of a month as outflow of that month, not through-flow', () => {
    const [march] = monthlyFlow([period('a', '2026-01-15', '2026-03-31')], '2026-03', '2026-03');
    expect(march?.total).toEqual({ instroom: 0, doorstroom: 0, uitstroom: 1 });
  });

  it('counts a stay starting and ending in one month as inflow and outflow', () => {
    const [month] = monthlyFlow([period('a', '2026-02-03', '2026-02-20')], '2026-02', '2026-02');
    expect(month?.total).toEqual({ instroom: 1, doorstroom: 0, uitstroom: 1 });
  });

  it('treats a herindicatie that follows on the next day as one stay', () => {
    const flows = monthlyFlow(
      [period('a', '2026-01-10', '2026-02-28'), period('a', '2026-03-01', null)],
      '2026-02',
      '2026-03',
    );
    expect(flows.map((month) => month.total)).toEqual([
      { instroom: 0, doorstroom: 1, uitstroom: 0 },
      { instroom: 0, doorstroom: 1, uitstroom: 0 },
    ]);
  });

  it('counts a move between gemeenten as outflow there and inflow here, but not in the region', () => {
    const [month] = monthlyFlow(
      [period('a', '2025-10-01', '2026-03-14', 'GM0935'), period('a', '2026-03-15', null, 'GM0981')],
      '2026-03',
      '2026-03',
    );
    expect(month?.byGemeente.get('GM0935')).toEqual({ instroom: 0, doorstroom: 0, uitstroom: 1 });
    expect(month?.byGemeente.get('GM0981')).toEqual({ instroom: 1, doorstroom: 0, uitstroom: 0 });
    expect(month?.total).toEqual({ instroom: 0, doorstroom: 1, uitstroom: 0 });
  });
});

// Properties against a day-by-day oracle: who is in care on each day, from the provisions as given.
const BASE = Date.UTC(2025, 10, 1);
const dayString = (offset: number) => new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);
const arbitraryPeriod = fc
  .record({
    person: fc.constantFrom('a', 'b', 'c', 'd'),
    gemeente: fc.constantFrom('GM0935', 'GM0938'),
    start: fc.integer({ min: 0, max: 300 }),
    length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  })
  .map(({ person, gemeente, start, length }) =>
    period(person, dayString(start), length === null ? null : dayString(start + length), gemeente),
  );

function oracle(periods: readonly ProvisionPeriod[], month: string): Flow {
  const inCare = (person: string, day: string) =>
    periods.some((p) => p.personId === person && p.start <= day && (p.end === null || p.end >= day));
  const persons = [...new Set(periods.map((p) => p.personId))];
  const days: string[] = [];
  for (let day = `${month}-01`; day <= lastDayOf(month); day = dayAfter(day)) days.push(day);
  const flow: Flow = { instroom: 0, doorstroom: 0, uitstroom: 0 };
  for (const person of persons) {
    for (const day of days) {
      if (inCare(person, day) && !inCare(person, dayBefore(day))) flow.instroom += 1;
      if (inCare(person, day) && !inCare(person, dayAfter(day))) flow.uitstroom += 1;
    }
    const around = [dayBefore(days[0] ?? ''), ...days, dayAfter(days[days.length - 1] ?? '')];
    if (around.every((day) => inCare(person, day))) flow.doorstroom += 1;
  }
  return flow;
}

describe('properties', () => {
  const months = monthsBetween('2025-11', '2026-10');

  it('agrees with counting day by day who is in care', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPeriod, { maxLength: 8 }),
        fc.constantFrom(...months),
        (periods, month) => {
          const [flow] = monthlyFlow(periods, month, month);
          expect(flow?.total).toEqual(oracle(periods, month));
        },
      ),
    );
  });

  it('keeps the stock: residents after a month are those before plus inflow minus outflow', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPeriod, { maxLength: 10 }), (periods) => {
        const spells = spellsOf(periods, () => '');
        const stockAfter = (month: string) =>
          spells.filter((s) => s.start <= lastDayOf(month) && (s.end === null || s.end > lastDayOf(month)))
            .length;
        for (let index = 1; index < months.length; index += 1) {
          const month = months[index] ?? '';
          const flow = flowOf(spells, month);
          expect(stockAfter(month)).toBe(
            stockAfter(months[index - 1] ?? '') + flow.instroom - flow.uitstroom,
          );
          expect(flow.doorstroom).toBeLessThanOrEqual(stockAfter(months[index - 1] ?? ''));
        }
      }),
    );
  });

  it('adds the gemeenten up to the region when nobody moved', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPeriod, { maxLength: 10 }), (raw) => {
        // One gemeente per person: the first it was given.
        const home = new Map<string, string | null>();
        const periods = raw.map((p) => {
          if (!home.has(p.personId)) home.set(p.personId, p.gemeenteCode);
          return { ...p, gemeenteCode: home.get(p.personId) ?? null };
        });
        for (const month of monthlyFlow(periods, '2025-11', '2026-10')) {
          const sum = { instroom: 0, doorstroom: 0, uitstroom: 0 };
          for (const flow of month.byGemeente.values()) {
            sum.instroom += flow.instroom;
            sum.doorstroom += flow.doorstroom;
            sum.uitstroom += flow.uitstroom;
          }
          expect(sum).toEqual(month.total);
        }
      }),
    );
  });
});
