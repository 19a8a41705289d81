import { areaResolver } from './area-lookup';
import { readCount } from './dutch-number';
import type { DemographicsMapping } from './mapping';
import { areaOfRow, prepare, readCell } from './table-steps';
import type { ImportContext, ImportReport, PopulationValue } from './validation-types';

/**
 * Validation of an imported CBS kerncijfers table against its mapping: pure, so that a dry run, a
 * real import and the tests see exactly the same report. Every count is either accepted, skipped
 * (an empty cell, or CBS's ".") or refused with a reason in Dutch.
 */

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
