import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreatePersonRequest,
  PersonDetail,
  PersonSearchQuery,
  PersonSearchResponse,
  UpdatePersonRequest,
} from '../../../shared/api/registry';
import type { ReadDeps } from '../../platform/audit/service';
import { contextOf } from '../../platform/auth/http';
import { etagOf, expectedVersion, IdParams } from '../../platform/http-helpers';
import { createPerson, getPerson, searchRegistry, updatePerson } from './service';

export function personRoutes(app: FastifyInstance, deps: ReadDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['personen'];

  api.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Zoek personen in het register',
        querystring: PersonSearchQuery,
        response: { 200: PersonSearchResponse },
      },
    },
    (request) => searchRegistry(deps, contextOf(request), request.query),
  );

  api.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Registreer een persoon',
        body: CreatePersonRequest,
        response: { 201: PersonDetail },
      },
    },
    async (request, reply) => {
      const person = await createPerson(deps.transactor, contextOf(request), request.body);
      return reply
        .code(201)
        .header('etag', etagOf(person.version))
        .header('location', `/api/persons/${person.id}`)
        .send(person);
    },
  );

  api.get(
    '/api/persons/:id',
    {
      schema: { tags, summary: 'Dossier van een persoon', params: IdParams, response: { 200: PersonDetail } },
    },
    async (request, reply) => {
      const person = await getPerson(deps, contextOf(request), request.params.id);
      return reply.header('etag', etagOf(person.version)).header('cache-control', 'no-store').send(person);
    },
  );

  api.patch(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'Wijzig een persoon (met If-Match: versie)',
        params: IdParams,
        body: UpdatePersonRequest,
        response: { 200: PersonDetail },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      const person = await updatePerson(
        deps.transactor,
        contextOf(request),
        request.params.id,
        version,
        request.body,
      );
      return reply.header('etag', etagOf(person.version)).send(person);
    },
  );
}
