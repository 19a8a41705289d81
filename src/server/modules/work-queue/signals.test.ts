import { describe, expect, it } from 'vitest';
import { TermCalendar } from '../cases/deadlines/atw';
import { signalsFor } from './signals';

const calendar = new TermCalendar([]);
const base = { legalDeadline: null, suspendedSince: null, suspensionPlannedUntil: null };

describe('work-queue signals', () => {
  it('flags an overdue case and one due within five working days', () => {
    expect(signalsFor({ ...base, legalDeadline: '2026-11-20' }, '2026-11-23', calendar)).toEqual([
      'termijn-verstreken',
    ]);
    // Monday 23 November → Monday 30 November is five working days away.
    expect(signalsFor({ ...base, legalDeadline: '2026-11-30' }, '2026-11-23', calendar)).toEqual([
      'binnen-5-werkdagen',
    ]);
    expect(signalsFor({ ...base, legalDeadline: '2026-12-01' }, '2026-11-23', calendar)).toEqual([]);
  });

  it('flags a suspension that ran past its planned end, and no deadline while suspended', () => {
    const suspended = {
      legalDeadline: '2026-11-20',
      suspendedSince: '2026-11-01',
      suspensionPlannedUntil: '2026-11-15',
    };
    expect(signalsFor(suspended, '2026-11-23', calendar)).toEqual(['opschorting-verlopen']);
  });
});
