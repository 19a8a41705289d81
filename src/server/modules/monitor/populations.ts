import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/transactor';
import type { AgeBands, CatalogArea } from '../areas/catalog';
import { REGION } from './indicators';

export interface PopulationRow {
  areaCode: string;
  year: number;
  groupCode: string;
  count: number;
  estimated: boolean;
  source: string;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * The population groups the monitor divides by, from the area catalog: inhabitants as CBS counts
 * them, and the age groups estimated from CBS's age-band shares (0–14, 15–24, …, 65+) because the
 * catalog has no 0–17 count: youth = 0–14 + 3/10 of 15–24 (the 15–17s, spread evenly). Estimates
 * say so; an imported CBS kerncijfers file with real counts replaces them.
 */
export function populationsFromCatalog(
  areas: readonly CatalogArea[],
  ageBands: ReadonlyMap<string, AgeBands>,
): PopulationRow[] {
  const rows: PopulationRow[] = [];
  const regionTotals = new Map<string, number>();
  const add = (row: PopulationRow) => {
    rows.push(row);
    // The region is the sum of its gemeenten (wijken would count everyone twice).
    if (areas.find((area) => area.code === row.areaCode)?.level === 'gemeente')
      regionTotals.set(row.groupCode, (regionTotals.get(row.groupCode) ?? 0) + row.count);
  };
  const estimate =
    'Schatting uit CBS-leeftijdsklassen (aandeel 0–14, 15–24 en 65+, Kerncijfers wijken en buurten 2022) × inwoners';
  for (const area of areas) {
    if (area.level === 'buurt') continue;
    const { inhabitants, inhabitantsYear: year } = area;
    add({
      areaCode: area.code,
      year,
      groupCode: 'inwoners',
      count: inhabitants,
      estimated: false,
      source: area.source,
    });
    const bands = ageBands.get(area.code) ?? ageBands.get(area.parentCode ?? '');
    if (!bands) continue;
    const [young, teens, , , old] = bands;
    const youth = Math.round((inhabitants * (young + (teens * 3) / 10)) / 100);
    const elderly = Math.round((inhabitants * old) / 100);
    add({
      areaCode: area.code,
      year,
      groupCode: 'jeugd-0-17',
      count: youth,
      estimated: true,
      source: estimate,
    });
    add({
      areaCode: area.code,
      year,
      groupCode: '65plus',
      count: elderly,
      estimated: true,
      source: estimate,
    });
    add({
      areaCode: area.code,
      year,
      groupCode: 'volwassenen-18-64',
      count: Math.max(0, inhabitants - youth - elderly),
      estimated: true,
      source: estimate,
    });
  }
  const years = rows.map((row) => row.year);
  const year = years.length > 0 ? Math.max(...years) : new Date().getFullYear();
  for (const [groupCode, count] of regionTotals) {
    const estimated = groupCode !== 'inwoners';
    rows.push({
      areaCode: REGION,
      year,
      groupCode,
      count,
      estimated,
      source: estimated
        ? estimate
        : 'Som van de gemeenten; bron: CBS, Kerncijfers wijken en buurten (CC BY 4.0)',
    });
  }
  return rows;
}

/** Seeds the catalog's figures once; imported figures (with an import id) are never overwritten. */
export async function seedPopulations(tx: Executor, rows: readonly PopulationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    await tx.execute(sql`
      INSERT INTO monitor_populations (area_code, year, group_code, count, estimated, source)
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS x("areaCode" text, year int, "groupCode" text, count int, estimated boolean, source text)
      ON CONFLICT DO NOTHING`);
  }
}

/**
 * Freezes into the snapshot, per area and group, the figure of the latest year up to the period's
 * year (or the earliest there is, when all are later): a snapshot keeps the denominators it used.
 */
export async function freezePopulations(tx: Executor, snapshotId: string, periodYear: number): Promise<void> {
  await tx.execute(sql`
    INSERT INTO monitor_snapshot_populations (snapshot_id, area_code, group_code, count, year, estimated, source)
    SELECT DISTINCT ON (area_code, group_code) ${snapshotId}::uuid, area_code, group_code, count, year, estimated, source
    FROM monitor_populations
    ORDER BY area_code, group_code, (year <= ${periodYear}) DESC,
      CASE WHEN year <= ${periodYear} THEN -year ELSE year END`);
}

export async function snapshotPopulations(tx: Executor, snapshotId: string): Promise<PopulationRow[]> {
  return rowsOf<PopulationRow>(
    await tx.execute(sql`
      SELECT area_code AS "areaCode", year, group_code AS "groupCode", count, estimated, source
      FROM monitor_snapshot_populations WHERE snapshot_id = ${snapshotId}`),
  );
}

export function populationMap(rows: readonly PopulationRow[]): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const groups = map.get(row.areaCode) ?? new Map<string, number>();
    groups.set(row.groupCode, row.count);
    map.set(row.areaCode, groups);
  }
  return map;
}
