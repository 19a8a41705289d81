import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateTeamRequest, TeamView } from '../../../shared/api/admin';
import { contextOf } from '../../platform/auth/http';
import type { Transactor } from '../../platform/db/transactor';
import { IdParams } from '../../platform/http-helpers';
import { createTeam, listTeamMembers, listTeams } from './service';

export function teamRoutes(app: FastifyInstance, deps: { transactor: Transactor }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/teams',
    { schema: { tags: ['beheer'], summary: 'Teams', response: { 200: z.array(TeamView) } } },
    (request) => {
      contextOf(request);
      return listTeams(deps.transactor);
    },
  );
  api.post(
    '/api/teams',
    {
      schema: {
        tags: ['beheer'],
        summary: 'Nieuw team',
        body: CreateTeamRequest,
        response: { 201: TeamView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createTeam(deps.transactor, contextOf(request), request.body)),
  );
  api.get(
    '/api/teams/:id/members',
    {
      schema: {
        tags: ['beheer'],
        summary: 'Leden van een team',
        params: IdParams,
        response: {
          200: z.array(z.object({ id: z.string().uuid(), displayName: z.string(), username: z.string() })),
        },
      },
    },
    (request) => listTeamMembers(deps.transactor, contextOf(request), request.params.id),
  );
}
