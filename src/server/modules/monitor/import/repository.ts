import { asc, desc, eq, sql } from 'drizzle-orm';
import {
  areas,
  monitorExternalValues,
  monitorImports,
  monitorPopulations,
  users,
} from '../../../platform/db/schema';
import type { Executor } from '../../../platform/db/transactor';
import type { ExternalValue, ImportReport, PopulationValue } from './validation-types';

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters at nine columns a row. */
const BATCH = 1000;

export async function areasForImport(tx: Executor) {
  return tx
    .select({ code: areas.code, level: areas.level, name: areas.name })
    .from(areas)
    .orderBy(asc(areas.code));
}

export async function insertImport(
  tx: Executor,
  row: {
    id: string;
    kind: 'enquete' | 'demografie';
    fileName: string;
    mapping: unknown;
    report: ImportReport;
    importedBy: string | null;
  },
) {
  const [inserted] = await tx
    .insert(monitorImports)
    .values({
      id: row.id,
      kind: row.kind,
      fileName: row.fileName,
      mapping: row.mapping,
      rowsRead: row.report.rowsRead,
      valuesAccepted: row.report.valuesAccepted,
      report: row.report,
      importedBy: row.importedBy,
    })
    .returning({ id: monitorImports.id, importedAt: monitorImports.importedAt });
  if (!inserted) throw new Error('monitor import row not inserted');
  return inserted;
}

/** A figure for the same indicator, area and period replaces the one imported before. */
export async function upsertExternalValues(tx: Executor, values: readonly ExternalValue[], importId: string) {
  for (let start = 0; start < values.length; start += BATCH) {
    await tx
      .insert(monitorExternalValues)
      .values(values.slice(start, start + BATCH).map((value) => ({ ...value, importId })))
      .onConflictDoUpdate({
        target: [
          monitorExternalValues.indicatorCode,
          monitorExternalValues.areaCode,
          monitorExternalValues.period,
        ],
        set: {
          numerator: sql`excluded.numerator`,
          denominator: sql`excluded.denominator`,
          value: sql`excluded.value`,
          respondents: sql`excluded.respondents`,
          source: sql`excluded.source`,
          importId: sql`excluded.import_id`,
        },
      });
  }
}

/** A count for the same area, year and group replaces the one imported or seeded before. */
export async function upsertPopulations(tx: Executor, values: readonly PopulationValue[], importId: string) {
  for (let start = 0; start < values.length; start += BATCH) {
    await tx
      .insert(monitorPopulations)
      .values(values.slice(start, start + BATCH).map((value) => ({ ...value, importId })))
      .onConflictDoUpdate({
        target: [monitorPopulations.areaCode, monitorPopulations.year, monitorPopulations.groupCode],
        set: {
          count: sql`excluded.count`,
          estimated: sql`excluded.estimated`,
          source: sql`excluded.source`,
          importId: sql`excluded.import_id`,
        },
      });
  }
}

export async function listImports(tx: Executor, limit: number) {
  return tx
    .select({
      id: monitorImports.id,
      kind: monitorImports.kind,
      fileName: monitorImports.fileName,
      mapping: monitorImports.mapping,
      rowsRead: monitorImports.rowsRead,
      valuesAccepted: monitorImports.valuesAccepted,
      report: monitorImports.report,
      importedAt: monitorImports.importedAt,
      importedBy: monitorImports.importedBy,
      importedByName: users.displayName,
    })
    .from(monitorImports)
    .leftJoin(users, eq(users.id, monitorImports.importedBy))
    .orderBy(desc(monitorImports.importedAt), desc(monitorImports.id))
    .limit(limit);
}
