import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppointmentReportRequest,
  AppointmentRequest,
  AppointmentView,
} from '../../../../shared/api/wmo-jeugd';
import { contextOf } from '../../../platform/auth/http';
import { etagOf, expectedVersion, IdParams } from '../../../platform/http-helpers';
import type { CaseDeps } from '../context';
import { listAppointments, planAppointment, reportAppointment } from './service';

/** Appointments within a case: the keukentafelgesprek of the Wmo onderzoek and its report. */
export function appointmentRoutes(app: FastifyInstance, deps: CaseDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['zaken'];
  api.post(
    '/api/cases/:id/appointments',
    {
      schema: {
        tags,
        summary: 'Keukentafelgesprek plannen (Wmo)',
        params: IdParams,
        body: AppointmentRequest,
        response: { 201: AppointmentView },
      },
    },
    async (request, reply) => {
      const created = await planAppointment(deps, contextOf(request), request.params.id, request.body);
      return reply.code(201).header('etag', etagOf(created.version)).send(created);
    },
  );
  api.get(
    '/api/cases/:id/appointments',
    {
      schema: {
        tags,
        summary: 'Afspraken van een zaak met hun verslag',
        params: IdParams,
        response: { 200: z.array(AppointmentView) },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await listAppointments(deps, contextOf(request), request.params.id)),
  );
  api.post(
    '/api/case-appointments/:id/report',
    {
      schema: {
        tags,
        summary: 'Verslag van een afspraak vastleggen (If-Match: versie van de afspraak)',
        params: IdParams,
        body: AppointmentReportRequest,
        response: { 200: AppointmentView },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      const updated = await reportAppointment(
        deps,
        contextOf(request),
        request.params.id,
        request.body,
        version,
      );
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
}
