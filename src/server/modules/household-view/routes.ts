import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { HouseholdOverview, TimelinePage, TimelineQuery } from '../../../shared/api/household-view';
import { contextOf } from '../../platform/auth/http';
import { etagOf, IdParams } from '../../platform/http-helpers';
import { getOverview, getTimeline, type HouseholdViewDeps } from './service';

export function householdViewRoutes(app: FastifyInstance, deps: HouseholdViewDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['huishoudens'];

  api.get(
    '/api/households/:id/overview',
    {
      schema: {
        tags,
        summary: 'Huishouden in één overzicht: leden, zaken, voorzieningen, scores, netwerk, tijdlijn',
        params: IdParams,
        response: { 200: HouseholdOverview },
      },
    },
    async (request, reply) => {
      const overview = await getOverview(deps, contextOf(request), request.params.id);
      return reply
        .header('etag', etagOf(overview.version))
        .header('cache-control', 'no-store')
        .send(overview);
    },
  );

  api.get(
    '/api/households/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Oudere regels van de tijdlijn van het huishouden',
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: TimelinePage },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await getTimeline(deps, contextOf(request), request.params.id, request.query)),
  );
}
