import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ComputeSnapshotBody,
  IndicatorCatalog,
  MapAreas,
  MonitorSamenloop,
  MonitorTrend,
  MonitorView,
  SnapshotList,
  SnapshotSummary,
} from '../../../shared/api/monitor';
import { contextOf } from '../../platform/auth/http';
import { forbidden } from '../../platform/errors';
import { catalogView } from './catalog-view';
import { REGION } from './indicators';
import { mayUseMonitor } from './policy';
import { renderCouncilReportPdf } from './report/pdf';
import { renderCouncilReportXlsx } from './report/xlsx';
import { councilReport } from './report-service';
import { boundaries, samenloopView } from './samenloop-service';
import { computeSnapshot, listSnapshots, type MonitorDeps, publishSnapshot } from './snapshot-service';
import { indicatorTrend, indicatorView, type ViewDeps } from './view-service';

const areaCode = z
  .string({ error: 'Kies een gebied.' })
  .regex(/^(REGIO|GM\d{4}|WK\d{6})$/, 'Een gebied is REGIO, een gemeentecode (GM…) of een wijkcode (WK…).');
const snapshotId = z.uuid({ error: 'Kies een peilmoment.' });
const indicatorCode = z.string().regex(/^[A-Z0-9-]+$/, 'Onbekende indicator.');

export function monitorRoutes(app: FastifyInstance, deps: MonitorDeps & ViewDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitor'];
  const noStore = { 'cache-control': 'no-store' };

  api.get(
    '/api/monitor/snapshots',
    { schema: { tags, summary: 'Peilmomenten', response: { 200: SnapshotList } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      if (!mayUseMonitor(ctx.actor)) throw forbidden('De Monitor is voor beleid, bestuur en management.');
      const snapshots = await listSnapshots(deps);
      const visible = ctx.actor.roles.some((role) => role === 'beleid' || role === 'functioneel-beheer')
        ? snapshots
        : snapshots.filter((snapshot) => snapshot.status === 'gepubliceerd');
      return reply.headers(noStore).send({ snapshots: visible });
    },
  );

  api.post(
    '/api/monitor/snapshots',
    {
      schema: {
        tags,
        summary: 'Een peilmoment berekenen (of corrigeren als nieuwe versie)',
        body: ComputeSnapshotBody,
        response: { 201: SnapshotSummary },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await computeSnapshot(deps, contextOf(request), request.body)),
  );

  api.post(
    '/api/monitor/snapshots/:id/publish',
    {
      schema: {
        tags,
        summary: 'Een berekend peilmoment publiceren; daarna verandert het nooit meer',
        params: z.object({ id: snapshotId }),
        response: { 200: SnapshotSummary },
      },
    },
    async (request) => publishSnapshot(deps, contextOf(request), request.params.id),
  );

  api.get(
    '/api/monitor/indicators',
    { schema: { tags, summary: 'Indicatoren en de onthullingsregel', response: { 200: IndicatorCatalog } } },
    async (request) => {
      const ctx = contextOf(request);
      if (!mayUseMonitor(ctx.actor)) throw forbidden('De Monitor is voor beleid, bestuur en management.');
      return catalogView(deps.catalog, deps.disclosure);
    },
  );

  api.get(
    '/api/monitor/view',
    {
      schema: {
        tags,
        summary: 'Een indicator voor een gebied, de regio en de onderliggende gebieden (beschermd)',
        querystring: z.object({
          snapshot: snapshotId,
          indicator: indicatorCode,
          area: areaCode.default(REGION),
        }),
        response: { 200: MonitorView },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await indicatorView(deps, contextOf(request), request.query)),
  );

  api.get(
    '/api/monitor/trend',
    {
      schema: {
        tags,
        summary: 'Een indicator over de gepubliceerde peilmomenten',
        querystring: z.object({ indicator: indicatorCode, area: areaCode.default(REGION) }),
        response: { 200: MonitorTrend },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await indicatorTrend(deps, contextOf(request), request.query)),
  );

  api.get(
    '/api/monitor/samenloop',
    {
      schema: {
        tags,
        summary: 'Samenloop van Wmo, Jeugd en Participatiewet (beschermd)',
        querystring: z.object({ snapshot: snapshotId, area: areaCode.default(REGION) }),
        response: { 200: MonitorSamenloop },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await samenloopView(deps, contextOf(request), request.query)),
  );

  api.get(
    '/api/monitor/boundaries',
    {
      schema: {
        tags,
        summary: 'Grenzen van de onderliggende gebieden (GeoJSON, WGS84)',
        querystring: z.object({ gemeente: areaCode.default(REGION) }),
        response: { 200: MapAreas },
      },
    },
    async (request) => boundaries(deps, contextOf(request), request.query),
  );

  api.get(
    '/api/monitor/report/:file',
    {
      schema: {
        tags,
        summary: 'Raadsrapportage van een gemeente als PDF of Excel',
        params: z.object({
          file: z.string().regex(/^GM\d{4}\.(pdf|xlsx)$/, 'Vraag <gemeentecode>.pdf of <gemeentecode>.xlsx.'),
        }),
        querystring: z.object({ snapshot: snapshotId }),
      },
    },
    async (request, reply) => {
      const [gemeente = '', extension] = request.params.file.split('.');
      const report = await councilReport(deps, contextOf(request), {
        snapshot: request.query.snapshot,
        gemeente,
      });
      const name = `raadsrapportage-${report.gemeente.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${report.snapshot.periodLabel}`;
      reply.headers(noStore);
      if (extension === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(await renderCouncilReportPdf(report));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(Buffer.from(renderCouncilReportXlsx(report)));
    },
  );
}
