import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssignRequest, WorkQueueQuery, WorkQueueResponse } from '../../../shared/api/cases';
import { contextOf } from '../../platform/auth/http';
import type { CaseDeps } from '../cases/context';
import { assignCases } from './assign';
import { exportWorkQueue } from './export';
import { workQueue } from './service';

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
        summary: 'Werkvoorraad als CSV (gestreamd, vastgelegd in het toegangslogboek)',
        querystring: WorkQueueQuery,
      },
    },
    (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="werkvoorraad.csv"')
        .header('cache-control', 'no-store')
        .send(exportWorkQueue(deps, contextOf(request), request.query)),
  );
}
