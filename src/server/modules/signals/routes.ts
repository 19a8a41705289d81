import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SignalList, TeamSignalsQuery } from '../../../shared/api/household-view';
import { contextOf } from '../../platform/auth/http';
import { IdParams } from '../../platform/http-helpers';
import { householdSignals, type SignalDeps, teamSignals } from './service';

export function signalRoutes(app: FastifyInstance, deps: SignalDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['signalen'];

  api.get(
    '/api/households/:id/signals',
    {
      schema: {
        tags,
        summary: 'Signalen van een huishouden',
        params: IdParams,
        response: { 200: SignalList },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await householdSignals(deps, contextOf(request), request.params.id)),
  );

  api.get(
    '/api/signals',
    {
      schema: {
        tags,
        summary: 'Signalen van de huishoudens van een team',
        querystring: TeamSignalsQuery,
        response: { 200: SignalList },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await teamSignals(deps, contextOf(request), request.query.team, request.query.code)),
  );
}
