import { type DemographicsMapping, PERIOD_PATTERN, type SurveyMapping } from './mapping';

/**
 * Validation of an imported table against its mapping: pure, so that a dry run, a real import
 * and the tests see exactly the same report. Every figure is either accepted, skipped (an empty
 * cell, or CBS's "." for a figure that is not published) or refused with a reason in Dutch.
 */

export type AreaLevel = 'regio' | 'gemeente' | 'wijk' | 'buurt';

export interface ImportArea {
  code: string;
  level: AreaLevel;
  name: string;
}

export interface ImportIndicator {
  code: string;
  unit: string;
  levels: readonly string[];
  /** Only indicators whose numerator comes from outside ("extern") can be imported. */
  external: boolean;
}

export interface ImportContext {
  areas: readonly ImportArea[];
  indicators: readonly ImportIndicator[];
  /** Population groups a demographics import may fill. */
  groupCodes: readonly string[];
}

export interface RefusedCell {
  /** 1-based, as the file shows it: the header is row 1. */
  row: number;
  column?: string;
  value?: string;
  reason: string;
}

export interface SkippedCell {
  row: number;
  column: string;
}

export interface ImportReport {
  /** Data rows read (the header and blank lines not counted). */
  rowsRead: number;
  valuesAccepted: number;
  /** Empty cells: no figure, nothing refused. */
  valuesEmpty: number;
  /** Cells with CBS's "." (figure secret or not published): skipped, listed here. */
  valuesNotPublished: number;
  notPublished: SkippedCell[];
  /** Every refusal counts here; the list below names the first {@link MAX_LISTED}. */
  refusedTotal: number;
  refused: RefusedCell[];
  /** Header columns the mapping does not use. */
  ignoredColumns: string[];
}

export interface ExternalValue {
  indicatorCode: string;
  areaCode: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  respondents: number | null;
  source: string;
}

export interface PopulationValue {
  areaCode: string;
  year: number;
  groupCode: string;
  count: number;
  estimated: boolean;
  source: string;
}

export const MAX_LISTED = 1000;
/** CBS's mark for a figure that is secret or not published. */
export const NOT_PUBLISHED = '.';

/** The Monitor's whole region, for files that carry a row for it. */
export const REGION_AREA: ImportArea = { code: 'REGIO', level: 'regio', name: 'Regio' };

// ——— Dutch numbers ———

const PLAIN = /^\d+(,\d+)?$/;
const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const GROUPED_SPACES = /^\d{1,3}([ \u00a0\u202f]\d{3})+(,\d+)?$/;

/**
 * A number written the Dutch way: decimal comma ("12,5"), dots or spaces between thousands
 * ("1.234", "1 234"). "12.5" is refused rather than guessed: in Dutch it is no number.
 */
export function parseDutchNumber(raw: string): number | undefined {
  let text = raw.trim().replace(/^[−–]/, '-');
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) sign = -1;
    text = text.slice(1).trim();
  }
  if (!PLAIN.test(text) && !GROUPED_DOTS.test(text) && !GROUPED_SPACES.test(text)) return undefined;
  const number = Number(text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(number) ? sign * number : undefined;
}

const notANumber = (raw: string) =>
  `Geen getal: "${raw}". Schrijf getallen op z'n Nederlands, bijvoorbeeld 12,5 of 1.234`;

// ——— shared steps ———

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

