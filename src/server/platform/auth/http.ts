import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../../modules/auth/service';
import type { Actor, RequestContext } from '../access/actor';
import type { Transactor } from '../db/transactor';
import { AppError } from '../errors';

export const SESSION_COOKIE = 'samenhang_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
    teams: { id: string; code: string; name: string }[];
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health). */
    public?: boolean;
  }
}

/** The request's actor and id, for services; throws 401 when nobody is logged in. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('unauthenticated', 'U bent niet ingelogd.');
  return { actor: request.actor, requestId: request.id };
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

/**
 * Login creates the session, so it cannot carry the session's CSRF token; a browser request to
 * it must come from our own origin instead. Clients without Origin and Referer (scripts) pass.
 */
export function assertSameOrigin(request: FastifyRequest, publicOrigin: string | undefined) {
  const source = request.headers.origin ?? request.headers.referer;
  if (!source) return;
  let origin: string;
  try {
    origin = new URL(source).origin;
  } catch {
    throw new AppError('forbidden', 'Verzoek van een onbekende herkomst geweigerd.');
  }
  const own = publicOrigin ?? `${request.protocol}://${request.headers.host}`;
  if (origin !== new URL(own).origin)
    throw new AppError('forbidden', 'Verzoek van een andere website geweigerd.');
}

/** Resolves the session on every API request and enforces login and CSRF before validation runs. */
export function registerSessionHandling(app: FastifyInstance, transactor: Transactor) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('teams', null as unknown as { id: string; code: string; name: string }[]);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(transactor, token);
      if (session) {
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
        request.sessionToken = token;
        request.teams = session.teams;
      }
    }
    if (request.routeOptions.config?.public) return;
    if (!request.routeOptions.url) return; // unknown route: let the 404 handler answer
    if (!request.actor)
      throw new AppError('unauthenticated', 'U bent niet ingelogd of uw sessie is verlopen.');
    if (STATE_CHANGING.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new AppError(
        'forbidden',
        'Het beveiligingstoken (x-csrf-token) ontbreekt of klopt niet. Laad de pagina opnieuw.',
      );
    }
  });
}
