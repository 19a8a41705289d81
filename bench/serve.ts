import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import type { Database } from '../src/server/platform/db/client';

/** Starts the app on a free port and logs in as the demo consultant: what every benchmark needs first. */
export async function serveAndLogin(database: Database) {
  const app = await buildApp({
    config: loadConfig({}, { logLevel: 'silent', webDistDir: '/nonexistent' }),
    database,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'consulent', password: 'demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = (await login.json()) as { csrfToken: string; user: { teams: { id: string }[] } };
  return { app, base, cookie, csrfToken: session.csrfToken, teamId: session.user.teams[0]?.id ?? '' };
}
