import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ReferralRequest, ReferralView } from '../../../../shared/api/wmo-jeugd';
import { contextOf } from '../../../platform/auth/http';
import { expectedVersion, IdParams } from '../../../platform/http-helpers';
import type { CaseDeps } from '../context';
import { getReferral, saveReferral } from './service';

/** Like the lifecycle steps: If-Match (the case's version) is checked when sent. */
const optionalVersion = (request: FastifyRequest) =>
  request.headers['if-match'] ? expectedVersion(request) : undefined;

/** Jeugd: who referred the young person and any second opinion. */
export function referralRoutes(app: FastifyInstance, deps: CaseDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['zaken'];
  api.put(
    '/api/cases/:id/referral',
    {
      schema: {
        tags,
        summary: 'Verwijzer en second opinion vastleggen (Jeugd)',
        params: IdParams,
        body: ReferralRequest,
        response: { 200: ReferralView },
      },
    },
    (request) =>
      saveReferral(deps, contextOf(request), request.params.id, request.body, optionalVersion(request)),
  );
  api.get(
    '/api/cases/:id/referral',
    {
      schema: {
        tags,
        summary: 'Verwijzer en second opinion van een zaak (null als nog niet vastgelegd)',
        params: IdParams,
        response: { 200: ReferralView.nullable() },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await getReferral(deps, contextOf(request), request.params.id)),
  );
}
