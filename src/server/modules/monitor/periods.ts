import { PERIOD_LABEL } from '../../../shared/api/monitor';

export interface PeriodOfLabel {
  label: string;
  year: number;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2026-H1" → 1 Jan–30 Jun 2026; "2026-K3" → 1 Jul–30 Sep 2026. */
export function periodOfLabel(label: string): PeriodOfLabel | null {
  const match = PERIOD_LABEL.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2] ?? '';
  const months = part.startsWith('H') ? 6 : 3;
  const index = Number(part.slice(1)) - 1;
  const firstMonth = index * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    label,
    year,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`,
  };
}

/** The last `count` half-years that ended on or before `day`, oldest first. */
export function lastHalfYears(day: string, count: number): string[] {
  const year = Number(day.slice(0, 4));
  const labels: string[] = [];
  for (let y = year; labels.length < count + 2 && y > year - count - 2; y--) {
    for (const half of ['H2', 'H1']) {
      const label = `${y}-${half}`;
      const period = periodOfLabel(label);
      if (period && period.end <= day) labels.push(label);
    }
  }
  return labels.slice(0, count).reverse();
}
