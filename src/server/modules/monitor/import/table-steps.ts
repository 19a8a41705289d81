import {
  type ImportArea,
  type ImportReport,
  MAX_LISTED,
  NOT_PUBLISHED,
  type RefusedCell,
} from './validation-types';

// The steps every validation takes on a table: find the mapped columns in the header, read a
// cell as empty, "." or a value, and collect the report. Shared so that a survey and a demographics
// import refuse a bad header or a blank file in exactly the same words.

/** Names as people type them: case and extra spaces do not count (header columns, area names). */
export const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export class ReportBuilder {
  readonly report: ImportReport = {
    rowsRead: 0,
    valuesAccepted: 0,
    valuesEmpty: 0,
    valuesNotPublished: 0,
    notPublished: [],
    refusedTotal: 0,
    refused: [],
    ignoredColumns: [],
  };

  refuse(cell: RefusedCell): void {
    this.report.refusedTotal += 1;
    if (this.report.refused.length < MAX_LISTED) this.report.refused.push(cell);
  }

  /** A file with a header and nothing under it is refused: there is nothing to import. */
  finish(): ImportReport {
    if (this.report.rowsRead === 0 && this.report.refusedTotal === 0)
      this.refuse({ row: 1, reason: 'Het bestand bevat alleen een kopregel, geen gegevens' });
    return this.report;
  }

  notPublished(row: number, column: string): void {
    this.report.valuesNotPublished += 1;
    if (this.report.notPublished.length < MAX_LISTED) this.report.notPublished.push({ row, column });
  }
}

/** The header's columns by their normalised name; names that occur twice cannot be mapped. */
function headerIndex(header: readonly string[]) {
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    const key = normalise(name);
    if (key === '') return;
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  return {
    find(column: string): { index: number } | { reason: string } {
      const found = positions.get(normalise(column)) ?? [];
      if (found.length === 0)
        return { reason: `Kolom "${column}" staat niet in de kopregel van het bestand` };
      if (found.length > 1) return { reason: `Kolom "${column}" komt meer dan eens voor in de kopregel` };
      return { index: found[0] as number };
    },
    ignored(used: ReadonlySet<number>): string[] {
      return header.map((name, index) => (used.has(index) ? '' : name.trim())).filter((name) => name !== '');
    },
  };
}

export const isBlankRow = (row: readonly string[] | undefined) =>
  !row || row.every((cell) => cell.trim() === '');

export interface Prepared<Target> {
  builder: ReportBuilder;
  areaIndex?: number;
  keyIndex?: number;
  /** Further columns the mapping names (respondents), by their name in the mapping. */
  extraIndexes: Map<string, number>;
  /** `column` as the file's header writes it, `mapped` as the mapping does. */
  targets: { index: number; column: string; mapped: string; target: Target }[];
}

/** Finds the mapped columns in the header; a missing one is refused as row 1. */
export function prepare<Target>(
  table: readonly (readonly string[])[],
  areaColumn: string,
  keyColumn: string | undefined,
  extraColumns: readonly string[],
  columns: readonly { column: string; target: Target | { reason: string } }[],
): Prepared<Target> {
  const builder = new ReportBuilder();
  const header = table[0] ?? [];
  const prepared: Prepared<Target> = { builder, extraIndexes: new Map(), targets: [] };
  if (isBlankRow(header)) {
    builder.refuse({ row: 1, reason: 'De eerste regel moet de kolomnamen bevatten' });
    return prepared;
  }
  const index = headerIndex(header);
  const used = new Set<number>();
  const locate = (column: string | undefined): number | undefined => {
    if (column === undefined) return undefined;
    const found = index.find(column);
    if ('reason' in found) {
      builder.refuse({ row: 1, column, reason: found.reason });
      return undefined;
    }
    used.add(found.index);
    return found.index;
  };
  const areaIndex = locate(areaColumn);
  if (areaIndex !== undefined) prepared.areaIndex = areaIndex;
  const keyIndex = locate(keyColumn);
  if (keyIndex !== undefined) prepared.keyIndex = keyIndex;
  for (const column of new Set(extraColumns)) {
    const at = locate(column);
    if (at !== undefined) prepared.extraIndexes.set(column, at);
  }
  for (const { column, target } of columns) {
    const at = locate(column);
    if (typeof target === 'object' && target !== null && 'reason' in target) {
      builder.refuse({ row: 1, column, reason: target.reason });
      continue;
    }
    if (at !== undefined)
      prepared.targets.push({ index: at, column: header[at]?.trim() ?? column, mapped: column, target });
  }
  builder.report.ignoredColumns = index.ignored(used);
  return prepared;
}

export type CellReading = { kind: 'empty' } | { kind: 'not-published' } | { kind: 'value'; raw: string };

export function readCell(row: readonly string[], index: number): CellReading {
  const raw = (row[index] ?? '').trim();
  if (raw === '') return { kind: 'empty' };
  if (raw === NOT_PUBLISHED) return { kind: 'not-published' };
  return { kind: 'value', raw };
}

/**
 * How every data row starts in both validations: a blank row is skipped, any other is counted as
 * read, and its area is found or the row refused with the reason. Null means: go to the next row.
 */
export function areaOfRow(
  builder: ReportBuilder,
  row: readonly string[],
  rowNumber: number,
  area: {
    index: number;
    column: string;
    resolve: (raw: string) => { area: ImportArea } | { reason: string };
  },
): { area: ImportArea } | null {
  if (isBlankRow(row)) return null;
  builder.report.rowsRead += 1;
  const raw = row[area.index] ?? '';
  const found = area.resolve(raw);
  if ('reason' in found) {
    builder.refuse({ row: rowNumber, column: area.column, value: raw.trim(), reason: found.reason });
    return null;
  }
  return found;
}
