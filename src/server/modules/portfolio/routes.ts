import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionPatch,
  AnnualPlan,
  CapacityLine,
  CapacityLinePatch,
  CapacityOverview,
  Decision,
  DecisionInput,
  DecisionList,
  EviOverview,
  EviSessionInput,
  EviTheme,
  FinanceOverview,
  PlanAction,
  PortfolioExportView,
  PortfolioOverview,
  ProjectDetail,
  ProjectInput,
  ProjectPatch,
  Risk,
  RiskPatch,
  RiskRegister,
  Timeline,
} from '../../../shared/api/portfolio';
import { contextOf } from '../../platform/auth/http';
import { etagOf, expectedVersion, IdParams } from '../../platform/http-helpers';
import { exportPortfolio } from './export-service';
import {
  createProject,
  type PortfolioDeps,
  portfolioOverview,
  prioritiseProject,
  projectDetail,
  updateProject,
} from './project-service';
import {
  addDecision,
  addEviSession,
  annualPlan,
  capacityOverview,
  decisionList,
  eviOverview,
  finance,
  riskRegister,
  timeline,
  updateAction,
  updateCapacityLine,
  updateRisk,
} from './register-service';

const day = z.iso.date({ error: 'Geef een datum als JJJJ-MM-DD.' });
const noStore = { 'cache-control': 'no-store' };

