import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccessLogResponse, BreakGlassRequest } from '../../../shared/api/registry';
import type { ReadDeps } from '../../platform/audit/service';
import { contextOf } from '../../platform/auth/http';
import type { Config } from '../../platform/config';
import { IdParams } from '../../platform/http-helpers';
import { breakTheGlass, listBreakGlassGrants, readAccessLog, reviewBreakGlassGrant } from './service';

const GrantView = z.object({
  id: z.string().uuid(),
  personId: z.string().uuid(),
  personDisplayName: z.string(),
  username: z.string(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewOutcome: z.enum(['terecht', 'onterecht']).nullable(),
  reviewNote: z.string().nullable(),
});

export function privacyRoutes(app: FastifyInstance, deps: ReadDeps & { config: Config }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['privacy'];

  api.post(
    '/api/persons/:id/break-glass',
    {
      schema: {
        tags,
        summary: 'Forceer tijdelijk toegang tot een dossier, met reden',
        params: IdParams,
        body: BreakGlassRequest,
        response: { 201: z.object({ id: z.string().uuid(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const grant = await breakTheGlass(
        deps.transactor,
        contextOf(request),
        request.params.id,
        request.body.reason,
        deps.config.breakGlassMinutes,
      );
      return reply.code(201).send(grant);
    },
  );

  api.get(
    '/api/persons/:id/access-log',
    {
      schema: {
        tags,
        summary: 'Wie heeft de gegevens van deze persoon ingezien of gewijzigd',
        params: IdParams,
        querystring: z.object({ cursor: z.coerce.number().int().positive().optional() }),
        response: { 200: AccessLogResponse },
      },
    },
    (request) => readAccessLog(deps, contextOf(request), request.params.id, request.query.cursor),
  );

  api.get(
    '/api/privacy/break-glass',
    {
      schema: {
        tags,
        summary: 'Geforceerde toegang ter beoordeling',
        querystring: z.object({ status: z.enum(['open', 'reviewed']).default('open') }),
        response: { 200: z.array(GrantView) },
      },
    },
    (request) => listBreakGlassGrants(deps.transactor, contextOf(request), request.query.status),
  );

  api.post(
    '/api/privacy/break-glass/:id/review',
    {
      schema: {
        tags,
        summary: 'Beoordeel een geforceerde toegang',
        params: IdParams,
        body: z.object({
          outcome: z.enum(['terecht', 'onterecht']),
          note: z.string().trim().max(2000).optional(),
        }),
        response: {
          200: z.object({
            id: z.string().uuid(),
            reviewOutcome: z.enum(['terecht', 'onterecht']).nullable(),
          }),
        },
      },
    },
    (request) => reviewBreakGlassGrant(deps.transactor, contextOf(request), request.params.id, request.body),
  );
}
