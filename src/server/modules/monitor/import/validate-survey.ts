import { areaResolver } from './area-lookup';
import { notANumber, parseDutchNumber, readCount } from './dutch-number';
import { PERIOD_PATTERN, type SurveyMapping } from './mapping';
import { areaOfRow, prepare, readCell } from './table-steps';
import type { ExternalValue, ImportContext, ImportIndicator, ImportReport } from './validation-types';

/**
 * Validation of an imported survey table (phases 2 and 3) against its mapping: pure, so that a dry
 * run, a real import and the tests see exactly the same report. Every figure is either accepted,
 * skipped (an empty cell, or CBS's "." for a figure that is not published) or refused with a reason
 * in Dutch.
 */

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
  const areaLookup = {
    index: prepared.areaIndex,
    column: mapping.areaColumn,
    resolve: areaResolver(context.areas, mapping.areaLevel),
  };
  const firstSeen = new Map<string, number>();

  for (let r = 1; r < table.length; r++) {
    const row = table[r] ?? [];
    const rowNumber = r + 1;
    const area = areaOfRow(builder, row, rowNumber, areaLookup);
    if (!area) continue;

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