export function portfolioRoutes(app: FastifyInstance, deps: PortfolioDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['toekomstagenda'];

  api.get(
    '/api/portfolio/overview',
    {
      schema: {
        tags,
        summary:
          'Portefeuille als bijlage 1: projecten × doelstellingen, totalen berekend (stand: zoals op die dag)',
        querystring: z.object({ stand: day.optional() }),
        response: { 200: PortfolioOverview },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await portfolioOverview(deps, contextOf(request), request.query.stand)),
  );

  api.get(
    '/api/portfolio/projects/:id',
    {
      schema: {
        tags,
        summary: 'Project met geschiedenis',
        params: IdParams,
        response: { 200: ProjectDetail },
      },
    },
    async (request, reply) => {
      const detail = await projectDetail(deps, contextOf(request), request.params.id);
      return reply.headers(noStore).header('etag', etagOf(detail.version)).send(detail);
    },
  );

  api.post(
    '/api/portfolio/projects',
    {
      schema: {
        tags,
        summary: 'Nieuw projectvoorstel',
        body: ProjectInput,
        response: { 201: ProjectDetail },
      },
    },
    async (request, reply) => {
      const created = await createProject(deps, contextOf(request), request.body);
      return reply.code(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  api.patch(
    '/api/portfolio/projects/:id',
    {
      schema: {
        tags,
        summary: 'Project wijzigen (If-Match); een fase- of soortwijziging vraagt een reden',
        params: IdParams,
        body: ProjectPatch,
        response: { 200: ProjectDetail },
      },
    },
    async (request, reply) => {
      const updated = await updateProject(
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
    '/api/portfolio/projects/:id/prioritise',
    {
      schema: {
        tags,
        summary:
          'Prioriteren (If-Match): alleen met een antwoord op "wat gaan we niet meer doen?" en de criteria gehaald',
        params: IdParams,
        response: { 200: ProjectDetail },
      },
    },
    async (request, reply) => {
      const updated = await prioritiseProject(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
      );
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  api.get(
    '/api/portfolio/capacity',
    { schema: { tags, summary: 'Capaciteit als bijlage 2', response: { 200: CapacityOverview } } },
    async (request, reply) => reply.headers(noStore).send(await capacityOverview(deps, contextOf(request))),
  );

  api.patch(
    '/api/portfolio/capacity/:id',
    {
      schema: {
        tags,
        summary: 'Capaciteitsregel wijzigen: inzet en invulling per gemeente (If-Match)',
        params: IdParams,
        body: CapacityLinePatch,
        response: { 200: CapacityLine },
      },
    },
    async (request, reply) => {
      const line = await updateCapacityLine(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(line.version)).send(line);
    },
  );

  api.get(
    '/api/portfolio/timeline',
    { schema: { tags, summary: 'Fasen per project in de tijd', response: { 200: Timeline } } },
    async (request, reply) => reply.headers(noStore).send(await timeline(deps, contextOf(request))),
  );

  api.get(
    '/api/portfolio/risks',
    { schema: { tags, summary: 'Risicoregister', response: { 200: RiskRegister } } },
    async (request, reply) => reply.headers(noStore).send(await riskRegister(deps, contextOf(request))),
  );

  api.patch(
    '/api/portfolio/risks/:id',
    {
      schema: {
        tags,
        summary: 'Risico bijwerken (If-Match)',
        params: IdParams,
        body: RiskPatch,
        response: { 200: Risk },
      },
    },
    async (request, reply) => {
      const risk = await updateRisk(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(risk.version)).send(risk);
    },
  );

  api.get(
    '/api/portfolio/annual-plan',
    {
      schema: {
        tags,
        summary: 'Jaarplan: acties met status; te laat ten opzichte van de peildatum (standaard vandaag)',
        querystring: z.object({
          peildatum: day.optional(),
          jaar: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: AnnualPlan },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(
        await annualPlan(deps, contextOf(request), {
          ...(request.query.jaar ? { year: request.query.jaar } : {}),
          ...(request.query.peildatum ? { referenceDate: request.query.peildatum } : {}),
        }),
      ),
  );

  api.patch(
    '/api/portfolio/actions/:id',
    {
      schema: {
        tags,
        summary: 'Actie bijwerken of voortgang noteren (If-Match)',
        params: IdParams,
        body: ActionPatch,
        response: { 200: PlanAction },
      },
    },
    async (request, reply) => {
      const action = await updateAction(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(action.version)).send(action);
    },
  );

  api.get(
    '/api/portfolio/evi',
    {
      schema: {
        tags,
        summary: 'EVI-panels: thema’s, bijeenkomsten, bevindingen',
        response: { 200: EviOverview },
      },
    },
    async (request, reply) => reply.headers(noStore).send(await eviOverview(deps, contextOf(request))),
  );

  api.post(
    '/api/portfolio/evi/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Bijeenkomst van een EVI-panel vastleggen',
        params: IdParams,
        body: EviSessionInput,
        response: { 201: EviTheme },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addEviSession(deps, contextOf(request), request.params.id, request.body)),
  );

  api.get(
    '/api/portfolio/decisions',
    { schema: { tags, summary: 'Besluitenlijst', response: { 200: DecisionList } } },
    async (request, reply) => reply.headers(noStore).send(await decisionList(deps, contextOf(request))),
  );

  api.post(
    '/api/portfolio/decisions',
    { schema: { tags, summary: 'Besluit vastleggen', body: DecisionInput, response: { 201: Decision } } },
    async (request, reply) => reply.code(201).send(await addDecision(deps, contextOf(request), request.body)),
  );

  api.get(
    '/api/portfolio/finance',
    {
      schema: {
        tags,
        summary: 'Investeringsagenda, formatieanalyse en efficiencytaakstelling',
        response: { 200: FinanceOverview },
      },
    },
    async (request, reply) => reply.headers(noStore).send(await finance(deps, contextOf(request))),
  );

  api.get(
    '/api/portfolio/export/:view',
    {
      schema: {
        tags,
        summary: 'Een overzicht als Excel of PDF',
        params: z.object({ view: PortfolioExportView }),
        querystring: z.object({
          format: z.enum(['xlsx', 'pdf'], { error: 'Kies xlsx of pdf.' }).default('xlsx'),
          stand: day.optional(),
          peildatum: day.optional(),
        }),
      },
    },
    async (request, reply) => {
      const file = await exportPortfolio(deps, contextOf(request), request.params.view, request.query);
      return reply
        .headers(noStore)
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
}
