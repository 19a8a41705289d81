import { z } from 'zod';
import { ApiError } from '../../api/client';

/** Imports of survey results and population figures: the shapes of `/api/monitor/imports`. */
export const IMPORT_KINDS = ['enquete', 'demografie'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ImportReport = z.object({
  rowsRead: z.number().int(),
  valuesAccepted: z.number().int(),
  valuesEmpty: z.number().int().optional(),
  valuesNotPublished: z.number().int().optional(),
  /** All refusals; `refused` may list only the first of them. */
  refusedTotal: z.number().int().optional(),
  refused: z.array(
    z.object({
      row: z.number().int(),
      column: z.string().nullish(),
      value: z.union([z.string(), z.number()]).nullish(),
      reason: z.string(),
    }),
  ),
  ignoredColumns: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportResponse = z.object({
  report: ImportReport,
  importId: z.string().nullish(),
  imported: z.boolean().optional(),
});

const ImportItem = z.looseObject({
  id: z.string().optional(),
  kind: z.string().optional(),
  fileName: z.string().optional(),
  source: z.string().nullish(),
  createdAt: z.string().optional(),
  importedAt: z.string().optional(),
  importedByName: z.string().nullish(),
  rowsRead: z.number().optional(),
  valuesAccepted: z.number().optional(),
});
export type ImportItem = z.infer<typeof ImportItem>;

/** The list of earlier imports: `{ items: [...] }` (a bare array is accepted too). */
export function readImportList(body: unknown): ImportItem[] {
  const list = z.union([z.array(ImportItem), z.object({ items: z.array(ImportItem) })]).parse(body);
  return Array.isArray(list) ? list : list.items;
}

/**
 * The server's field errors on the form's three fields: the kind, the file (its name or content) and
 * the mapping (every `mapping.…` problem, with where in the mapping). A refusal's row errors stay in
 * its report.
 */
export function importFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || reportOfRefusal(error)) return {};
  const found: Record<string, string[]> = {};
  for (const { field, message } of error.problem.errors ?? []) {
    const target =
      field === 'kind'
        ? 'kind'
        : field === 'fileName' || field === 'contentBase64'
          ? 'file'
          : field.startsWith('mapping')
            ? 'mapping'
            : null;
    if (!target) continue;
    const where = target === 'mapping' ? field.replace(/^mapping\.?/, '') : '';
    found[target] = [...(found[target] ?? []), where ? `${where}: ${message}` : message];
  }
  return Object.fromEntries(Object.entries(found).map(([field, messages]) => [field, messages.join('; ')]));
}

/** A 422 answer carries the report too: what was refused, while nothing was imported. */
export function reportOfRefusal(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const parsed = ImportReport.safeParse((error.problem as Record<string, unknown>).report);
  return parsed.success ? parsed.data : null;
}

/** A starting mapping per kind, in the form of the example files in catalog/monitor/examples/. */
export const EXAMPLE_MAPPINGS: Record<ImportKind, unknown> = {
  enquete: {
    areaColumn: 'Gebiedcode',
    period: '2024',
    respondentsColumn: 'Aantal respondenten',
    source: 'GGD Gezondheidsmonitor Volwassenen en Ouderen 2024',
    columns: [
      { column: 'Regie over eigen leven (%)', indicatorCode: 'P2-EIGEN-REGIE' },
      { column: 'Mantelzorger (%)', indicatorCode: 'P2-MANTELZORG' },
      { column: 'Ernstig eenzaam (%)', indicatorCode: 'P2-EENZAAMHEID' },
      { column: 'Vrijwilligerswerk (%)', indicatorCode: 'P2-VRIJWILLIGERSWERK' },
    ],
  },
  demografie: {
    areaColumn: 'Codering',
    yearColumn: 'Jaar',
    source: 'Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)',
    columns: [
      { column: 'Aantal inwoners', groupCode: 'inwoners' },
      { column: '0 tot 15 jaar', groupCode: '0-14' },
      { column: '15 tot 25 jaar', groupCode: '15-24' },
      { column: '25 tot 45 jaar', groupCode: '25-44' },
      { column: '45 tot 65 jaar', groupCode: '45-64' },
      { column: '65 jaar of ouder', groupCode: '65plus-cbs' },
    ],
  },
};

export const exampleMapping = (kind: ImportKind) => JSON.stringify(EXAMPLE_MAPPINGS[kind], null, 2);

/** The mapping as JSON, or null when it is not a JSON object. */
export function parseMapping(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The file's bytes as base64, without the data-URL prefix FileReader puts before them. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
