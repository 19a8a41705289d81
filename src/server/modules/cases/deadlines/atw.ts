import { addDays, type IsoDate, weekday } from './calendar';
import { statutoryHolidays } from './holidays';

/** Days equated with holidays by royal decree (Atw art. 3 lid 3): data, kept by functioneel beheer. */
export interface DecreedDay {
  date: IsoDate;
  name: string;
  decree: string;
}

/** The calendar the Algemene termijnenwet works with: weekends, holidays and decreed days. */
export class TermCalendar {
  readonly #decreed: Map<IsoDate, DecreedDay>;
  readonly #holidaysByYear = new Map<number, Map<IsoDate, string>>();

  constructor(decreedDays: readonly DecreedDay[] = []) {
    this.#decreed = new Map(decreedDays.map((day) => [day.date, day]));
  }

  /** Adds days decreed after start-up (functioneel beheer); deadlines computed from now on count them. */
  addDecreedDays(days: readonly DecreedDay[]): void {
    for (const day of days) this.#decreed.set(day.date, day);
  }

  decreedDays(): DecreedDay[] {
    return [...this.#decreed.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Why a day does not count as a working day, or undefined when it does. */
  reasonClosed(date: IsoDate): string | undefined {
    const day = weekday(date);
    if (day === 6) return 'zaterdag';
    if (day === 0) return 'zondag';
    const year = Number(date.slice(0, 4));
    let holidays = this.#holidaysByYear.get(year);
    if (!holidays) {
      holidays = statutoryHolidays(year);
      this.#holidaysByYear.set(year, holidays);
    }
    return holidays.get(date) ?? this.#decreed.get(date)?.name;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.reasonClosed(date) === undefined;
  }

  nextWorkingDay(date: IsoDate): IsoDate {
    let day = date;
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  workingDaysIn(firstDay: IsoDate, lastDay: IsoDate): number {
    let count = 0;
    for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) if (this.isWorkingDay(day)) count += 1;
    return count;
  }

  /**
   * Applies the Algemene termijnenwet to a term that runs from the day after `start` up to and
   * including `end`:
   * - art. 1: a term ending on a Saturday, Sunday or holiday runs on to the next working day;
   * - art. 2: a term of at least three days is lengthened until it holds at least two working days.
   */
  applyAtw(start: IsoDate, end: IsoDate): IsoDate {
    let result = this.nextWorkingDay(end);
    const firstDay = addDays(start, 1);
    if (end >= addDays(start, 3)) {
      while (this.workingDaysIn(firstDay, result) < 2) result = this.nextWorkingDay(addDays(result, 1));
    }
    return result;
  }
}
