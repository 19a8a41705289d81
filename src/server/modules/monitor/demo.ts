import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AuditContext } from '../../platform/audit/service';
import { users } from '../../platform/db/schema';
import type { Transactor } from '../../platform/db/transactor';
import { catalogFolder } from '../../platform/paths';
import { importAreaBoundaries } from '../areas/service';
import { importMonitorFile } from './import/service';
import { lastHalfYears } from './periods';
import { seedPopulations } from './populations';
import * as repo from './snapshot-repository';
import { computeSnapshotIn, type MonitorDeps } from './snapshot-service';

const EXAMPLES = path.join(catalogFolder, 'monitor', 'examples');
const BOUNDARIES = path.join(catalogFolder, 'areas', 'boundaries');
const DEMO_AUDIT: AuditContext = { actor: { id: null, username: 'demo-data' }, requestId: null };

/** The example files of catalog/monitor/examples and what each one is. */
export const EXAMPLE_IMPORTS = [
  { file: 'cbs-kerncijfers-2024.csv', kind: 'demografie' },
  { file: 'ggd-gezondheidsmonitor-2024.csv', kind: 'enquete' },
  { file: 'clientervaring-wmo-jeugd-2025.csv', kind: 'enquete' },
  { file: 'algemene-voorzieningen-2025.csv', kind: 'enquete' },
] as const;

/**
 * The Monitor's demo: the CBS boundaries (so the map shows), the example survey and CBS files
 * imported as a user would, and a published snapshot for each of the last four half-years before
 * the demo's reference date.
 */
export async function loadDemoMonitor(
  transactor: Transactor,
  deps: Pick<MonitorDeps, 'catalog' | 'catalogPopulations'>,
  referenceDate: string,
  options: { populationShare?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ snapshots: { periodLabel: string; persons: number; provisions: number; ms: number }[] }> {
  // The demo bestuurder governs Maastricht, so the Monitor shows them that gemeente.
  await transactor.transaction((tx) =>
    tx
      .update(users)
      .set({ gemeenteCode: 'GM0935' })
      .where(and(eq(users.username, 'bestuur'), isNull(users.gemeenteCode))),
  );
  for (const file of ['szmh_gemeenten_2022.geojson', 'szmh_wijken_2022.geojson'])
    await importAreaBoundaries(transactor, fs.readFileSync(path.join(BOUNDARIES, file), 'utf8'));
  for (const { file, kind } of EXAMPLE_IMPORTS) {
    const mapping = JSON.parse(
      fs.readFileSync(path.join(EXAMPLES, file.replace(/\.csv$/, '.mapping.json')), 'utf8'),
    );
    const outcome = await importMonitorFile(transactor, {
      kind,
      fileName: file,
      bytes: fs.readFileSync(path.join(EXAMPLES, file)),
      mapping,
      dryRun: false,
      userId: null,
    });
    if (!outcome.imported)
      throw new Error(
        `Voorbeeldbestand ${file} is niet ingelezen: ${JSON.stringify(outcome.report.refused.slice(0, 3))}`,
      );
  }
  const share = options.populationShare ?? 1;
  if (share < 1) {
    // The small demo carries a fraction of the region's volumes; dividing them by the full CBS
    // population would give rates no one recognises. Its population figures are scaled by the
    // same fraction, and every figure that uses them says so in its source line.
    await transactor.transaction(async (tx) => {
      await seedPopulations(tx, deps.catalogPopulations);
      await tx.execute(sql`
        UPDATE monitor_populations SET count = round(count * ${share}::float8)::int, estimated = true,
          source = ${`Kleine demo: `}::text || regexp_replace(source, '^Bron: ', '') || ${` × ${share.toFixed(4).replace('.', ',')} (de schaal van de demo-data)`}::text`);
    });
  }
  const periods = lastHalfYears(referenceDate, 4);
  const snapshots = [];
  for (const [i, periodLabel] of periods.entries()) {
    const row = await transactor.transaction(async (tx) => {
      const computed = await computeSnapshotIn(
        tx,
        { ...deps, today: () => referenceDate },
        DEMO_AUDIT,
        { periodLabel },
        null,
      );
      return (await repo.publish(tx, computed.id, null)) ?? computed;
    });
    snapshots.push({
      periodLabel,
      persons: row.personCount,
      provisions: row.provisionCount,
      ms: row.computeMs ?? 0,
    });
    options.onProgress?.(i + 1, periods.length);
  }
  return { snapshots };
}
