import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BeschermdWonenQuery, BeschermdWonenReport } from '../../../shared/api/wmo-jeugd';
import { contextOf } from '../../platform/auth/http';
import { beschermdWonenFlow, type ReportDeps } from './service';

export function beschermdWonenRoutes(app: FastifyInstance, deps: ReportDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/reports/beschermd-wonen',
    {
      schema: {
        tags: ['rapportages'],
        summary: 'Beschermd wonen: instroom, doorstroom en uitstroom per maand en gemeente (beschermd)',
        querystring: BeschermdWonenQuery,
        response: { 200: BeschermdWonenReport },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await beschermdWonenFlow(deps, contextOf(request), request.query)),
  );
}
