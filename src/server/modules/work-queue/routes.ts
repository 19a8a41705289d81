import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignRequest,
  WorkQueueExportQuery,
  WorkQueueQuery,
  WorkQueueResponse,
} from '../../../shared/api/cases';
import { contextOf } from '../../platform/auth/http';
import type { CaseDeps } from '../cases/context';
import { assignCases } from './assign';
import { exportWorkQueueCsv, exportWorkQueueXlsx } from './export';
import { workQueue } from './service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function workQueueRoutes(app: FastifyInstance, deps: CaseDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/work-queue',
    {
      schema: {
        tags: ['zaken'],
        summary: 'Werkvoorraad: open zaken, meest urgent eerst',
        querystring: WorkQueueQuery,
        response: { 200: WorkQueueResponse },
      },
    },
    (request) => workQueue(deps, contextOf(request), request.query),
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/work-queue/assign',
    {
      schema: {
        tags: ['zaken'],
        summary: 'Zaken toewijzen (ook in bulk) door de teammanager',
        body: AssignRequest,
        response: { 200: z.object({ assigned: z.number().int() }) },
      },
    },
    (request) => assignCases(deps, contextOf(request), request.body),
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/work-queue/export',
    {
      schema: {
        tags: ['zaken'],
        summary: 'Werkvoorraad als CSV of Excel (gestreamd, vastgelegd in het toegangslogboek)',
        querystring: WorkQueueExportQuery,
      },
    },
    (request, reply) => {
      const excel = request.query.format === 'xlsx';
      const body = excel
        ? exportWorkQueueXlsx(deps, contextOf(request), request.query)
        : exportWorkQueueCsv(deps, contextOf(request), request.query);
      return reply
        .type(excel ? XLSX_TYPE : 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="werkvoorraad.${excel ? 'xlsx' : 'csv'}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
