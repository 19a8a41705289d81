import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  areas,
  monitorResults,
  monitorSnapshotSalts,
  monitorSnapshots,
  users,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';
import type { ExternalValue, ResultRow } from './indicators';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export type SnapshotRow = typeof monitorSnapshots.$inferSelect;

export async function snapshotsOfPeriod(tx: Executor, periodLabel: string): Promise<SnapshotRow[]> {
  return tx
    .select()
    .from(monitorSnapshots)
    .where(eq(monitorSnapshots.periodLabel, periodLabel))
    .orderBy(desc(monitorSnapshots.version));
}

export async function insertSnapshot(
  tx: Executor,
  row: Pick<
    SnapshotRow,
    | 'periodLabel'
    | 'periodStart'
    | 'periodEnd'
    | 'version'
    | 'supersedesId'
    | 'correctionReason'
    | 'computedBy'
  >,
): Promise<SnapshotRow> {
  const [inserted] = await tx
    .insert(monitorSnapshots)
    .values({ ...row, status: 'berekend', personCount: 0, provisionCount: 0 })
    .returning();
  if (!inserted) throw new Error('monitor snapshot not inserted');
  return inserted;
}

export async function insertSalt(tx: Executor, snapshotId: string, salt: Buffer): Promise<void> {
  await tx.insert(monitorSnapshotSalts).values({ snapshotId, salt });
}

export async function deleteDraft(tx: Executor, snapshotId: string): Promise<void> {
  // The two large fact tables have no foreign key (ADR 0009), so no cascade: delete them first.
  await tx.execute(sql`DELETE FROM monitor_provision_facts WHERE snapshot_id = ${snapshotId}`);
  await tx.execute(sql`DELETE FROM monitor_person_facts WHERE snapshot_id = ${snapshotId}`);
  await tx
    .delete(monitorSnapshots)
    .where(and(eq(monitorSnapshots.id, snapshotId), eq(monitorSnapshots.status, 'berekend')));
}

export async function finishSnapshot(
  tx: Executor,
  snapshotId: string,
  counts: { personCount: number; provisionCount: number; computeMs: number },
): Promise<SnapshotRow> {
  const [row] = await tx
    .update(monitorSnapshots)
    .set(counts)
    .where(eq(monitorSnapshots.id, snapshotId))
    .returning();
  if (!row) throw new Error('monitor snapshot vanished');
  return row;
}

/** Publishes and destroys the salt in one go: from now on no key leads back to a person. */
export async function publish(
  tx: Executor,
  snapshotId: string,
  userId: string | null,
): Promise<SnapshotRow | undefined> {
  await tx.delete(monitorSnapshotSalts).where(eq(monitorSnapshotSalts.snapshotId, snapshotId));
  const [row] = await tx
    .update(monitorSnapshots)
    .set({ status: 'gepubliceerd', publishedAt: new Date(), publishedBy: userId })
    .where(and(eq(monitorSnapshots.id, snapshotId), eq(monitorSnapshots.status, 'berekend')))
    .returning();
  return row;
}

export async function findSnapshot(tx: Executor, snapshotId: string): Promise<SnapshotRow | undefined> {
  const [row] = await tx.select().from(monitorSnapshots).where(eq(monitorSnapshots.id, snapshotId));
  return row;
}

export async function listSnapshots(tx: Executor): Promise<SnapshotRow[]> {
  return tx
    .select()
    .from(monitorSnapshots)
    .orderBy(desc(monitorSnapshots.periodEnd), desc(monitorSnapshots.version));
}

/** The latest published version of every period, oldest period first: the trend's points. */
export async function publishedLatestVersions(tx: Executor): Promise<SnapshotRow[]> {
  const rows = await tx
    .select()
    .from(monitorSnapshots)
    .where(eq(monitorSnapshots.status, 'gepubliceerd'))
    .orderBy(monitorSnapshots.periodEnd, desc(monitorSnapshots.version));
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.periodLabel) && seen.add(row.periodLabel));
}

export interface AreaEntry {
  code: string;
  level: 'gemeente' | 'wijk' | 'buurt';
  name: string;
  parentCode: string | null;
}

export async function regionAreas(tx: Executor): Promise<AreaEntry[]> {
  return tx
    .select({ code: areas.code, level: areas.level, name: areas.name, parentCode: areas.parentCode })
    .from(areas)
    .where(inArray(areas.level, ['gemeente', 'wijk']))
    .orderBy(areas.code);
}

/** Imported figures for the period: its own label, else the latest year up to the period's year. */
export async function externalValuesFor(
  tx: Executor,
  periodLabel: string,
  year: number,
): Promise<ExternalValue[]> {
  return rowsOf<ExternalValue>(
    await tx.execute(sql`
      SELECT DISTINCT ON (indicator_code, area_code) indicator_code AS "indicatorCode", area_code AS "areaCode",
        numerator::float8 AS numerator, denominator::float8 AS denominator, value::float8 AS value, respondents,
        source || ' (' || period || ')' AS source
      FROM monitor_external_values
      WHERE period = ${periodLabel} OR (period ~ '^[0-9]{4}$' AND period::int <= ${year})
      ORDER BY indicator_code, area_code, (period = ${periodLabel}) DESC, period DESC`),
  );
}

export async function insertResults(
  tx: Executor,
  snapshotId: string,
  results: readonly ResultRow[],
): Promise<void> {
  for (let i = 0; i < results.length; i += 1_000) {
    const batch = results.slice(i, i + 1_000);
    await tx.execute(sql`
      INSERT INTO monitor_results (snapshot_id, indicator_code, area_code, breakdown, numerator, denominator, value, respondents, source)
      SELECT ${snapshotId}::uuid, "indicatorCode", "areaCode", breakdown, numerator, denominator, value, respondents, source
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS x("indicatorCode" text, "areaCode" text,
        breakdown text, numerator bigint, denominator bigint, value numeric, respondents int, source text)`);
  }
}

export type StoredResult = Omit<typeof monitorResults.$inferSelect, 'snapshotId'>;

export async function resultsOf(
  tx: Executor,
  snapshotId: string,
  indicatorCodes: readonly string[],
): Promise<StoredResult[]> {
  const rows = await tx
    .select()
    .from(monitorResults)
    .where(
      and(
        eq(monitorResults.snapshotId, snapshotId),
        inArray(monitorResults.indicatorCode, [...indicatorCodes]),
      ),
    );
  return rows.map(({ snapshotId: _, ...row }) => ({
    ...row,
    numerator: row.numerator === null ? null : Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    value: row.value === null ? null : Number(row.value),
  }));
}

/** The bestuurder's gemeente; null when the account is not linked to one. */
export async function gemeenteOfUser(tx: Executor, userId: string): Promise<string | null> {
  const [row] = await tx.select({ gemeenteCode: users.gemeenteCode }).from(users).where(eq(users.id, userId));
  return row?.gemeenteCode ?? null;
}

export async function geometriesOf(
  tx: Executor,
  codes: readonly string[],
): Promise<{ code: string; name: string; geometry: unknown }[]> {
  if (codes.length === 0) return [];
  const rows = await tx
    .select({ code: areas.code, name: areas.name, geometry: areas.geometry })
    .from(areas)
    .where(inArray(areas.code, [...codes]));
  return rows.filter((row) => row.geometry !== null);
}
