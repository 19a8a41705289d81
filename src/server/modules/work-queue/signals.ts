import type { TermCalendar } from '../cases/deadlines/atw';
import { addDays } from '../cases/deadlines/calendar';

export type Signal = 'termijn-verstreken' | 'binnen-5-werkdagen' | 'opschorting-verlopen';

/** The queue's warnings for one open case, as of `today`. */
export function signalsFor(
  item: {
    legalDeadline: string | null;
    suspendedSince: string | null;
    suspensionPlannedUntil: string | null;
  },
  today: string,
  calendar: TermCalendar,
): Signal[] {
  const signals: Signal[] = [];
  if (item.legalDeadline && !item.suspendedSince) {
    if (item.legalDeadline < today) signals.push('termijn-verstreken');
    else if (calendar.workingDaysIn(addDays(today, 1), item.legalDeadline) <= 5)
      signals.push('binnen-5-werkdagen');
  }
  if (item.suspendedSince && item.suspensionPlannedUntil && item.suspensionPlannedUntil < today) {
    signals.push('opschorting-verlopen');
  }
  return signals;
}
