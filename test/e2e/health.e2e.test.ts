import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, type RunningServer, startServer } from './harness';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe('the server as users start it', () => {
  it('answers /health with 200', async () => {
    const response = await fetch(`${server.baseUrl}/health`);
    expect(response.status).toBe(200);
  });

  it('serves the web app in Dutch at /', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<html lang="nl"');
  });

  it('shows the login page in Chromium without WCAG 2.1 AA violations', async () => {
    const browser = await launchBrowser();
    try {
      // axe-core/playwright needs a page of an explicit context.
      const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectNoAxeViolations(page, 'the first page');
    } finally {
      await browser.close();
    }
  });
});
