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
import type { RequestContext } from '../../platform/access/actor';
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
  /** A step on one intake: validated body, the version the client saw (If-Match), a new ETag back. */
  function step<Body extends z.ZodType>(
    action: string,
    summary: string,
    body: Body,
    run: (ctx: RequestContext, id: string, version: number, input: z.output<Body>) => Promise<IntakeDetail>,
  ) {
    app
      .withTypeProvider<ZodTypeProvider>()
      .post(
        `/api/intakes/:id/${action}`,
        { schema: { tags: ['voordeur'], summary, params: IdParams, body, response: { 200: IntakeDetail } } },
        async (request, reply) => {
          const intake = await run(
            contextOf(request),
            request.params.id,
            expectedVersion(request),
            // Validated against `body` by the type provider; its generic type does not narrow here.
            request.body as z.output<Body>,
          );
          return reply.header('etag', etagOf(intake.version)).send(intake);
        },
      );
  }
  step(
    'route',
    'Melding routeren of de adresregel overrulen, met reden (teammanager)',
    RouteIntakeRequest,
    (ctx, id, version, input) => routeIntake(deps, ctx, id, version, input),
  );
  step(
    'clarification',
    'Vraagverheldering: de vraag achter de vraag en zelfredzaamheidsscores',
    ClarifyIntakeRequest,
    (ctx, id, version, input) => clarifyIntake(deps, ctx, id, version, input),
  );
  step(
    'outcome',
    'Uitkomst: advies, doorverwijzing en/of zaken in één stap',
    IntakeOutcomeRequest,
    (ctx, id, version, input) => recordOutcome(deps, ctx, id, version, input),
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
