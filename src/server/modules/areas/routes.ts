import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Area, AreaQuery } from '../../../shared/api/registry';
import { contextOf } from '../../platform/auth/http';
import type { Transactor } from '../../platform/db/transactor';
import { listAreas } from './repository';

/** Areas and their inhabitants are public CBS facts: every logged-in user may read them. */
export function areaRoutes(app: FastifyInstance, deps: { transactor: Transactor }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/areas',
    {
      schema: {
        tags: ['gebieden'],
        summary: 'Gebieden (gemeente, wijk, buurt) met inwoners',
        querystring: AreaQuery,
        response: { 200: z.array(Area) },
      },
    },
    async (request) => {
      contextOf(request);
      const rows = await deps.transactor.transaction((tx) => listAreas(tx, request.query));
      return rows.map((row) => ({
        code: row.code,
        level: row.level,
        name: row.name,
        parentCode: row.parentCode,
        inhabitants: row.inhabitants,
        inhabitantsYear: row.inhabitantsYear,
        source: row.source,
        hasGeometry: row.hasGeometry,
      }));
    },
  );
}
