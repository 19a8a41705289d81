import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequest, SessionResponse } from '../../../shared/api/auth';
import { assertSameOrigin, clearSessionCookie, contextOf, setSessionCookie } from '../../platform/auth/http';
import type { Config } from '../../platform/config';
import type { Transactor } from '../../platform/db/transactor';
import { login, logout } from './service';

export function authRoutes(app: FastifyInstance, deps: { transactor: Transactor; config: Config }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
      schema: { tags: ['auth'], summary: 'Inloggen', body: LoginRequest, response: { 200: SessionResponse } },
    },
    async (request, reply) => {
      assertSameOrigin(request, deps.config.publicOrigin);
      const session = await login(deps.transactor, request.body, deps.config.sessionHours);
      setSessionCookie(reply, session.token, session.expiresAt, deps.config.secureCookies);
      return { user: presentUser(session.actor, session.teams), csrfToken: session.csrfToken };
    },
  );

  api.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Huidige gebruiker', response: { 200: SessionResponse } } },
    async (request) => {
      const { actor } = contextOf(request);
      return { user: presentUser(actor, request.teams), csrfToken: request.csrfToken ?? '' };
    },
  );

  api.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Uitloggen', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionToken) await logout(deps.transactor, request.sessionToken);
      clearSessionCookie(reply, deps.config.secureCookies);
      return reply.code(204).send(null);
    },
  );
}

function presentUser(
  actor: { id: string; username: string; displayName: string; roles: readonly string[] },
  teams: { id: string; code: string; name: string }[],
) {
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    roles: [...actor.roles] as SessionResponse['user']['roles'],
    teams,
  };
}
