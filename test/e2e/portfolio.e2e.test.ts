import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserJourney, expectNoAxeViolations } from './harness';

const journey = browserJourney();
let page: Page;
beforeAll(() => {
  page = journey.page;
});

/** The number of projects in a phase, as the overview's phase table shows it. */
async function projectsInPhase(phase: string): Promise<number> {
  const table = page.getByRole('table', { name: 'Aantal projecten per fase' });
  await table.waitFor();
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: phase, exact: true }) });
  const text = (await row.getByRole('cell').last().textContent()) ?? '';
  return Number(text.replace(/\D/g, '') || '0');
}

describe('the Toekomstagenda portfolio', () => {
  it('opens the matrix, changes a project’s phase, shows it in the history and the totals', async () => {
    await journey.login('procesmanager');
    await page.getByRole('navigation').getByRole('link', { name: 'Toekomstagenda' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Toekomstagenda' }).waitFor();
    const projectLink = page.getByRole('link', { name: 'Overgang 18- naar 18+' });
    await projectLink.waitFor();
    await expectNoAxeViolations(page, 'portfolio matrix');
    const before = await projectsInPhase('Implementatie');

    await projectLink.click();
    await page.getByRole('heading', { level: 1, name: /Overgang 18- naar 18\+/ }).waitFor();
    await expectNoAxeViolations(page, 'portfolio project');
    await page.getByLabel('Nieuwe fase').selectOption('Implementatie');
    await page
      .getByLabel('Reden', { exact: true })
      .fill('Pilot afgerond; de werkwijze wordt in de zes gemeenten ingevoerd.');
    await page.getByRole('button', { name: 'Fase wijzigen' }).click();
    await page.getByText('De fase is gewijzigd in Implementatie.').waitFor();
    const history = page.getByRole('table', { name: 'Geschiedenis' });
    await history.getByRole('cell', { name: /Pilot afgerond/ }).waitFor();
    await expect(history.getByRole('row').last().textContent()).resolves.toContain('Implementatie');

    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toekomstagenda' }).waitFor();
    await expect.poll(() => projectsInPhase('Implementatie')).toBe(before + 1);

    // Bijlage 1 as the source printed it: every computed total equals the source's.
    await page.getByLabel('Bijlage 1 (projecten 2016–2017)').check();
    await page.getByText('gelijk aan de bron').first().waitFor();
    await expect(page.getByText(/bron: .*, verschil:/).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'portfolio bijlage 1');

    // Bijlage 2: "Eigen kracht" split 150/150 over its two projectleiders (Vaals, Eijsden-Margraten).
    await page
      .getByRole('navigation', { name: 'Onderdelen van de Toekomstagenda' })
      .getByRole('link', { name: 'Capaciteit' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Capaciteit' }).waitFor();
    const change = page.getByRole('button', { name: 'Invulling wijzigen Eigen kracht', exact: true });
    await change.click();
    const form = page.getByRole('region', { name: 'Invulling wijzigen: Eigen kracht' });
    await form.getByLabel('Uren per jaar (invuller 1)').fill('150');
    await form.getByLabel('Uren per jaar (invuller 2)').fill('150');
    await form.getByText('Verdeeld over de invullers: 300 van de 300 uur.').waitFor();
    await expect(change.getAttribute('aria-expanded')).resolves.toBe('true');
    await expectNoAxeViolations(page, 'portfolio capacity form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De invulling van Eigen kracht is opgeslagen.').waitFor();
    const lines = page.getByRole('table', { name: 'Doorlopende projecten' });
    await expect.poll(() => lines.getByRole('cell', { name: '150 uur', exact: true }).count()).toBe(2);
    const perGemeente = page.getByRole('table', { name: 'Aantal invullingen en uren per gemeente' });
    for (const gemeente of ['Vaals', 'Eijsden-Margraten']) {
      const row = perGemeente
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: gemeente, exact: true }) });
      await expect.poll(() => row.getByRole('cell').last().textContent()).toBe('150');
    }
  });

  it('shows capacity, timeline, risks, annual plan, EVI, decisions and finance — all accessible', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByLabel('Gebruikersnaam').waitFor();
    await journey.login('beleid');
    await page.goto(new URL('/toekomstagenda', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: 'Toekomstagenda' }).waitFor();
    for (const [link, heading] of [
      ['Capaciteit', 'Capaciteit'],
      ['Tijdlijn', 'Tijdlijn'],
      ["Risico's", "Risico's"],
      ['Jaarplan', /Jaarplan/],
      ['EVI-panels', 'EVI-panels'],
      ['Besluiten', 'Besluiten'],
      ['Financiën', 'Financiën'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'Onderdelen van de Toekomstagenda' })
        .getByRole('link', { name: link })
        .click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('table').first().waitFor();
      await expectNoAxeViolations(page, `portfolio ${link}`);
    }
    // Financiën: the formation is computed from its mutations and shows the source's differences.
    await page
      .getByText(/344,55/)
      .first()
      .waitFor();
    await page
      .getByText(/verschil/)
      .first()
      .waitFor();
    const href = await page.getByRole('link', { name: 'Download Excel' }).getAttribute('href');
    const xlsx = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    // beleid reads, but does not edit.
    await expect(page.getByRole('link', { name: 'Nieuw voorstel' }).count()).resolves.toBe(0);
  });
});
