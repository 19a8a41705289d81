import { addDays, fromUtc, type IsoDate, weekday } from './calendar';

/** Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The day the monarch's birthday is celebrated: Koningsdag 27 April since 2014 (26 April when the
 * 27th is a Sunday); before, Koninginnedag 30 April (29 April when the 30th is a Sunday).
 */
export function kingsDay(year: number): IsoDate {
  const [day, fallback] = year >= 2014 ? ['27', '26'] : ['30', '29'];
  const date = `${year}-04-${day}`;
  return weekday(date) === 0 ? `${year}-04-${fallback}` : date;
}

/**
 * The algemeen erkende feestdagen of Algemene termijnenwet art. 3 lid 1, and Goede Vrijdag, which
 * lid 2 equates with them. First Easter and Pentecost days are Sundays and count as such.
 */
export function statutoryHolidays(year: number): Map<IsoDate, string> {
  const easter = easterSunday(year);
  return new Map([
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [addDays(easter, -2), 'Goede Vrijdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    [kingsDay(year), year >= 2014 ? 'Koningsdag' : 'Koninginnedag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ]);
}
