import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadAgeBands, loadAreaCatalog } from './modules/areas/catalog';
import { areaRoutes } from './modules/areas/routes';
import { authRoutes } from './modules/auth/routes';
import { loadCaseTypeCatalog } from './modules/case-types/catalog';
import { loadProvisionTypes } from './modules/case-types/provision-types';
import { caseTypeRoutes } from './modules/case-types/routes';
import { amsterdamToday } from './modules/cases/context';
import { loadTermCalendar } from './modules/cases/deadlines/decreed-days';
import { caseRoutes } from './modules/cases/routes';
import { wmoJeugdRoutes } from './modules/cases/wmo-jeugd';
import { holidayRoutes } from './modules/holidays/routes';
import { loadStoredDecreedDays } from './modules/holidays/service';
import { householdViewRoutes } from './modules/household-view/routes';
import { householdRoutes } from './modules/households/routes';
import { intakeRoutes } from './modules/intakes/routes';
import { loadMonitorCatalog } from './modules/monitor/catalog';
import { monitorImportRoutes } from './modules/monitor/import/routes';
import { populationsFromCatalog } from './modules/monitor/populations';
import { monitorRoutes } from './modules/monitor/routes';
import { networkRoutes } from './modules/network/routes';
import { personRoutes } from './modules/persons/routes';
import { planRoutes } from './modules/plans/routes';
import { portfolioRoutes } from './modules/portfolio/routes';
import { privacyRoutes } from './modules/privacy/routes';
import { loadSignalConfig } from './modules/signals/config';
import { signalRoutes } from './modules/signals/routes';
import { teamRoutes } from './modules/teams/routes';
import { userRoutes } from './modules/users/routes';
import { workQueueRoutes } from './modules/work-queue/routes';
import { ReadAuditRecorder } from './platform/audit/service';
import { registerSessionHandling } from './platform/auth/http';
import type { Config } from './platform/config';
import type { Database } from './platform/db/client';
import { validateConfig } from './platform/disclosure';
import { registerErrorHandling } from './platform/errors';
import { loggerOptions } from './platform/logger';
import { projectRoot } from './platform/paths';

export interface AppDependencies {
  config: Config;
  database: Database;
  /** Where logs go (stdout when absent); tests capture them to prove no person data leaks. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole application without listening, so tests drive it with inject(). */
export async function buildApp({ config, database, logStream }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    genReqId: () => randomUUID(),
    trustProxy: true,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  // External plugins first: the session hook and the routes depend on cookies and rate limits.
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Samenhang API',
        description:
          'Registry, access policy and audit trail of Samenhang. Errors are application/problem+json.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const transactor = database.transactor;
  const readAudit = new ReadAuditRecorder(transactor);
  registerSessionHandling(app, transactor);

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['systeem'],
        response: {
          200: z.object({ status: z.literal('ok') }),
          503: z.object({ status: z.literal('unavailable') }),
        },
      },
    },
    async (_request, reply) => {
      const up = await database.ping();
      return up ? { status: 'ok' as const } : reply.code(503).send({ status: 'unavailable' as const });
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  authRoutes(app, { transactor, config });
  personRoutes(app, { transactor, readAudit });
  privacyRoutes(app, { transactor, readAudit, config });
  householdRoutes(app, { transactor, readAudit });
  planRoutes(app, { transactor, readAudit });
  areaRoutes(app, { transactor });
  teamRoutes(app, { transactor });
  userRoutes(app, { transactor });
  // Validated at every start: a broken catalog stops the server with file, field and problem.
  const caseTypes = loadCaseTypeCatalog();
  // Checked against every decision type of the case-type catalog, once, at start-up.
  const provisionTypes = loadProvisionTypes(caseTypes);
  caseTypeRoutes(app, { caseTypes, provisionTypes });
  const calendar = loadTermCalendar();
  await loadStoredDecreedDays(transactor, calendar);
  holidayRoutes(app, { transactor, calendar });
  const caseDeps = {
    transactor,
    readAudit,
    caseTypes,
    calendar,
    today: amsterdamToday,
    documentsDir: path.join(config.dataDir, 'documents'),
  };
  caseRoutes(app, caseDeps);
  wmoJeugdRoutes(app, caseDeps);
  workQueueRoutes(app, caseDeps);
  intakeRoutes(app, caseDeps);
  // One household view: network and regisseur, the overview across domains, computed signals.
  networkRoutes(app, caseDeps);
  householdViewRoutes(app, caseDeps);
  signalRoutes(app, {
    ...caseDeps,
    signalConfig: loadSignalConfig(),
    provisionTypes,
  });

  // The Monitor: indicators as catalog data, checked against the provision types at start.
  monitorRoutes(app, {
    transactor,
    catalog: loadMonitorCatalog(provisionTypes),
    catalogPopulations: populationsFromCatalog(loadAreaCatalog(), loadAgeBands()),
    today: amsterdamToday,
    // A rule that would round shown counts to 0 stops start-up rather than the first request.
    disclosure: validateConfig({
      threshold: config.disclosureThreshold,
      roundingBase: config.disclosureRoundingBase,
    }),
  });
  monitorImportRoutes(app, { transactor });
  // The Toekomstagenda portfolio: no person data, roles only (procesmanager edits).
  portfolioRoutes(app, { transactor, today: amsterdamToday });

  await registerWebApp(app, config);
  return app;
}

/** Serves the built single-page app, with index.html for client-side routes. */
async function registerWebApp(app: FastifyInstance, config: Config) {
  const root = path.resolve(projectRoot, config.webDistDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const file = path.join(root, request.url.split('?')[0] ?? '/');
    if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(root, file));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
