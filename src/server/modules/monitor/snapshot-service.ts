import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ComputeSnapshotBody, SnapshotSummary } from '../../../shared/api/monitor';
import type { RequestContext } from '../../platform/access/actor';
import { type AuditContext, appendAudit } from '../../platform/audit/service';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { AppError, forbidden, notFound, unprocessable } from '../../platform/errors';
import { auditContext } from '../cases/context';
import type { MonitorCatalog } from './catalog';
import * as facts from './facts-repository';
import { evaluateIndicators } from './indicators';
import { periodOfLabel } from './periods';
import { canManageMonitor } from './policy';
import {
  freezePopulations,
  type PopulationRow,
  populationMap,
  seedPopulations,
  snapshotPopulations,
} from './populations';
import * as repo from './snapshot-repository';

export interface MonitorDeps {
  transactor: Transactor;
  catalog: MonitorCatalog;
  /** The catalog's population figures, seeded once into monitor_populations. */
  catalogPopulations: readonly PopulationRow[];
  today: () => string;
}

export function presentSnapshot(row: repo.SnapshotRow): SnapshotSummary {
  return {
    id: row.id,
    periodLabel: row.periodLabel,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    version: row.version,
    status: row.status,
    supersedesId: row.supersedesId,
    correctionReason: row.correctionReason,
    personCount: row.personCount,
    provisionCount: row.provisionCount,
    computedAt: row.computedAt.toISOString(),
    computeMs: row.computeMs,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/**
 * Computes a peilmoment into a new snapshot, in one transaction: facts, frozen populations and all
 * indicator results, or nothing. A period that has a published snapshot gets a new version only as
 * a correction with a reason; an unpublished one for the period is replaced.
 */
export async function computeSnapshot(
  deps: MonitorDeps,
  ctx: RequestContext,
  body: ComputeSnapshotBody,
): Promise<SnapshotSummary> {
  if (!canManageMonitor(ctx.actor))
    throw forbidden('Peilmomenten berekenen is voor beleid en functioneel beheer.');
  return deps.transactor.transaction(async (tx) =>
    presentSnapshot(await computeSnapshotIn(tx, deps, auditContext(ctx), body, ctx.actor.id)),
  );
}

export async function computeSnapshotIn(
  tx: Executor,
  deps: Pick<MonitorDeps, 'catalog' | 'catalogPopulations' | 'today'>,
  audit: AuditContext,
  body: ComputeSnapshotBody,
  userId: string | null,
): Promise<repo.SnapshotRow> {
  const startedAt = performance.now();
  const period = periodOfLabel(body.periodLabel);
  if (!period) throw unprocessable([{ field: 'periodLabel', message: 'Onbekende periode.' }]);
  if (period.end > deps.today())
    throw unprocessable([
      {
        field: 'periodLabel',
        message: `De periode loopt tot ${period.end}; een peilmoment wordt na afloop berekend.`,
      },
    ]);
  const existing = await repo.snapshotsOfPeriod(tx, period.label);
  const published = existing.find((row) => row.status === 'gepubliceerd');
  if (published && !body.correctionReason)
    throw new AppError(
      'conflict',
      `Voor ${period.label} is versie ${published.version} al gepubliceerd; die verandert niet meer. Een correctie is een nieuwe versie met een reden.`,
      { errors: [{ field: 'correctionReason', message: 'Geef de reden van de correctie.' }] },
    );
  for (const draft of existing.filter((row) => row.status === 'berekend'))
    await repo.deleteDraft(tx, draft.id);
  const version = (existing[0]?.version ?? 0) + 1;
  const snapshot = await repo.insertSnapshot(tx, {
    periodLabel: period.label,
    periodStart: period.start,
    periodEnd: period.end,
    version,
    supersedesId: published?.id ?? null,
    correctionReason: published ? (body.correctionReason ?? null) : null,
    computedBy: userId,
  });
  // Room for the hash joins and groupings at national scale; it is a ceiling, not an allocation.
  await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
  // A fresh random salt per snapshot: keys cannot be linked across snapshots, and the salt goes
  // when the snapshot is published.
  await repo.insertSalt(tx, snapshot.id, randomBytes(32));
  await seedPopulations(tx, deps.catalogPopulations);
  await freezePopulations(tx, snapshot.id, period.year);
  await facts.preparePeople(tx, snapshot.id, period, deps.catalog);
  const provisionCount = await facts.insertProvisionFacts(tx, snapshot.id, period, deps.catalog);
  const personCount = await facts.insertPersonFacts(tx, snapshot.id, deps.catalog);
  await facts.dropWorkTables(tx);
  const accessDomains = [
    ...new Set(
      deps.catalog.indicators
        .filter((indicator) => indicator.numerator.source.startsWith('toegang'))
        .flatMap((indicator) => indicator.numerator.domains ?? []),
    ),
  ];
  await facts.insertAccessFacts(tx, snapshot.id, period, accessDomains);
  const cubes = await facts.readCubes(tx, snapshot.id);
  const areas = await repo.regionAreas(tx);
  const results = evaluateIndicators({
    catalog: deps.catalog,
    cubes,
    areaCodes: areas.map((area) => area.code),
    populations: populationMap(await snapshotPopulations(tx, snapshot.id)),
    external: await repo.externalValuesFor(tx, period.label, period.year),
  });
  await repo.insertResults(tx, snapshot.id, results);
  await appendAudit(tx, audit, [
    { action: 'monitor.snapshot.compute', personIds: [], resource: `monitor/snapshots/${snapshot.id}` },
  ]);
  return repo.finishSnapshot(tx, snapshot.id, {
    personCount,
    provisionCount,
    computeMs: Math.round(performance.now() - startedAt),
  });
}

export async function publishSnapshot(
  deps: Pick<MonitorDeps, 'transactor'>,
  ctx: RequestContext,
  snapshotId: string,
): Promise<SnapshotSummary> {
  if (!canManageMonitor(ctx.actor)) throw forbidden('Publiceren is voor beleid en functioneel beheer.');
  return deps.transactor.transaction(async (tx) => {
    const current = await repo.findSnapshot(tx, snapshotId);
    if (!current) throw notFound('Dit peilmoment');
    if (current.status === 'gepubliceerd')
      throw new AppError(
        'conflict',
        `Versie ${current.version} van ${current.periodLabel} is al gepubliceerd.`,
      );
    const row = await repo.publish(tx, snapshotId, ctx.actor.id);
    if (!row) throw notFound('Dit peilmoment');
    await appendAudit(tx, auditContext(ctx), [
      { action: 'monitor.snapshot.publish', personIds: [], resource: `monitor/snapshots/${snapshotId}` },
    ]);
    return presentSnapshot(row);
  });
}

export async function listSnapshots(deps: Pick<MonitorDeps, 'transactor'>): Promise<SnapshotSummary[]> {
  return deps.transactor.readOnce(async (tx) => (await repo.listSnapshots(tx)).map(presentSnapshot));
}
