/** Date arithmetic on ISO calendar dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const parse = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return { y, m, d };
};
const format = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parse(iso);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Adds months; a day that does not exist in the target month rolls over (31 Jan + 1 month = 3 Mar). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parse(iso);
  return format(new Date(Date.UTC(y, m - 1 + months, d)));
}

/** The day someone reaches an age: a 29 February birthday counts as 1 March in other years. */
export function birthdayAt(birthDate: string, age: number): string {
  const { y, m, d } = parse(birthDate);
  return format(new Date(Date.UTC(y + age, m - 1, d)));
}

/** Completed years on a day. */
export function ageOn(birthDate: string, today: string): number {
  const birth = parse(birthDate);
  const now = parse(today);
  const hadBirthday = now.m > birth.m || (now.m === birth.m && now.d >= birth.d);
  return now.y - birth.y - (hadBirthday ? 0 : 1);
}

export function daysBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** "3 maart 2027", as letters and signals write dates. */
export function dutchDate(iso: string): string {
  const { y, m, d } = parse(iso);
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}
