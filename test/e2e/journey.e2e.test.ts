import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserJourney, expectNoAxeViolations } from './harness';

const journey = browserJourney();
let page: Page;
beforeAll(() => {
  page = journey.page;
});
const login = journey.login;

/** Loads every page of the work queue (the demo data fills it with older, more urgent cases). */
async function showAllOfQueue() {
  await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
  await page.getByRole('table').or(page.getByText('Geen open zaken.')).first().waitFor();
  for (let i = 0; i < 40; i++) {
    const more = page.getByRole('button', { name: 'Volgende zaken' });
    if ((await more.count()) === 0) return;
    const rows = await page.getByRole('row').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('tr').length > before, rows);
  }
}

async function logout() {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

describe('a consultant finds a person and sees themself in the access history', () => {
  it('logs in, searches a misspelled name, opens the person and reads the access log', async () => {
    await page.goto(`${journey.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expectNoAxeViolations(page, 'login');

    await login('consulent');
    await expectNoAxeViolations(page, 'start page');

    await page.getByRole('navigation').getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen zoeken' }).waitFor();
    await page.getByLabel('Naam').fill('Janssen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    // Ranked by match: "Janssen" puts the Janssens and Jansens before look-alikes such as Franssen.
    const result = page.getByRole('table').getByRole('link').first();
    await result.waitFor();
    expect(await result.textContent()).toMatch(/ Jans{1,2}en$/);
    await expectNoAxeViolations(page, 'search results');

    await page.getByLabel('Naam').fill('jean dubois');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('table').getByRole('link', { name: 'J. Dubóis' }).first().waitFor();
    // "maria janssen" is misspelled: the demo's Maria Jansen of Maastricht Centrum lives at Boschstraat 12.
    await page.getByLabel('Naam').fill('maria janssen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Boschstraat 12' })
      .getByRole('link', { name: 'M. Jansen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'M. Jansen' }).waitFor();
    const history = page.getByRole('region', { name: 'Wie heeft deze gegevens bekeken' });
    await history
      .getByRole('cell', { name: /Carla Consulent/ })
      .first()
      .waitFor();
    expect(await history.getByRole('cell', { name: 'Dossier bekeken' }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'person page');

    await page.getByRole('link', { name: 'Huishouden Jansen-Dubóis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huishouden Jansen-Dubóis' }).waitFor();
    const members = page.getByRole('table', { name: 'Leden van het huishouden' });
    await members.waitFor();
    expect(await members.getByRole('row').count()).toBe(3);
    await expectNoAxeViolations(page, 'household page');
    await logout();
  });

  it('works by keyboard only: tab to the fields, type, press Enter', async () => {
    await page.goto(`${journey.baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.keyboard.press('Tab'); // skip link
    const tabbedTo = async () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent,
      );
    for (let i = 0; i < 6 && (await tabbedTo()) !== 'username'; i++) await page.keyboard.press('Tab');
    expect(await tabbedTo()).toBe('username');
    await page.keyboard.type('consulent');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
    await logout();
  });
});

describe('a consultant handles a case from intake to closing', () => {
  it('opens a case from the person, suspends, resumes, decides, closes, and sees it leave the queue', async () => {
    await login('consulent');
    await page.getByRole('navigation').getByRole('link', { name: 'Personen' }).click();
    await page.getByLabel('Naam').fill('maria janssen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Boschstraat 12' })
      .getByRole('link', { name: 'M. Jansen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'M. Jansen' }).waitFor();

    // A Wmo provision is decided only after the household plan records what was considered first.
    await page.getByRole('link', { name: 'Huishouden Jansen-Dubóis' }).click();
    await page.getByRole('link', { name: 'Plan van het huishouden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan van Huishouden Jansen-Dubóis' }).waitFor();
    await page.getByRole('button', { name: 'Eerste versie schrijven' }).click();
    await page.getByRole('button', { name: 'Afweging toevoegen' }).click();
    const afweging = page.getByRole('group', { name: 'Afweging 1' });
    await afweging.getByLabel('Wat is overwogen?').selectOption('algemene-voorziening');
    await afweging
      .getByLabel('Welke voorziening of hulp precies?')
      .fill('Was- en strijkservice van het buurtcentrum');
    await afweging.getByLabel('Uitkomst').selectOption('niet-toereikend');
    await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    await page.getByText('Versie 1 van het plan is vastgelegd.').waitFor();
    await expectNoAxeViolations(page, 'household plan');
    await page.getByRole('link', { name: 'Terug naar het huishouden' }).click();
    await page.getByRole('link', { name: 'M. Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: 'M. Jansen' }).waitFor();

    await page.getByLabel('Zaaktype').selectOption('WMO-AANVRAAG');
    await page.getByRole('button', { name: 'Zaak aanmaken' }).click();
    const title = page.getByRole('heading', { level: 1, name: /Wmo-aanvraag maatwerkvoorziening SZMH-/ });
    await title.waitFor();
    const caseNumber = ((await title.textContent()) ?? '').match(/SZMH-\d{4}-\d{7}/)?.[0] ?? '';
    expect(caseNumber).not.toBe('');
    await expectNoAxeViolations(page, 'case page');

    await page.getByLabel('Reden van de opschorting').fill('Wachten op medisch advies');
    await page.getByRole('button', { name: 'Opschorten' }).click();
    await page.getByRole('button', { name: 'Hervatten' }).waitFor();
    await page.getByRole('button', { name: 'Hervatten' }).click();
    await page.getByRole('button', { name: 'Opschorten' }).waitFor();

    await page.getByLabel('Nieuwe notitie').fill('Keukentafelgesprek gevoerd met mevrouw en haar partner');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByText(/Keukentafelgesprek gevoerd/).waitFor();

    await page.getByLabel(/^Bestand/).setInputFiles({
      name: 'advies-ergotherapeut.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.getByRole('link', { name: 'advies-ergotherapeut.pdf' }).waitFor();

    await page.getByLabel('Besluittype').selectOption('WMO-BESCHIKKING');
    await page.getByLabel('Voorziening (optioneel)').selectOption('WMO-HULP-HUISHOUDEN');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(/Hulp bij het huishouden vanaf/).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Werkvoorraad' }).click();
    await showAllOfQueue();
    await page.getByRole('link', { name: caseNumber }).waitFor();
    await expectNoAxeViolations(page, 'work queue');
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByLabel('Resultaat').selectOption('toegekend');
    await page.getByRole('button', { name: 'Zaak afsluiten' }).click();
    await page.getByText(/Afgesloten .*Toegekend/).waitFor();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    for (const event of ['Zaak aangemaakt', 'Opgeschort', 'Hervat', 'Besluit vastgelegd', 'Afgesloten']) {
      expect(await timeline.getByRole('rowheader', { name: event }).count()).toBeGreaterThan(0);
    }

    await page.getByRole('navigation').getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await page.getByRole('table').or(page.getByText('Geen open zaken.')).first().waitFor();
    await showAllOfQueue();
    await page.getByRole('link', { name: caseNumber }).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.getByRole('link', { name: caseNumber }).count()).toBe(0);
    await logout();
  });
});

describe('other roles', () => {
  it('functioneel beheer sees teams and users, policy sees areas, privacy sees reviews — all accessible', async () => {
    await login('beheer');
    await page.getByRole('navigation').getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('cell', { name: 'GT-MAA-CENTRUM' }).waitFor();
    await expectNoAxeViolations(page, 'teams admin');
    await page.getByRole('navigation').getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('rowheader', { name: 'consulent', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'users admin');
    await page.getByRole('navigation').getByRole('link', { name: 'Zaaktypen' }).click();
    await page.getByRole('rowheader', { name: /Bezwaar \(BEZWAAR, v1\)/ }).waitFor();
    await expectNoAxeViolations(page, 'case-type catalog');
    await page.getByRole('navigation').getByRole('link', { name: 'Feestdagen' }).click();
    await page.getByRole('rowheader', { name: '27 mei 2022' }).waitFor();
    await page.getByLabel('Datum').fill('2030-05-31');
    await page.getByLabel('Naam van de dag').fill('Vrijdag na Hemelvaartsdag');
    await page.getByLabel('Besluit', { exact: true }).fill('Besluit gelijkstelling dagen 2030');
    await page.getByRole('button', { name: 'Dag toevoegen' }).click();
    await page.getByRole('rowheader', { name: '31 mei 2030' }).waitFor();
    await expectNoAxeViolations(page, 'decreed days');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Personen' }).count()).toBe(0);
    await logout();

    await login('teammanager');
    await page.getByRole('navigation').getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.getByLabel('Behandelaar', { exact: true }).selectOption('nobody');
    await page.getByRole('button', { name: 'Filteren' }).click();
    const firstCase = page.getByRole('checkbox', { name: /Selecteer zaak SZMH-/ }).first();
    await firstCase.waitFor();
    const caseLabel = (await firstCase.getAttribute('id')) ?? '';
    await firstCase.check();
    await page.getByLabel('Toewijzen aan').selectOption({ label: 'Carla Consulent' });
    await page.getByRole('button', { name: /Toewijzen \(1 zaak geselecteerd\)/ }).click();
    await page.getByRole('status').filter({ hasText: '1 zaak toegewezen aan Carla Consulent.' }).waitFor();
    // Filtered on 'not yet assigned', the case leaves the list once the queue reloads.
    await page.locator(`[id="${caseLabel}"]`).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'work queue with assignment');
    await logout();

    await login('beleid');
    await page.getByRole('rowheader', { name: 'Maastricht' }).waitFor();
    await expectNoAxeViolations(page, 'policy start page');
    await logout();

    await login('privacy');
    await page.getByRole('navigation').getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geforceerde toegang beoordelen' }).waitFor();
    await expectNoAxeViolations(page, 'privacy reviews');
    await logout();
  });
});
