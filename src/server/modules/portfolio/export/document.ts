import type { CheckedTotal, GoingConcernDomain, ProjectKind } from '../../../../shared/api/portfolio';

/**
 * The neutral model between the portfolio's read models and the files: a document is a list of
 * tables, each with its own header and "Bron:" line. The builders decide what is shown and in which
 * words; the Excel and PDF renderers only lay it out, so both files always hold the same figures.
 */

/** Text, a number (a number cell in Excel, Dutch notation in the PDF) or empty. */
export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  /** Width in characters: the Excel column width, and the column's share of the PDF page. */
  width: number;
  /** Right-aligned in the PDF. */
  numeric?: boolean;
}

export interface ExportSection {
  heading: string;
  /** Where the figures come from; printed as the "Bron:" line under the table. */
  note: string | null;
  /** Explanation that belongs with the table (printed above it in the PDF, under it in Excel). */
  explanation?: string | null;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Indexes into `rows` of group headings and totals, printed bold. */
  emphasisedRows?: number[];
}

export interface ExportDocument {
  title: string;
  subtitle: string | null;
  /** ISO timestamp of the moment the export was made. */
  generatedAt: string;
  sections: ExportSection[];
}

// ——— building a section ———

/** Collects rows and remembers which ones are emphasised, so a builder never counts indexes by hand. */
export class SectionBuilder {
  readonly rows: ExportCell[][] = [];
  readonly emphasised: number[] = [];

  constructor(private readonly width: number) {}

  row(cells: ExportCell[], emphasised = false): void {
    if (emphasised) this.emphasised.push(this.rows.length);
    // Every row is as wide as the header, so renderers never meet a missing cell.
    this.rows.push(Array.from({ length: this.width }, (_, index) => cells[index] ?? null));
  }

  /** A group heading: the label in the first column, the rest empty. */
  heading(label: string): void {
    this.row([label], true);
  }

  /**
   * The rows of checked totals: always the computed figures ("berekend"); then, only when the source
   * stated a different figure somewhere, the stated figures ("volgens bron") and the differences
   * ("verschil") in exactly the cells that differ, so an agreeing total is never repeated as noise.
   */
  checked(label: string, placed: ReadonlyArray<readonly [column: number, total: CheckedTotal | null]>): void {
    const line = (text: string, pick: (total: CheckedTotal) => number | null): ExportCell[] => {
      const cells: ExportCell[] = Array.from({ length: this.width }, () => null);
      cells[0] = text;
      for (const [column, total] of placed) if (total && column > 0) cells[column] = pick(total);
      return cells;
    };
    this.row(
      line(`${label} (berekend)`, (total) => total.computed),
      true,
    );
    if (!placed.some(([, total]) => total !== null && differs(total))) return;
    this.row(line(`${label} volgens bron`, (total) => (differs(total) ? total.stated : null)));
    this.row(
      line(`${label}: verschil (berekend min bron)`, (total) =>
        differs(total) ? differenceOf(total) : null,
      ),
    );
  }

  section(
    heading: string,
    columns: ExportColumn[],
    note: string | null,
    explanation: string | null = null,
  ): ExportSection {
    return { heading, note, explanation, columns, rows: this.rows, emphasisedRows: this.emphasised };
  }
}

/** A stated total that is not the computed one. */
export function differs(total: CheckedTotal): boolean {
  return total.stated !== null && differenceOf(total) !== 0;
}

function differenceOf(total: CheckedTotal): number {
  // The server sends the difference; it is recomputed only if it is missing, never second-guessed.
  return total.difference ?? total.computed - (total.stated ?? total.computed);
}

// ——— Dutch words and notation ———

const GEMEENTEN: Record<string, string> = {
  GM0935: 'Maastricht',
  GM0938: 'Meerssen',
  GM0981: 'Vaals',
  GM0994: 'Valkenburg aan de Geul',
  GM1729: 'Gulpen-Wittem',
  GM1903: 'Eijsden-Margraten',
};

/** The gemeente's name; an unknown code is shown as itself rather than dropped. */
export const gemeenteName = (code: string): string => GEMEENTEN[code] ?? code;

export const DOMAIN_LABELS: Record<GoingConcernDomain, string> = {
  jeugd: 'Jeugd',
  wmo: 'Wmo',
  participatiewet: 'Participatiewet',
  'transformatie-szmh': 'Transformatie SZMH',
};

export const KIND_LABELS: Record<ProjectKind, string> = {
  toekomstagenda: 'Toekomstagenda',
  'going-concern': 'Going concern',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateInAmsterdam = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/**
 * "2018-03-12" → "12-03-2018"; a timestamp → the day it fell on in the Netherlands; text that is not
 * a date (the source often gives "Q3 2018" or "voorjaar") stays as it was.
 */
export function dutchDate(value: string | null): string | null {
  if (value === null) return null;
  const day = ISO_DATE.exec(value);
  if (day) return `${day[3]}-${day[2]}-${day[1]}`;
  const moment = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(moment) ? value : dateInAmsterdam.format(moment);
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

const longDateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date in running text: "2026-03-02" → "2 maart 2026"; other text stays as it is. */
export function longDate(isoDate: string): string {
  return ISO_DATE.test(isoDate) ? longDateFormat.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate;
}

/** The day a moment fell on in the Netherlands: "15 juli 2026". */
export const dutchDay = (isoTimestamp: string): string => dayFormat.format(new Date(isoTimestamp));

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Dutch notation: 1.234,5. */
export const dutchNumber = (value: number): string =>
  Number.isFinite(value) ? numberFormat.format(value) : String(value);

/** The distinct sources of a list's items, for its "Bron:" line. */
export function sourcesOf(sources: ReadonlyArray<string | null>): string | null {
  const distinct = [...new Set(sources.filter((source): source is string => !!source))];
  return distinct.length > 0 ? distinct.join('; ') : null;
}

/** The note as the "Bron:" line, without doubling a "Bron:" the note already starts with. */
export function bronLine(note: string): string {
  return /^bron\b/i.test(note) ? note : `Bron: ${note}`;
}
