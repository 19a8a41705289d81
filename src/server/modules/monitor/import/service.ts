import { randomUUID } from 'node:crypto';
import type { Role } from '../../../../shared/roles';
import type { Actor } from '../../../platform/access/actor';
import { type AuditContext, appendAudit } from '../../../platform/audit/service';
import type { Transactor } from '../../../platform/db/transactor';
import { AppError, fieldErrorsFromZod, forbidden, unprocessable } from '../../../platform/errors';
import { type ImportCatalog, loadImportCatalog } from './catalog';
import { DemographicsMapping, type ImportKind, SurveyMapping } from './mapping';
import { readTable, TableReadError } from './read-table';
import * as repo from './repository';
import { validateDemographicsImport } from './validate-demographics';
import { validateSurveyImport } from './validate-survey';
import { type ImportContext, type ImportReport, REGION_AREA } from './validation-types';

/** Who may import survey and population figures: they hold no persons, only aggregates. */
export const MONITOR_IMPORT_ROLES: readonly Role[] = ['beleid', 'functioneel-beheer'];

export function mayImportMonitorData(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((role) => MONITOR_IMPORT_ROLES.includes(role));
}

export function assertMayImportMonitorData(actor: Pick<Actor, 'roles'>): void {
  if (!mayImportMonitorData(actor))
    throw forbidden('Alleen beleid en functioneel beheer importeren cijfers voor de Monitor.');
}

export interface MonitorImportInput {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  /** Checked here against the kind's schema: a file's *.mapping.json can be passed as it is. */
  mapping: unknown;
  /** Read and validate only; nothing is written. */
  dryRun: boolean;
  userId: string | null;
}

export interface MonitorImportOutcome {
  /** The kept import's id; null for a dry run and for a refused file. */
  importId: string | null;
  imported: boolean;
  dryRun: boolean;
  kind: ImportKind;
  fileName: string;
  report: ImportReport;
}

let cachedCatalog: ImportCatalog | undefined;
const importCatalog = () => {
  cachedCatalog ??= loadImportCatalog();
  return cachedCatalog;
};

/**
 * Reads and validates a survey or demographics file and, when it is no dry run and nothing was
 * refused, writes every figure and the import with its report in one transaction, audited.
 * Otherwise nothing is written: a file is imported whole or not at all.
 */
export async function importMonitorFile(
  transactor: Transactor,
  input: MonitorImportInput,
  audit: AuditContext = { actor: { id: input.userId, username: null }, requestId: null },
  catalog: ImportCatalog = importCatalog(),
): Promise<MonitorImportOutcome> {
  const schema = input.kind === 'enquete' ? SurveyMapping : DemographicsMapping;
  const mapping = schema.safeParse(input.mapping);
  if (!mapping.success)
    throw unprocessable(
      fieldErrorsFromZod(mapping.error, 'mapping'),
      'De koppeling van de kolommen klopt niet.',
    );
  let table: string[][];
  try {
    table = readTable(input.fileName, input.bytes);
  } catch (error) {
    if (error instanceof TableReadError)
      throw new AppError('unprocessable', error.message, {
        errors: [{ field: 'contentBase64', message: error.message }],
      });
    throw error;
  }

  return transactor.transaction(async (tx) => {
    const context: ImportContext = {
      areas: [REGION_AREA, ...(await repo.areasForImport(tx))],
      indicators: catalog.indicators,
      groupCodes: catalog.groupCodes,
    };
    const outcome = (report: ImportReport, importId: string | null): MonitorImportOutcome => ({
      importId,
      imported: importId !== null,
      dryRun: input.dryRun,
      kind: input.kind,
      fileName: input.fileName,
      report,
    });
    const validated =
      input.kind === 'enquete'
        ? { kind: 'enquete' as const, ...validateSurveyImport(table, mapping.data as SurveyMapping, context) }
        : {
            kind: 'demografie' as const,
            ...validateDemographicsImport(table, mapping.data as DemographicsMapping, context),
          };
    if (input.dryRun || validated.report.refusedTotal > 0) return outcome(validated.report, null);

    const id = randomUUID();
    await repo.insertImport(tx, {
      id,
      kind: input.kind,
      fileName: input.fileName,
      mapping: mapping.data,
      report: validated.report,
      importedBy: input.userId,
    });
    if (validated.kind === 'enquete') await repo.upsertExternalValues(tx, validated.values, id);
    else await repo.upsertPopulations(tx, validated.values, id);
    // Aggregated figures: no person is disclosed, but who changed the Monitor's inputs is traced.
    await appendAudit(tx, audit, [
      { action: `monitor.import.${input.kind}`, personIds: [], resource: `monitor/imports/${id}` },
    ]);
    return outcome(validated.report, id);
  });
}

export async function listImports(transactor: Transactor, limit = 100) {
  const rows = await transactor.transaction((tx) => repo.listImports(tx, limit));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    mapping: row.mapping,
    rowsRead: row.rowsRead,
    valuesAccepted: row.valuesAccepted,
    report: row.report as ImportReport,
    importedAt: row.importedAt.toISOString(),
    importedBy: row.importedBy,
    importedByName: row.importedByName ?? null,
  }));
}
