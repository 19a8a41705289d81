import {
  type Figure,
  type IndicatorSummary,
  type IndicatorUnit,
  type MonitorSamenloop,
  SAMENLOOP_LABELS,
  type SnapshotSummary,
  type ViewRow,
} from '../../../../shared/api/monitor';

/**
 * The raadsrapportage of one gemeente for one snapshot: everything the PDF and the Excel workbook
 * print. Every figure in it has already passed the disclosure step; the renderers print `display`
 * (or, in Excel, the shown `value` as a number) and never compute a figure of their own.
 */
export interface CouncilReport {
  gemeente: { code: string; name: string };
  /** periodLabel, periodEnd (the peilmoment), version, publishedAt, status. */
  snapshot: SnapshotSummary;
  /** ISO timestamp of the moment the report was made. */
  generatedAt: string;
  disclosure: { threshold: number; roundingBase: number; description: string };
  sections: CouncilReportSection[];
  /** Persons and households per wijk by combination of laws, and provisions per person. */
  samenloop: MonitorSamenloop;
  /** Every "Bron: …" line of the report: CBS population, own registration, surveys. */
  sources: string[];
}

export interface CouncilReportSection {
  indicator: IndicatorSummary;
  /** The gemeente's figure. */
  value: Figure;
  /** Per 1,000 inhabitants for counts, otherwise the rate itself; null where nothing compares. */
  comparable: Figure | null;
  /** The region's comparable figure. */
  regionComparable: Figure | null;
  /** What the comparable figure is, e.g. "per 1.000 inwoners"; null when it is the value's own unit. */
  comparableLabel: string | null;
  /** The gemeente's wijken. */
  rows: ViewRow[];
  /** The "Bron: …" line of this indicator. */
  source: string;
}

export const REPORT_AUTHOR = 'Sociale Zaken Maastricht Heuvelland';
export const REPORT_TITLE = 'Raadsrapportage Monitor Toekomstagenda sociaal domein';

/** The phases of the Toekomstagenda's monitor (catalog/monitor/indicators.json). */
export const PHASE_TITLES: Record<number, string> = {
  1: 'Fase 1: maatwerkvoorzieningen en ondersteuning',
  2: 'Fase 2: algemene voorzieningen, preventie, eigen en collectieve kracht',
  3: 'Fase 3: kwaliteit, klantervaring en toegang',
};

export const phaseTitle = (phase: number): string => PHASE_TITLES[phase] ?? `Fase ${phase}`;

/** The report's sections by phase, phases in ascending order, sections in their given order. */
export function sectionsByPhase(report: CouncilReport): Array<[number, CouncilReportSection[]]> {
  const phases = new Map<number, CouncilReportSection[]>();
  for (const section of report.sections) {
    const list = phases.get(section.indicator.phase) ?? [];
    list.push(section);
    phases.set(section.indicator.phase, list);
  }
  return [...phases.entries()].sort(([a], [b]) => a - b);
}

/** A samenloop column as people read it: the combination's label, or the column as given. */
export function samenloopLabel(column: string): string {
  return (SAMENLOOP_LABELS as Record<string, string>)[column] ?? column;
}

const ORDINAL: Record<string, string> = {
  H1: 'eerste halfjaar',
  H2: 'tweede halfjaar',
  K1: 'eerste kwartaal',
  K2: 'tweede kwartaal',
  K3: 'derde kwartaal',
  K4: 'vierde kwartaal',
};

/** "2026-H1" → "eerste halfjaar 2026"; an unknown label stays as it is. */
export function periodName(periodLabel: string): string {
  const match = /^(\d{4})-(H[12]|K[1-4])$/.exec(periodLabel);
  return match?.[1] && match[2] ? `${ORDINAL[match[2]]} ${match[1]}` : periodLabel;
}

const longDateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const amsterdamDayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const amsterdamIsoDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "2026-06-30" → "30 juni 2026". */
export function longDate(isoDate: string): string {
  return longDateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** The day a moment fell on in the Netherlands: "15 juli 2026". */
export function dayInAmsterdam(isoTimestamp: string): string {
  return amsterdamDayFormat.format(new Date(isoTimestamp));
}

/** The day a moment fell on in the Netherlands as YYYY-MM-DD. */
export function isoDayInAmsterdam(isoTimestamp: string): string {
  return amsterdamIsoDay.format(new Date(isoTimestamp));
}

/** "Peilmoment 30 juni 2026, versie 1, gepubliceerd op 15 juli 2026" (or "nog niet gepubliceerd"). */
export function snapshotLine(snapshot: SnapshotSummary): string {
  const published =
    snapshot.status === 'gepubliceerd' && snapshot.publishedAt
      ? `gepubliceerd op ${dayInAmsterdam(snapshot.publishedAt)}`
      : 'nog niet gepubliceerd (concept)';
  return `Peilmoment ${longDate(snapshot.periodEnd)}, versie ${snapshot.version}, ${published}`;
}

const differenceFormat = new Intl.NumberFormat('nl-NL', {
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/**
 * The printed difference with the region: signed, Dutch notation. Without a difference: "." when
 * the wijk's comparable figure is not shown, otherwise "–" (nothing to compare).
 */
export function differenceText(row: ViewRow): string {
  if (row.difference !== null) return differenceFormat.format(row.difference);
  return row.comparable?.hidden || row.value.hidden ? '.' : '–';
}

/** A figure with its unit for running text: "12,3%", "€ 410", "38 dagen"; "." stays ".". */
export function figureWithUnit(figure: Figure, unit: IndicatorUnit): string {
  if (figure.hidden !== null || figure.value === null) return '.';
  switch (unit) {
    case 'procent':
      return `${figure.display}%`;
    case 'euro':
      return `€ ${figure.display}`;
    case 'euro-per-inwoner':
      return `€ ${figure.display} per inwoner`;
    case 'dagen':
      return `${figure.display} dagen`;
    case 'per1000':
      return `${figure.display} per 1.000`;
    default:
      return figure.display;
  }
}

/** A comparable figure for running text: with its label when it has one, otherwise with the unit. */
export function comparableWithLabel(figure: Figure, label: string | null, unit: IndicatorUnit): string {
  if (figure.hidden !== null || figure.value === null) return '.';
  return label ? `${figure.display} ${label}` : figureWithUnit(figure, unit);
}
