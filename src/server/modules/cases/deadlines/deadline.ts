import type { TermCalendar } from './atw';
import { addDays, addMonths, daysBetween, type IsoDate } from './calendar';

export interface Term {
  amount: number;
  unit: 'days' | 'weeks' | 'months';
}

export interface Suspension {
  from: IsoDate;
  /** The day work resumed; null while the case is still suspended. */
  resumedOn: IsoDate | null;
}

export interface DeadlineInput {
  receivedOn: IsoDate;
  term: Term;
  /**
   * For a bezwaar: the date of the contested decision. The decision term then counts from the end
   * of the objection period (Awb 7:10), which itself runs `objectionPeriod` from that date (Awb 6:7).
   */
  contestedDecisionDate?: IsoDate | undefined;
  objectionPeriod?: Term | undefined;
  suspensions?: readonly Suspension[];
  extensions?: readonly Term[];
  today: IsoDate;
}

export interface Deadline {
  /** The day the term counts from; it runs from the day after. */
  countsFrom: IsoDate;
  /** End of the term before the Algemene termijnenwet: start + term + suspended days + extensions. */
  plainEnd: IsoDate;
  /** The legal deadline, with the Algemene termijnenwet applied. */
  legalDeadline: IsoDate;
  suspendedDays: number;
  suspendedNow: boolean;
  /** Calendar days from today to the legal deadline; negative when it has passed. */
  daysLeft: number;
}

export function addTerm(date: IsoDate, term: Term): IsoDate {
  if (term.unit === 'months') return addMonths(date, term.amount);
  return addDays(date, term.unit === 'weeks' ? term.amount * 7 : term.amount);
}

/**
 * Computes a case's legal deadline — never typed in. Suspension stops the clock: the days actually
 * suspended are added (while still suspended, up to today). Extensions move the end. The
 * Algemene termijnenwet is applied to the final term, and to the objection period of a bezwaar.
 */
export function computeDeadline(input: DeadlineInput, calendar: TermCalendar): Deadline {
  let countsFrom = input.receivedOn;
  if (input.contestedDecisionDate) {
    const period = input.objectionPeriod ?? { amount: 6, unit: 'weeks' };
    const objectionEnd = calendar.applyAtw(
      input.contestedDecisionDate,
      addTerm(input.contestedDecisionDate, period),
    );
    // A late objection cannot start a term that has already run: then it counts from receipt.
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.max cannot compare
    countsFrom = objectionEnd > input.receivedOn ? objectionEnd : input.receivedOn;
  }
  let suspendedDays = 0;
  let suspendedNow = false;
  for (const suspension of input.suspensions ?? []) {
    const until = suspension.resumedOn ?? input.today;
    if (!suspension.resumedOn) suspendedNow = true;
    suspendedDays += Math.max(0, daysBetween(suspension.from, until));
  }
  let plainEnd = addDays(addTerm(countsFrom, input.term), suspendedDays);
  for (const extension of input.extensions ?? []) plainEnd = addTerm(plainEnd, extension);
  const legalDeadline = calendar.applyAtw(countsFrom, plainEnd);
  return {
    countsFrom,
    plainEnd,
    legalDeadline,
    suspendedDays,
    suspendedNow,
    daysLeft: daysBetween(input.today, legalDeadline),
  };
}

/**
 * What a late decision can cost (Awb 4:17): after a notice of default, two weeks' grace, then
 * €23 a day for 14 days, €35 for the next 14 and €45 after, for at most 42 days (€1,442).
 */
export function dwangsomExposure(daysSinceNoticeOfDefault: number): {
  penaltyDays: number;
  amountEuro: number;
} {
  const penaltyDays = Math.min(42, Math.max(0, daysSinceNoticeOfDefault - 14));
  const tier = (from: number) => Math.min(Math.max(penaltyDays - from, 0), 14);
  return { penaltyDays, amountEuro: 23 * tier(0) + 35 * tier(14) + 45 * tier(28) };
}
