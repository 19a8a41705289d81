import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ClarifyIntakeRequest,
  CreateIntakeRequest,
  IntakeDetail,
  IntakeListQuery,
  IntakeMatch,
  IntakeMatchesQuery,
  IntakeOutcomeRequest,
  IntakeSummary,
  RouteIntakeRequest,
  ScoreHistory,
} from '../../../shared/api/intakes';
import { contextOf } from '../../platform/auth/http';
import { etagOf, expectedVersion, IdParams } from '../../platform/http-helpers';
import type { CaseDeps } from '../cases/context';
import { intakeMatches, scoreHistory } from './lookups';
import { clarifyIntake, recordOutcome } from './outcome';
import { createIntake, getIntake, listIntakes, routeIntake } from './service';

export function intakeRoutes(app: FastifyInstance, deps: CaseDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/intakes',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Melding registreren (routeert naar het gebiedsteam van het adres)',
        body: CreateIntakeRequest,
        response: { 201: IntakeDetail },
      },
    },
    async (request, reply) => {
      const intake = await createIntake(deps, contextOf(request), request.body);
      return reply.code(201).header('etag', etagOf(intake.version)).send(intake);
    },
  );
  api.get(
    '/api/intakes',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Meldingen van mijn teams, zonder team (teammanager) of door mij geregistreerd',
        querystring: IntakeListQuery,
        response: { 200: z.array(IntakeSummary) },
      },
    },
    (request) => listIntakes(deps, contextOf(request), request.query),
  );
  api.get(
    '/api/intakes/matches',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Dubbelcheck: bestaande personen met hun open zaken en meldingen',
        querystring: IntakeMatchesQuery,
        response: { 200: z.array(IntakeMatch) },
      },
    },
    (request) => intakeMatches(deps, contextOf(request), request.query),
  );
  api.get(
    '/api/intakes/:id',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Een melding',
        params: IdParams,
        response: { 200: IntakeDetail },
      },
    },
    async (request, reply) => {
      const intake = await getIntake(deps, contextOf(request), request.params.id);
      return reply.header('etag', etagOf(intake.version)).send(intake);
    },
  );
  api.post(
    '/api/intakes/:id/route',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Melding routeren of de adresregel overrulen, met reden (teammanager)',
        params: IdParams,
        body: RouteIntakeRequest,
        response: { 200: IntakeDetail },
      },
    },
    async (request, reply) => {
      const intake = await routeIntake(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(intake.version)).send(intake);
    },
  );
  api.post(
    '/api/intakes/:id/clarification',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Vraagverheldering: de vraag achter de vraag en zelfredzaamheidsscores',
        params: IdParams,
        body: ClarifyIntakeRequest,
        response: { 200: IntakeDetail },
      },
    },
    async (request, reply) => {
      const intake = await clarifyIntake(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(intake.version)).send(intake);
    },
  );
  api.post(
    '/api/intakes/:id/outcome',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Uitkomst: advies, doorverwijzing en/of zaken in één stap',
        params: IdParams,
        body: IntakeOutcomeRequest,
        response: { 200: IntakeDetail },
      },
    },
    async (request, reply) => {
      const intake = await recordOutcome(
        deps,
        contextOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      return reply.header('etag', etagOf(intake.version)).send(intake);
    },
  );
  api.get(
    '/api/persons/:id/scores',
    {
      schema: {
        tags: ['voordeur'],
        summary: 'Zelfredzaamheidsscores door de tijd, per leefgebied',
        params: IdParams,
        response: { 200: ScoreHistory },
      },
    },
    (request) => scoreHistory(deps, contextOf(request), request.params.id),
  );
}
