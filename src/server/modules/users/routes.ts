import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateUserRequest, UpdateUserRequest, UserView } from '../../../shared/api/admin';
import { contextOf } from '../../platform/auth/http';
import type { Transactor } from '../../platform/db/transactor';
import { etagOf, expectedVersion, IdParams } from '../../platform/http-helpers';
import { createUser, listUsers, updateUser } from './service';

export function userRoutes(app: FastifyInstance, deps: { transactor: Transactor }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['beheer'];
  api.get(
    '/api/users',
    { schema: { tags, summary: 'Gebruikers', response: { 200: z.array(UserView) } } },
    (request) => listUsers(deps.transactor, contextOf(request)),
  );
  api.post(
    '/api/users',
    { schema: { tags, summary: 'Nieuwe gebruiker', body: CreateUserRequest, response: { 201: UserView } } },
    async (request, reply) =>
      reply.code(201).send(await createUser(deps.transactor, contextOf(request), request.body)),
  );
  api.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Wijzig een gebruiker (met If-Match)',
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: UserView },
      },
    },
    async (request, reply) => {
      const user = await updateUser(
        deps.transactor,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(user.version)).send(user);
    },
  );
}
