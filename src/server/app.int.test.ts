import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/database';
import { buildApp } from './app';
import { loadConfig } from './platform/config';
import type { Database } from './platform/db/client';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const config = loadConfig({}, { logLevel: 'silent', webDistDir: '/nonexistent' });

describe('the application shell', () => {
  it('answers 503 on /health while the database does not answer', async () => {
    const app = await buildApp({ config, database: { ...database, ping: async () => false } });
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
    await app.close();
  });

  it('hides the internals of a server fault behind a Dutch 500 problem', async () => {
    const app = await buildApp({ config, database });
    app.get('/api/test-fault', { config: { public: true } }, async () => {
      throw new Error('secret internal detail: relation "x" does not exist');
    });
    const response = await app.inject({ method: 'GET', url: '/api/test-fault' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toContain('secret internal detail');
    expect(response.json().title).toBe('Er ging iets mis');
    await app.close();
  });

  it('publishes the OpenAPI document with the registry routes', async () => {
    const app = await buildApp({ config, database });
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/persons', '/api/persons/{id}', '/api/households/{id}', '/api/areas']),
    );
    expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
    await app.close();
  });

  it('lists the published case types to logged-in users only', async () => {
    const app = await buildApp({ config, database });
    expect((await app.inject({ method: 'GET', url: '/api/case-types' })).statusCode).toBe(401);
    await app.close();
  });

  it('rejects a malformed JSON body with a 400 problem', async () => {
    const app = await buildApp({ config, database });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    await app.close();
  });
});
