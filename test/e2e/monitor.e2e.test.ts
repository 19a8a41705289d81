import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserJourney, expectNoAxeViolations } from './harness';

const journey = browserJourney();
let page: Page;
beforeAll(() => {
  page = journey.page;
});

describe('the Monitor Toekomstagenda', () => {
  it('opens on the region, drills down to a wijk, exports the gemeente report and shows the samenloop', async () => {
    await journey.login('beleid');
    await page.getByRole('navigation').getByRole('link', { name: 'Monitor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitor Toekomstagenda' }).waitFor();
    // The demo's newest published peilmoment is 2026-H1, and the page says so.
    await page.getByText(/Peilmoment 30 juni 2026, versie 1, gepubliceerd op/).waitFor();
    const gemeenten = page.getByRole('table', { name: /gemeenten in Regio Maastricht-Heuvelland/ });
    await gemeenten.waitFor();
    await expectNoAxeViolations(page, 'monitor region');

    await gemeenten.getByRole('link', { name: 'Maastricht' }).click();
    const wijken = page.getByRole('table', { name: /wijken van Maastricht/ });
    await wijken.waitFor();
    // Boundaries are part of the demo: the map is drawn beside the table.
    await page.getByRole('img', { name: /Kaart van Maastricht/ }).waitFor();
    await expectNoAxeViolations(page, 'monitor gemeente');

    await wijken.getByRole('link', { name: 'Wijk 00 Centrum' }).click();
    await page.getByRole('heading', { name: 'Cijfers voor Wijk 00 Centrum' }).waitFor();
    await expectNoAxeViolations(page, 'monitor wijk');

    const pdfLink = page.getByRole('link', { name: 'Raadsrapportage Maastricht (PDF)' });
    const href = await pdfLink.getAttribute('href');
    expect(href).toMatch(/\/api\/monitor\/report\/GM0935\.pdf\?snapshot=/);
    const pdf = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsxHref = await page
      .getByRole('link', { name: 'Tabellen Maastricht (Excel)' })
      .getAttribute('href');
    const xlsx = await page.request.get(new URL(xlsxHref ?? '', page.url()).toString());
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('link', { name: 'Samenloop' }).click();
    await page.getByRole('table', { name: /Samenloop naar personen/ }).waitFor();
    await expectNoAxeViolations(page, 'monitor samenloop');

    await page.getByRole('link', { name: 'Peilmomenten en imports' }).click();
    await page
      .getByRole('table', { name: 'Berekende en gepubliceerde peilmomenten, nieuwste eerst' })
      .waitFor();
    await expectNoAxeViolations(page, 'monitor beheer');
  });
});
