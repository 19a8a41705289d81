import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserJourney, expectNoAxeViolations } from './harness';

const journey = browserJourney();
let page: Page;
beforeAll(() => {
  page = journey.page;
});
const login = journey.login;

describe('one front door and one plan for the household', () => {
  it("turns a neighbour's melding into an intake, a clarified question, a Wmo case with a keukentafelgesprek and a plan, and shows it all on the household", async () => {
    await login('consulent');
    await page.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByRole('table').or(page.getByText('Geen meldingen.')).first().waitFor();
    await expectNoAxeViolations(page, 'intake list');

    // The duplicate check first: Jean Dubóis is known, with whatever is open for him.
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Naam van de persoon').fill('jean dubois');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const choose = page.getByRole('button', { name: 'Melding voor J. Dubóis' }).first();
    await choose.waitFor();
    await expectNoAxeViolations(page, 'duplicate check');
    await choose.click();

    await page.getByLabel('Hoe kwam de melding binnen?').selectOption('buren-netwerk');
    await page.getByLabel(/^Gemeld door/).fill('buurvrouw');
    await page
      .getByLabel('De melding in de woorden van de inwoner of melder')
      .fill('Meneer komt de deur niet meer uit sinds hij is gevallen, en de post stapelt zich op.');
    await expectNoAxeViolations(page, 'new intake');
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Melding over J. Dubóis' }).waitFor();
    // Routed by address, with the rule shown.
    await page.getByText('Regel: wijk Wijk 00 Centrum → Gebiedsteam Maastricht Centrum').waitFor();
    await expectNoAxeViolations(page, 'intake page');

    await page
      .getByLabel('De vraag achter de vraag')
      .fill('Na de val durft meneer niet meer alleen naar buiten; het netwerk is klein.');
    const scores = page.getByRole('group', { name: 'Zelfredzaamheid van J. Dubóis' });
    await scores.getByLabel('Sociaal netwerk').selectOption('2');
    await scores.getByLabel('Lichamelijke gezondheid').selectOption('2');
    await page.getByRole('button', { name: 'Vraagverheldering vastleggen' }).click();
    await page.getByText('De vraagverheldering is vastgelegd.').waitFor();

    await page.getByRole('button', { name: 'Doorverwijzing toevoegen' }).click();
    await page
      .getByRole('group', { name: 'Doorverwijzing 1' })
      .getByLabel('Organisatie of algemene voorziening')
      .fill('Trajekt (welzijnswerk)');
    await page.getByLabel('Wmo-melding: onderzoek naar de hulpvraag').check();
    await page.getByRole('button', { name: 'Uitkomst vastleggen en melding afronden' }).click();
    const cases = page.getByRole('table', { name: 'Zaken geopend vanuit deze melding' });
    await cases.waitFor();
    const caseLink = cases.getByRole('link', { name: /SZMH-/ });
    const caseNumber = (await caseLink.textContent()) ?? '';
    expect(caseNumber).toMatch(/^SZMH-\d{4}-\d{7}$/);
    await expectNoAxeViolations(page, 'intake with outcome');

    // The Wmo onderzoek: a keukentafelgesprek is planned on the melding case.
    await caseLink.click();
    await page
      .getByRole('heading', { level: 1, name: /Wmo-melding: onderzoek naar de hulpvraag SZMH-/ })
      .waitFor();
    await page.getByText('Regisseur (vast aanspreekpunt):', { exact: false }).waitFor();
    const conversation = page.getByRole('region', { name: 'Keukentafelgesprek' });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await conversation.getByLabel('Datum', { exact: true }).fill(inAWeek);
    await conversation.getByLabel('Tijd', { exact: true }).fill('10:30');
    await conversation.getByLabel('Plaats').fill('Bij meneer thuis, Boschstraat 12');
    await conversation.getByRole('button', { name: 'Gesprek plannen' }).click();
    await conversation.getByText('Het gesprek is gepland.').waitFor();
    await conversation.getByRole('table', { name: 'Keukentafelgesprekken van deze zaak' }).waitFor();
    await expectNoAxeViolations(page, 'keukentafelgesprek planned');
    await page.getByRole('main').getByRole('link', { name: 'J. Dubóis' }).click();
    await page.getByRole('heading', { level: 1, name: 'J. Dubóis' }).waitFor();

    // One plan for the household, with two goals and what was weighed before tailored care.
    await page.getByRole('region', { name: 'Zelfredzaamheid door de tijd' }).getByRole('table').waitFor();
    await page.getByRole('link', { name: 'Huishouden Jansen-Dubóis' }).click();
    await page.getByRole('link', { name: 'Plan van het huishouden' }).click();
    await page.getByRole('button', { name: 'Eerste versie schrijven' }).click();
    for (const [n, domain, text] of [
      [1, 'sociaal-netwerk', 'Wekelijks contact met anderen buiten de deur'],
      [2, 'lichamelijke-gezondheid', 'Veilig bewegen in en om huis'],
    ] as const) {
      await page.getByRole('button', { name: 'Doel toevoegen' }).click();
      const goal = page.getByRole('group', { name: `Doel ${n}` });
      await goal.getByLabel('Leefgebied').selectOption(domain);
      await goal.getByLabel('Wat wil het huishouden bereiken?').fill(text);
      await goal.getByLabel('Wie is eigenaar van het doel?').selectOption('burger');
    }
    await page.getByRole('button', { name: 'Afweging toevoegen' }).click();
    const weighed = page.getByRole('group', { name: 'Afweging 1' });
    await weighed.getByLabel('Wat is overwogen?').selectOption('netwerk');
    await weighed
      .getByLabel('Welke voorziening of hulp precies?')
      .fill('Buurvrouw gaat twee keer per week mee naar buiten');
    await weighed.getByLabel('Uitkomst').selectOption('niet-toereikend');
    await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    await page.getByText('Versie 1 van het plan is vastgelegd.').waitFor();
    await expectNoAxeViolations(page, 'household plan with two goals');

    // The aanvraag is decided: begeleiding granted, now that the plan records what was weighed.
    await page.getByRole('link', { name: 'Terug naar het huishouden' }).click();
    await page.getByRole('link', { name: 'J. Dubóis' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'J. Dubóis' }).waitFor();
    await page.getByLabel('Zaaktype').selectOption('WMO-AANVRAAG');
    await page.getByRole('button', { name: 'Zaak aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: /Wmo-aanvraag maatwerkvoorziening SZMH-/ }).waitFor();
    await page.getByLabel('Besluittype').selectOption('WMO-BESCHIKKING');
    await page.getByLabel('Voorziening (optioneel)').selectOption('WMO-BEGELEIDING');
    await page.getByLabel('Omvang in uren per week (optioneel)').fill('4');
    await expectNoAxeViolations(page, 'decision with provision period and volume');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(/Begeleiding individueel vanaf .+, 4 uren per week/).waitFor();

    // The household view shows it all: members, both cases, the running provision and the scores.
    await page.getByRole('main').getByRole('link', { name: 'J. Dubóis' }).click();
    await page.getByRole('heading', { level: 1, name: 'J. Dubóis' }).waitFor();
    await page.getByRole('link', { name: 'Huishouden Jansen-Dubóis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huishouden Jansen-Dubóis' }).waitFor();
    const householdCases = page.getByRole('table', { name: /Open en afgesloten zaken/ });
    await householdCases.getByRole('link', { name: caseNumber }).waitFor();
    await page
      .getByRole('table', { name: /Voorzieningen die nu lopen/ })
      .getByText(/Begeleiding|WMO-BEGELEIDING/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'household view');
  });

  it("lets a team manager see meldingen without a team and the team's signals, and policy the beschermd-wonen flow — all accessible", async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await login('teammanager');
    await page.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
    await page.getByLabel('Toon').selectOption('ongerouteerd');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.getByRole('table').or(page.getByText('Geen meldingen.')).first().waitFor();
    await expectNoAxeViolations(page, 'meldingen without a team');
    await page.getByRole('navigation').getByRole('link', { name: 'Signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await page
      .getByRole('table')
      .or(page.getByText(/geen signalen/i))
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'team signals');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await login('beleid');
    await page.getByRole('navigation').getByRole('link', { name: 'Beschermd wonen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beschermd wonen per maand' }).waitFor();
    await page.getByRole('table').first().waitFor();
    await expectNoAxeViolations(page, 'beschermd wonen per month');
  });

  it('registers a new person on the spot without BSN, keeps the melding without a team until a team manager routes it', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await login('consulent');
    await page.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Naam van de persoon').fill('Zoë Nieuwkomer');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Niemand gevonden die hierop lijkt.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe persoon registreren' }).click();
    await page.getByLabel('Voornamen').fill('Zoë');
    await page.getByLabel('Achternaam').fill('Nieuwkomer');
    await page.getByRole('button', { name: 'Registreren' }).click();
    // Straight on to the melding for her; without an address no team serves her yet.
    await page.getByRole('heading', { level: 2, name: 'Melding voor Z. Nieuwkomer' }).waitFor();
    await page.getByLabel('Hoe kwam de melding binnen?').selectOption('telefoon');
    await page
      .getByLabel('De melding in de woorden van de inwoner of melder')
      .fill('Ik ben net verhuisd, heb nog geen adres en slaap bij een vriendin op de bank.');
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Melding over Z. Nieuwkomer' }).waitFor();
    await page.getByText(/Er is geen gebiedsteam voor het adres gevonden/).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await login('teammanager');
    await page.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
    await page.getByLabel('Toon').selectOption('ongerouteerd');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.getByRole('link', { name: 'Z. Nieuwkomer' }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Gebiedsteam Maastricht Centrum' });
    await page.getByLabel('Reden').fill('Slaapt in het centrum; wij pakken dit op');
    await page.getByRole('button', { name: 'Routeren' }).click();
    await page
      .getByText('Afwijkend gerouteerd door de teammanager: Slaapt in het centrum; wij pakken dit op')
      .waitFor();
    await expectNoAxeViolations(page, 'melding routed by the team manager');
  });
});
