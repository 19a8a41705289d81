import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/platform/config';
import type { Database } from '../../src/server/platform/db/client';
import { createTestDatabase } from './database';
import { factories, TEST_PASSWORD } from './factories';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  make: ReturnType<typeof factories>;
  login(username: string, password?: string): Promise<Session>;
  /** A request as a logged-in user: cookie and CSRF header set. */
  as(
    session: Session,
    request: {
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
      url: string;
      payload?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(options: { logStream?: NodeJS.WritableStream } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig(
    {},
    {
      logLevel: options.logStream ? 'info' : 'silent',
      webDistDir: '/nonexistent',
      // Documents uploaded in tests land in a temporary folder, not in the repository's ./data.
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-test-')),
    },
  );
  const app = await buildApp({
    config,
    database,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  return {
    app,
    database,
    make: factories(database.transactor),
    async login(username, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'samenhang_session');
      if (!cookie) throw new Error('no session cookie');
      return { cookie: `${cookie.name}=${cookie.value}`, csrfToken: response.json().csrfToken };
    },
    as(session, request) {
      return app.inject({
        method: request.method,
        url: request.url,
        ...(request.payload === undefined ? {} : { payload: request.payload as Record<string, unknown> }),
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...request.headers },
      });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