class ReportBuilder {
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

type AreaLookup = { area: ImportArea } | { reason: string };

/** An area by CBS code, or by exact name (case-insensitive) when that name is unique. */
export function areaResolver(areas: readonly ImportArea[], level: AreaLevel | undefined) {
  const byCode = new Map(areas.map((area) => [area.code.toUpperCase(), area]));
  const byName = new Map<string, ImportArea[]>();
  for (const area of areas) {
    if (level && area.level !== level) continue;
    const key = normalise(area.name);
    byName.set(key, [...(byName.get(key) ?? []), area]);
  }
  return (raw: string): AreaLookup => {
    const text = raw.trim();
    if (text === '') return { reason: 'Geen gebied ingevuld' };
    const coded = byCode.get(text.toUpperCase());
    if (coded) return { area: coded };
    const named = byName.get(normalise(text)) ?? [];
    if (named.length === 1) return { area: named[0] as ImportArea };
    if (named.length > 1)
      return {
        reason: `De naam "${text}" past bij meer dan één gebied (${named.map((area) => area.code).join(', ')}); gebruik de CBS-code`,
      };
    return {
      reason: `Onbekend gebied "${text}": geen CBS-code of naam van een ${level ?? 'gebied'} in de regio`,
    };
  };
}

const isBlankRow = (row: readonly string[] | undefined) => !row || row.every((cell) => cell.trim() === '');

interface Prepared<Target> {
  builder: ReportBuilder;
  areaIndex?: number;
  keyIndex?: number;
  /** Further columns the mapping names (respondents), by their name in the mapping. */
  extraIndexes: Map<string, number>;
  /** `column` as the file's header writes it, `mapped` as the mapping does. */
  targets: { index: number; column: string; mapped: string; target: Target }[];
}

/** Finds the mapped columns in the header; a missing one is refused as row 1. */
function prepare<Target>(
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

type CellReading = { kind: 'empty' } | { kind: 'not-published' } | { kind: 'value'; raw: string };

function readCell(row: readonly string[], index: number): CellReading {
  const raw = (row[index] ?? '').trim();
  if (raw === '') return { kind: 'empty' };
  if (raw === NOT_PUBLISHED) return { kind: 'not-published' };
  return { kind: 'value', raw };
}

/** A whole, non-negative count ("1.234" is 1234); undefined for empty and ".". */
function readCount(raw: string, what: string): { count: number } | { reason: string } {
  const number = parseDutchNumber(raw);
  if (number === undefined) return { reason: notANumber(raw) };
  if (number < 0) return { reason: `${what} kan niet negatief zijn` };
  if (!Number.isInteger(number)) return { reason: `${what} moet een geheel getal zijn` };
  if (number > 2_147_483_647) return { reason: `${what} is onwaarschijnlijk groot` };
  return { count: number };
}

// ——— surveys and external figures (phases 2 and 3) ———

/** Validates survey or other external figures per area and period against the indicator catalog. */
export function validateSurveyImport(
  table: readonly (readonly string[])[],
  mapping: SurveyMapping,
  context: ImportContext,
): { report: ImportReport; values: ExternalValue[] } {
  const indicators = new Map(context.indicators.map((indicator) => [indicator.code, indicator]));
  const mapped = new Set<string>();
  const respondentsOf = new Map(mapping.columns.map((column) => [column.column, column.respondentsColumn]));
  const columns = mapping.columns.map(({ column, indicatorCode }) => {
    const indicator = indicators.get(indicatorCode);
    let target: ImportIndicator | { reason: string };
    if (!indicator) target = { reason: `Onbekende indicator "${indicatorCode}"` };
    else if (!indicator.external)
      target = {
        reason: `Indicator ${indicatorCode} wordt berekend uit de eigen gegevens en kan niet worden geïmporteerd`,
      };
    else if (mapped.has(indicatorCode))
      target = { reason: `Indicator ${indicatorCode} is aan meer dan één kolom gekoppeld` };
    else target = indicator;
    mapped.add(indicatorCode);
    return { column, target };
  });
  const prepared = prepare<ImportIndicator>(
    table,
    mapping.areaColumn,
    mapping.periodColumn,
    [
      ...(mapping.respondentsColumn ? [mapping.respondentsColumn] : []),
      ...mapping.columns.flatMap((column) => (column.respondentsColumn ? [column.respondentsColumn] : [])),
    ],
    columns,
  );
  const { builder } = prepared;
  const values: ExternalValue[] = [];
  if (prepared.areaIndex === undefined || (mapping.periodColumn && prepared.keyIndex === undefined))
    return { report: builder.report, values: [] };
  const resolveArea = areaResolver(context.areas, mapping.areaLevel);
  const firstSeen = new Map<string, number>();

  for (let r = 1; r < table.length; r++) {
    const row = table[r] ?? [];
    const rowNumber = r + 1;
    if (isBlankRow(row)) continue;
    builder.report.rowsRead += 1;

    const rawArea = row[prepared.areaIndex] ?? '';
    const area = resolveArea(rawArea);
    if ('reason' in area) {
      builder.refuse({
        row: rowNumber,
        column: mapping.areaColumn,
        value: rawArea.trim(),
        reason: area.reason,
      });
      continue;
    }

    let period = mapping.period;
    if (prepared.keyIndex !== undefined) {
      const rawPeriod = (row[prepared.keyIndex] ?? '').trim();
      const normalised = rawPeriod.toUpperCase();
      if (!PERIOD_PATTERN.test(normalised)) {
        builder.refuse({
          row: rowNumber,
          column: mapping.periodColumn,
          value: rawPeriod,
          reason:
            rawPeriod === ''
              ? 'Geen periode ingevuld'
              : `"${rawPeriod}" is geen jaar (2024), halfjaar (2024-H1) of kwartaal (2024-K3)`,
        });
        continue;
      }
      period = normalised;
    }
    if (!period) continue;

    // Respondents per row, or per figure when a column names its own; each column read once a row.
    const respondentsRead = new Map<string, { count: number | null } | { reason: string }>();
    const readRespondents = (column: string | undefined) => {
      const index = column === undefined ? undefined : prepared.extraIndexes.get(column);
      if (column === undefined || index === undefined) return { count: null };
      let read = respondentsRead.get(column);
      if (!read) {
        const cell = readCell(row, index);
        read = cell.kind === 'value' ? readCount(cell.raw, 'Het aantal respondenten') : { count: null };
        if ('reason' in read)
          builder.refuse({
            row: rowNumber,
            column,
            value: cell.kind === 'value' ? cell.raw : '',
            reason: read.reason,
          });
        respondentsRead.set(column, read);
      }
      return read;
    };
    const rowRespondents = readRespondents(mapping.respondentsColumn);
    if ('reason' in rowRespondents) continue;

    for (const { index, column, mapped, target: indicator } of prepared.targets) {
      const cell = readCell(row, index);
      if (cell.kind === 'empty') {
        builder.report.valuesEmpty += 1;
        continue;
      }
      if (cell.kind === 'not-published') {
        builder.notPublished(rowNumber, column);
        continue;
      }
      const refuse = (reason: string) => builder.refuse({ row: rowNumber, column, value: cell.raw, reason });
      if (!indicator.levels.includes(area.area.level)) {
        refuse(
          `${indicator.code} wordt niet per ${area.area.level} getoond, alleen per ${indicator.levels.join(', ')} (${area.area.code})`,
        );
        continue;
      }
      const percent = indicator.unit === 'procent';
      const number = parseDutchNumber(percent ? cell.raw.replace(/\s*%$/, '') : cell.raw);
      if (number === undefined) {
        refuse(notANumber(cell.raw));
        continue;
      }
      if (percent && (number < 0 || number > 100)) {
        refuse('Een percentage ligt tussen 0 en 100');
        continue;
      }
      if (!percent && number < 0) {
        refuse('Een aantal kan niet negatief zijn');
        continue;
      }
      if (indicator.unit === 'aantal' && !Number.isInteger(number)) {
        refuse('Een aantal moet een geheel getal zijn');
        continue;
      }
      const key = `${indicator.code}|${area.area.code}|${period}`;
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) {
        refuse(
          `Dubbel: ${indicator.code} voor ${area.area.code} in ${period} staat al in rij ${earlier}; een waarde per indicator, gebied en periode`,
        );
        continue;
      }
      const own = respondentsOf.get(mapped);
      const respondents = own ? readRespondents(own) : rowRespondents;
      if ('reason' in respondents) continue;
      firstSeen.set(key, rowNumber);
      values.push({
        indicatorCode: indicator.code,
        areaCode: area.area.code,
        period,
        numerator: indicator.unit === 'aantal' ? number : null,
        denominator: null,
        value: number,
        respondents: respondents.count,
        source: mapping.source,
      });
      builder.report.valuesAccepted += 1;
    }
  }
  return { report: builder.finish(), values };
}

// ——— demographics (CBS kerncijfers) ———

/** Validates population counts per area, year and group (inhabitants, age bands, households). */
export function validateDemographicsImport(
  table: readonly (readonly string[])[],
  mapping: DemographicsMapping,
  context: ImportContext,
): { report: ImportReport; values: PopulationValue[] } {
  const known = new Set(context.groupCodes);
  const mapped = new Set<string>();
  const columns = mapping.columns.map(({ column, groupCode, estimated }) => {
    let target: { groupCode: string; estimated: boolean } | { reason: string };
    if (!known.has(groupCode))
      target = {
        reason: `Onbekende bevolkingsgroep "${groupCode}"; kies uit ${context.groupCodes.join(', ')}`,
      };
    else if (mapped.has(groupCode))
      target = { reason: `Bevolkingsgroep ${groupCode} is aan meer dan één kolom gekoppeld` };
    else target = { groupCode, estimated: estimated ?? false };
    mapped.add(groupCode);
    return { column, target };
  });
  const prepared = prepare<{ groupCode: string; estimated: boolean }>(
    table,
    mapping.areaColumn,
    mapping.yearColumn,
    [],
    columns,
  );
  const { builder } = prepared;
  const values: PopulationValue[] = [];
  if (prepared.areaIndex === undefined || (mapping.yearColumn && prepared.keyIndex === undefined))
    return { report: builder.report, values: [] };
  const resolveArea = areaResolver(context.areas, mapping.areaLevel);
  const firstSeen = new Map<string, number>();

  for (let r = 1; r < table.length; r++) {
    const row = table[r] ?? [];
    const rowNumber = r + 1;
    if (isBlankRow(row)) continue;
    builder.report.rowsRead += 1;

    const rawArea = row[prepared.areaIndex] ?? '';
    const area = resolveArea(rawArea);
    if ('reason' in area) {
      builder.refuse({
        row: rowNumber,
        column: mapping.areaColumn,
        value: rawArea.trim(),
        reason: area.reason,
      });
      continue;
    }

    let year = mapping.year;
    if (prepared.keyIndex !== undefined) {
      const rawYear = (row[prepared.keyIndex] ?? '').trim();
      const parsed = /^\d{4}$/.test(rawYear) ? Number(rawYear) : Number.NaN;
      if (!(parsed >= 1990 && parsed <= 2100)) {
        builder.refuse({
          row: rowNumber,
          column: mapping.yearColumn,
          value: rawYear,
          reason: rawYear === '' ? 'Geen jaar ingevuld' : `"${rawYear}" is geen jaartal tussen 1990 en 2100`,
        });
        continue;
      }
      year = parsed;
    }
    if (year === undefined) continue;

    for (const { index, column, target } of prepared.targets) {
      const cell = readCell(row, index);
      if (cell.kind === 'empty') {
        builder.report.valuesEmpty += 1;
        continue;
      }
      if (cell.kind === 'not-published') {
        builder.notPublished(rowNumber, column);
        continue;
      }
      const read = readCount(cell.raw, 'Een aantal');
      if ('reason' in read) {
        builder.refuse({ row: rowNumber, column, value: cell.raw, reason: read.reason });
        continue;
      }
      const key = `${area.area.code}|${year}|${target.groupCode}`;
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) {
        builder.refuse({
          row: rowNumber,
          column,
          value: cell.raw,
          reason: `Dubbel: ${target.groupCode} voor ${area.area.code} in ${year} staat al in rij ${earlier}; een aantal per gebied, jaar en groep`,
        });
        continue;
      }
      firstSeen.set(key, rowNumber);
      values.push({
        areaCode: area.area.code,
        year,
        groupCode: target.groupCode,
        count: read.count,
        estimated: target.estimated,
        source: mapping.source,
      });
      builder.report.valuesAccepted += 1;
    }
  }
  return { report: builder.finish(), values };
}
