import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import decreed from '../../../../../catalog/holidays/decreed-days.json';
import { TermCalendar } from './atw';
import { addDays, daysBetween, weekday } from './calendar';
import { computeDeadline, dwangsomExposure } from './deadline';
import { easterSunday, statutoryHolidays } from './holidays';

const calendar = new TermCalendar(decreed.days);
const isoDay = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('holidays of the Algemene termijnenwet', () => {
  it('knows Easter on known dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2035)).toBe('2035-03-25');
  });

  it('lists the 2026 holidays', () => {
    expect([...statutoryHolidays(2026).keys()].sort()).toEqual([
      '2026-01-01',
      '2026-04-03', // Goede Vrijdag
      '2026-04-06', // Tweede Paasdag
      '2026-04-27', // Koningsdag
      '2026-05-05',
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // Tweede Pinksterdag
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday (2025)', () => {
    expect(statutoryHolidays(2025).get('2025-04-26')).toBe('Koningsdag');
  });

  it('counts decreed days, such as Friday 15 May 2026 after Ascension', () => {
    expect(calendar.reasonClosed('2026-05-15')).toBe('Vrijdag na Hemelvaartsdag');
    expect(calendar.isWorkingDay('2026-05-13')).toBe(true);
  });

  it('Ascension is always a Thursday and Pentecost Monday a Monday, through 2035', () => {
    for (let year = 2015; year <= 2035; year++) {
      const holidays = [...statutoryHolidays(year)];
      expect(weekday(holidays.find(([, name]) => name === 'Hemelvaartsdag')?.[0] ?? '')).toBe(4);
      expect(weekday(holidays.find(([, name]) => name === 'Tweede Pinksterdag')?.[0] ?? '')).toBe(1);
    }
  });
});

describe('legal deadlines', () => {
  it('adds the term and moves a weekend end to Monday (Atw art. 1)', () => {
    // Received Friday 2 October 2026 + 8 weeks = Friday 27 November: a working day.
    expect(
      computeDeadline(
        { receivedOn: '2026-10-02', term: { amount: 8, unit: 'weeks' }, today: '2026-10-02' },
        calendar,
      ).legalDeadline,
    ).toBe('2026-11-27');
    // Received Saturday 3 October + 8 weeks = Saturday 28 November → Monday 30 November.
    expect(
      computeDeadline(
        { receivedOn: '2026-10-03', term: { amount: 8, unit: 'weeks' }, today: '2026-10-03' },
        calendar,
      ).legalDeadline,
    ).toBe('2026-11-30');
  });

  it('runs past Ascension and the decreed Friday after it', () => {
    // Received Thursday 2 April 2026 + 6 weeks = Thursday 14 May (Hemelvaartsdag), Friday 15 May is
    // decreed, so the deadline is Monday 18 May.
    expect(
      computeDeadline(
        { receivedOn: '2026-04-02', term: { amount: 6, unit: 'weeks' }, today: '2026-04-02' },
        calendar,
      ).legalDeadline,
    ).toBe('2026-05-18');
  });

  it('gives a three-day term at least two working days (Atw art. 2)', () => {
    // Wednesday 1 April 2026 + 3 days = Saturday 4 April → Monday 6 April is Tweede Paasdag →
    // Tuesday 7 April; Thursday 2 April is the only working day before, so Tuesday brings two.
    expect(calendar.applyAtw('2026-04-01', '2026-04-04')).toBe('2026-04-07');
    // From Thursday 24 December 2026, 3 days end Sunday 27 December; art. 1 gives Monday 28, but 25
    // and 26 are holidays, so the term holds one working day: art. 2 adds Tuesday 29 December.
    expect(calendar.applyAtw('2026-12-24', '2026-12-27')).toBe('2026-12-29');
    // From Wednesday 23 December the term already holds Thursday 24 and Monday 28: art. 1 suffices.
    expect(calendar.applyAtw('2026-12-23', '2026-12-26')).toBe('2026-12-28');
  });

  it('counts a bezwaar from the end of the six-week objection period', () => {
    // Contested decision Monday 5 October 2026; objection period ends Monday 16 November; decision
    // within 6 weeks after that: Monday 28 December 2026.
    const deadline = computeDeadline(
      {
        receivedOn: '2026-10-20',
        term: { amount: 6, unit: 'weeks' },
        contestedDecisionDate: '2026-10-05',
        today: '2026-10-20',
      },
      calendar,
    );
    expect(deadline.countsFrom).toBe('2026-11-16');
    expect(deadline.legalDeadline).toBe('2026-12-28');
  });

  it('adds exactly the days a suspension lasted, and keeps counting while it runs', () => {
    const base = {
      receivedOn: '2026-09-01',
      term: { amount: 8, unit: 'weeks' as const },
      today: '2026-10-01',
    };
    const resumed = computeDeadline(
      { ...base, suspensions: [{ from: '2026-09-10', resumedOn: '2026-09-24' }] },
      calendar,
    );
    expect(resumed.suspendedDays).toBe(14);
    expect(resumed.plainEnd).toBe(addDays('2026-10-27', 14));
    const running = computeDeadline(
      { ...base, suspensions: [{ from: '2026-09-10', resumedOn: null }] },
      calendar,
    );
    expect(running.suspendedNow).toBe(true);
    expect(running.suspendedDays).toBe(21);
  });

  it('property: the deadline is a working day, never before the plain end, within 10 days of it', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 26 }), (receivedOn, weeks) => {
        const deadline = computeDeadline(
          { receivedOn, term: { amount: weeks, unit: 'weeks' }, today: receivedOn },
          calendar,
        );
        expect(calendar.isWorkingDay(deadline.legalDeadline)).toBe(true);
        expect(deadline.legalDeadline >= deadline.plainEnd).toBe(true);
        expect(daysBetween(deadline.plainEnd, deadline.legalDeadline)).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('property: suspension and extension days add up, and order does not matter', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (receivedOn, a, b) => {
          const term = { amount: 8, unit: 'weeks' as const };
          const suspensions = [
            { from: addDays(receivedOn, 1), resumedOn: addDays(receivedOn, 1 + a) },
            { from: addDays(receivedOn, 100), resumedOn: addDays(receivedOn, 100 + b) },
          ];
          const one = computeDeadline({ receivedOn, term, suspensions, today: receivedOn }, calendar);
          const other = computeDeadline(
            { receivedOn, term, suspensions: [...suspensions].reverse(), today: receivedOn },
            calendar,
          );
          expect(one.suspendedDays).toBe(a + b);
          expect(one.legalDeadline).toBe(other.legalDeadline);
          expect(daysBetween(receivedOn, one.plainEnd)).toBe(56 + a + b);
        },
      ),
    );
  });

  it('property: a later receipt never gives an earlier deadline', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 30 }), (receivedOn, later) => {
        const term = { amount: 6, unit: 'weeks' as const };
        const first = computeDeadline({ receivedOn, term, today: receivedOn }, calendar).legalDeadline;
        const second = computeDeadline(
          { receivedOn: addDays(receivedOn, later), term, today: receivedOn },
          calendar,
        ).legalDeadline;
        expect(second >= first).toBe(true);
      }),
    );
  });
});

describe('dwangsom exposure (Awb 4:17)', () => {
  it('starts after two weeks and caps at 42 days and €1,442', () => {
    expect(dwangsomExposure(14)).toEqual({ penaltyDays: 0, amountEuro: 0 });
    expect(dwangsomExposure(15)).toEqual({ penaltyDays: 1, amountEuro: 23 });
    expect(dwangsomExposure(28)).toEqual({ penaltyDays: 14, amountEuro: 322 });
    expect(dwangsomExposure(29)).toEqual({ penaltyDays: 15, amountEuro: 357 });
    expect(dwangsomExposure(100)).toEqual({ penaltyDays: 42, amountEuro: 1442 });
  });
});
