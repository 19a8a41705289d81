import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/auth/http';
import type { Transactor } from '../../../platform/db/transactor';
import { IMPORT_KINDS } from './mapping';
import { assertMayImportMonitorData, importMonitorFile, listImports } from './service';

/** The largest file accepted: 10 MB, which arrives as about 13.4 million base64 characters. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;

const ImportRequest = z.strictObject({
  kind: z.enum(IMPORT_KINDS, { message: 'Kies enquete of demografie' }),
  fileName: z
    .string({ message: 'Geef de bestandsnaam' })
    .trim()
    .min(1, 'Geef de bestandsnaam')
    .max(255, 'De bestandsnaam is te lang'),
  contentBase64: z
    .string({ message: 'Stuur de inhoud van het bestand (base64)' })
    .min(1, 'Het bestand is leeg')
    .max(MAX_BASE64, 'Het bestand is groter dan 10 MB')
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, 'De inhoud is geen geldige base64-tekst'),
  /** Checked against the kind's mapping schema by the service (see mapping.ts). */
  mapping: z.record(z.string(), z.unknown(), { message: 'Geef de koppeling van de kolommen' }),
  dryRun: z.boolean({ message: 'Verwacht ja of nee' }).default(false),
});

const Refused = z.object({
  row: z.number().int(),
  column: z.string().optional(),
  value: z.string().optional(),
  reason: z.string(),
});

const Report = z.object({
  rowsRead: z.number().int(),
  valuesAccepted: z.number().int(),
  valuesEmpty: z.number().int(),
  valuesNotPublished: z.number().int(),
  notPublished: z.array(z.object({ row: z.number().int(), column: z.string() })),
  refusedTotal: z.number().int(),
  refused: z.array(Refused),
  ignoredColumns: z.array(z.string()),
});

const Outcome = z.object({
  importId: z.string().uuid().nullable(),
  imported: z.boolean(),
  dryRun: z.boolean(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  report: Report,
});

/**
 * application/problem+json with status 422: a refused file, with the outcome's fields and the whole
 * report attached; loose and mostly optional because the error handler's other 422 answers (an
 * unreadable file, a broken mapping) go through this schema too.
 */
const RefusedProblem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  importId: z.null().optional(),
  imported: z.literal(false).optional(),
  dryRun: z.boolean().optional(),
  kind: z.enum(IMPORT_KINDS).optional(),
  fileName: z.string().optional(),
  report: Report.optional(),
});

const ImportList = z.object({
  items: z.array(
    z.object({
      id: z.string().uuid(),
      kind: z.enum(IMPORT_KINDS),
      fileName: z.string(),
      mapping: z.unknown(),
      rowsRead: z.number().int(),
      valuesAccepted: z.number().int(),
      report: Report,
      importedAt: z.string(),
      importedBy: z.string().uuid().nullable(),
      importedByName: z.string().nullable(),
    }),
  ),
});

const where = (cell: { row: number; column?: string | undefined }) =>
  cell.column === undefined ? `rij ${cell.row}` : `rij ${cell.row}, kolom ${cell.column}`;

/**
 * Import of survey figures (phases 2 and 3) and CBS population figures for the Monitor, for beleid
 * and functioneel beheer. The body is JSON with the file as base64, so the request carries the
 * mapping beside the file; a refused file answers 422 with the report and writes nothing.
 */
export function monitorImportRoutes(app: FastifyInstance, deps: { transactor: Transactor }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitor'];

  api.post(
    '/api/monitor/imports',
    {
      // Base64 of a 10 MB file plus the mapping: above the server's 1 MB default.
      bodyLimit: MAX_BASE64 + 256 * 1024,
      schema: {
        tags,
        summary:
          'Enquête- of CBS-cijfers importeren (CSV of Excel), met validatierapport; dryRun controleert alleen',
        body: ImportRequest,
        response: { 200: Outcome, 422: RefusedProblem },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      assertMayImportMonitorData(ctx.actor);
      const body = request.body;
      const outcome = await importMonitorFile(
        deps.transactor,
        {
          kind: body.kind,
          fileName: body.fileName,
          bytes: Buffer.from(body.contentBase64, 'base64'),
          mapping: body.mapping,
          dryRun: body.dryRun,
          userId: ctx.actor.id,
        },
        { actor: { id: ctx.actor.id, username: ctx.actor.username }, requestId: ctx.requestId },
      );
      if (!outcome.dryRun && !outcome.imported) {
        const { report } = outcome;
        return reply
          .code(422)
          .type('application/problem+json')
          .send({
            type: 'about:blank',
            title: 'De invoer klopt niet',
            status: 422,
            detail: `Niets geïmporteerd: ${report.refusedTotal} ${report.refusedTotal === 1 ? 'waarde of regel is' : 'waarden of regels zijn'} geweigerd. Zie het rapport.`,
            instance: '/api/monitor/imports',
            errors: report.refused.map((cell) => ({ field: where(cell), message: cell.reason })),
            ...outcome,
          });
      }
      return reply.header('cache-control', 'no-store').send(outcome);
    },
  );

  api.get(
    '/api/monitor/imports',
    { schema: { tags, summary: 'Eerdere imports met hun validatierapport', response: { 200: ImportList } } },
    async (request, reply) => {
      assertMayImportMonitorData(contextOf(request).actor);
      return reply.header('cache-control', 'no-store').send({ items: await listImports(deps.transactor) });
    },
  );
}
