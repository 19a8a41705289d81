import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ChangeRegisseurRequest,
  CreateNetworkMemberRequest,
  NetworkList,
  NetworkMember,
  RegisseurView,
  UpdateNetworkMemberRequest,
} from '../../../shared/api/household-view';
import { contextOf } from '../../platform/auth/http';
import { etagOf, expectedVersion, IdParams } from '../../platform/http-helpers';
import { changeRegisseur } from './regisseur';
import { addNetworkMember, type HouseholdDeps, listNetwork, updateNetworkMember } from './service';

export function networkRoutes(app: FastifyInstance, deps: HouseholdDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['huishoudens'];

  api.get(
    '/api/households/:id/network',
    { schema: { tags, summary: 'Informeel netwerk', params: IdParams, response: { 200: NetworkList } } },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await listNetwork(deps, contextOf(request), request.params.id)),
  );

  api.post(
    '/api/households/:id/network',
    {
      schema: {
        tags,
        summary: 'Netwerklid toevoegen',
        params: IdParams,
        body: CreateNetworkMemberRequest,
        response: { 201: NetworkMember },
      },
    },
    async (request, reply) => {
      const created = await addNetworkMember(deps, contextOf(request), request.params.id, request.body);
      return reply.code(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  api.patch(
    '/api/network-members/:id',
    {
      schema: {
        tags,
        summary: 'Netwerklid wijzigen of betrokkenheid beëindigen (If-Match)',
        params: IdParams,
        body: UpdateNetworkMemberRequest,
        response: { 200: NetworkMember },
      },
    },
    async (request, reply) => {
      const updated = await updateNetworkMember(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  api.post(
    '/api/households/:id/regisseur',
    {
      schema: {
        tags,
        summary: 'Regisseur wijzigen',
        params: IdParams,
        body: ChangeRegisseurRequest,
        response: { 200: RegisseurView },
      },
    },
    async (request) => changeRegisseur(deps, contextOf(request), request.params.id, request.body),
  );
}
