import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { HouseholdDetail } from '../../../shared/api/registry';
import type { ReadDeps } from '../../platform/audit/service';
import { contextOf } from '../../platform/auth/http';
import { etagOf, IdParams } from '../../platform/http-helpers';
import { getHousehold } from './service';

export function householdRoutes(app: FastifyInstance, deps: ReadDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/households/:id',
    {
      schema: {
        tags: ['huishoudens'],
        summary: 'Huishouden met leden',
        params: IdParams,
        response: { 200: HouseholdDetail },
      },
    },
    async (request, reply) => {
      const household = await getHousehold(deps, contextOf(request), request.params.id);
      return reply
        .header('etag', etagOf(household.version))
        .header('cache-control', 'no-store')
        .send(household);
    },
  );
}
