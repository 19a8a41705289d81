import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PlanPdfQuery, PlanVersionParams, PlanView, PlanWriteRequest } from '../../../shared/api/plans';
import type { ReadDeps } from '../../platform/audit/service';
import { contextOf } from '../../platform/auth/http';
import { IdParams } from '../../platform/http-helpers';
import { getPlan, getPlanPdf, getPlanVersion, writePlan } from './service';

/** 1 Gezin 1 Plan: the household's plan in versions, and its printable PDF. */
export function planRoutes(app: FastifyInstance, deps: ReadDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plannen'];

  api.get(
    '/api/households/:id/plan',
    {
      schema: {
        tags,
        summary: 'Huidig plan van het huishouden, met de lijst van versies',
        params: IdParams,
        response: { 200: PlanView },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await getPlan(deps, contextOf(request), request.params.id)),
  );

  api.get(
    '/api/households/:id/plan/versions/:version',
    {
      schema: {
        tags,
        summary: 'Eén versie van het plan',
        params: PlanVersionParams,
        response: { 200: PlanView },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await getPlanVersion(deps, contextOf(request), request.params.id, request.params.version)),
  );

  api.post(
    '/api/households/:id/plan',
    {
      schema: {
        tags,
        summary: 'Nieuwe versie van het plan vastleggen (basedOnVersion: de versie waarop u verder schreef)',
        params: IdParams,
        body: PlanWriteRequest,
        response: { 201: PlanView },
      },
    },
    async (request, reply) => {
      const written = await writePlan(deps, contextOf(request), request.params.id, request.body);
      return reply
        .code(201)
        .header('location', `/api/households/${written.householdId}/plan/versions/${written.version}`)
        .send(written);
    },
  );

  api.get(
    '/api/households/:id/plan.pdf',
    {
      schema: {
        tags,
        summary: 'Het plan als PDF voor het huishouden (de nieuwste versie, of ?version=)',
        params: IdParams,
        querystring: PlanPdfQuery,
      },
    },
    async (request, reply) => {
      const { view, pdf } = await getPlanPdf(
        deps,
        contextOf(request),
        request.params.id,
        request.query.version,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="ons-plan-versie-${view.version}.pdf"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(pdf);
    },
  );
}
