import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/auth/http';
import type { Transactor } from '../../platform/db/transactor';
import type { TermCalendar } from '../cases/deadlines/atw';
import { addDecreedDay, listDecreedDays } from './service';

const DayView = z.array(z.object({ date: z.string(), name: z.string(), decree: z.string() }));

export function holidayRoutes(
  app: FastifyInstance,
  deps: { transactor: Transactor; calendar: TermCalendar },
) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/decreed-days',
    {
      schema: {
        tags: ['beheer'],
        summary: 'Met feestdagen gelijkgestelde dagen (Atw art. 3 lid 3)',
        response: { 200: DayView },
      },
    },
    async (request) => {
      contextOf(request);
      return listDecreedDays(deps.calendar);
    },
  );
  api.post(
    '/api/decreed-days',
    {
      schema: {
        tags: ['beheer'],
        summary: 'Gelijkgestelde dag toevoegen na een nieuw koninklijk besluit',
        body: z.object({
          date: z.iso.date({ message: 'Gebruik een datum als JJJJ-MM-DD' }),
          name: z.string().trim().min(3, 'Geef de dag een naam'),
          decree: z.string().trim().min(5, 'Noem het besluit in de Staatscourant'),
        }),
        response: { 201: DayView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addDecreedDay(deps.transactor, deps.calendar, contextOf(request), request.body)),
  );
}
