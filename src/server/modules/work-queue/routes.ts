import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { WorkQueueQuery, WorkQueueResponse } from '../../../shared/api/cases';
import { contextOf } from '../../platform/auth/http';
import type { CaseDeps } from '../cases/context';
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
}
