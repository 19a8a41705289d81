import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import type {
  AnnualPlan,
  CapacityOverview,
  FinanceOverview,
  PortfolioOverview,
  ProjectDetail,
  ProjectSummary,
  RiskRegister,
} from '../../../shared/api/portfolio';
import type { Role } from '../../../shared/roles';
import { auditEntries } from '../../platform/db/schema';
import { loadPortfolioSeed } from './demo/load';
import { loadSeedContent } from './demo/seed-content';

/**
 * The portfolio service on the real seed content (Actieplan 2018–2019, Jaarplan 2018): the
 * source's own totals are the acceptance check for the computed ones.
 */
let t: TestApp;
const sessions = new Map<string, Session>();
const as = (role: Role, request: Parameters<TestApp['as']>[1]) =>
  t.as(sessions.get(role) as Session, request);
const get = async <T>(role: Role, url: string): Promise<T> => {
  const response = await as(role, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const byName = (overview: PortfolioOverview, name: string): ProjectSummary => {
  const project = overview.projects.find((candidate) => candidate.name === name);
  if (!project) throw new Error(`no project ${name}`);
  return project;
};

beforeAll(async () => {
  t = await createTestApp();
  const summary = await loadPortfolioSeed(t.database.transactor, loadSeedContent());
  expect(summary.loaded).toBe(true);
  for (const role of ['beleid', 'bestuur', 'procesmanager', 'consulent'] as const) {
    await t.make.user({ username: role, roles: [role] });
    sessions.set(role, await t.login(role));
  }
});

afterAll(async () => {
  await t.close();
});

describe('the portfolio as Bijlage 1', () => {
  it('is for beleid, bestuur, management and the process manager, not for case work', async () => {
    expect((await as('consulent', { method: 'GET', url: '/api/portfolio/overview' })).statusCode).toBe(403);
    const overview = await get<PortfolioOverview>('bestuur', '/api/portfolio/overview');
    expect(overview.ambition.columns.map((column) => column.key)).toEqual(['KO1', 'KO2', 'D2', 'KO3', 'KO4']);
    expect(overview.ambition.criteria).toHaveLength(4);
  });

  it('computes the totals of 2016–2017 exactly as the source printed them', async () => {
    const overview = await get<PortfolioOverview>('beleid', '/api/portfolio/overview?stand=2017-12-31');
    const stated = (section: string) => {
      const row = overview.totals.find((total) => total.section === section);
      return Object.fromEntries(
        Object.entries(row?.perColumn ?? {}).map(([key, total]) => [key, total.computed]),
      );
    };
    expect(stated('toekomstagenda')).toEqual({ KO1: 7, KO2: 4, D2: 5, KO3: 9, KO4: 7 });
    expect(stated('jeugd')).toEqual({ KO1: 11, KO2: 0, D2: 1, KO3: 2, KO4: 1 });
    expect(stated('wmo')).toEqual({ KO1: 5, KO2: 2, D2: 1, KO3: 7, KO4: 14 });
    expect(stated('participatiewet')).toEqual({ KO1: 4, KO2: 18, D2: 0, KO3: 3, KO4: 3 });
    expect(stated('going-concern')).toEqual({ KO1: 21, KO2: 21, D2: 2, KO3: 13, KO4: 19 });
    const differences = overview.totals.flatMap((row) =>
      Object.values(row.perColumn).map((total) => total.difference),
    );
    expect(differences.filter((difference) => difference !== null && difference !== 0)).toEqual([]);
    // Passend onderwijs and Samen leren came with the Actieplan 2018–2019: not in Bijlage 1.
    expect(overview.projects.some((project) => project.name === 'Passend onderwijs')).toBe(false);
    expect(byName(overview, 'Hulp bij het Huishouden').kind).toBe('toekomstagenda');
  });

  it('shows the portfolio of now with Hulp bij het huishouden and Beschermd wonen in going concern', async () => {
    const overview = await get<PortfolioOverview>('beleid', '/api/portfolio/overview');
    expect(byName(overview, 'Hulp bij het Huishouden')).toMatchObject({
      kind: 'going-concern',
      domain: 'wmo',
    });
    expect(byName(overview, 'Beschermd wonen')).toMatchObject({ kind: 'going-concern', domain: 'wmo' });
    expect(byName(overview, 'Passend onderwijs')).toMatchObject({
      kind: 'toekomstagenda',
      prioritisation: 'geprioriteerd',
    });
    // No stated totals belong to today's portfolio.
    expect(
      overview.totals.every((row) => Object.values(row.perColumn).every((total) => total.stated === null)),
    ).toBe(true);
    // "Niet meer doen: projecten zonder einddatum" — the source gives no end date for running projects.
    expect(byName(overview, 'Eigen Kracht').flags.map((flag) => flag.code)).toContain('geen-einddatum');
    expect(overview.flagged.withoutEndDate).toBeGreaterThan(20);
  });
});

describe('the finance tables of the Jaarplan', () => {
  it('computes the formation 346,15 → 349,75 → 344,55 fte from the mutations', async () => {
    const { formation } = await get<FinanceOverview>('beleid', '/api/portfolio/finance');
    expect(formation.opening.fte).toBe(346.15);
    expect(formation.steps[0]?.balance?.fte).toEqual({ computed: 349.75, stated: 349.75, difference: 0 });
    expect(formation.steps.map((step) => step.subtotal.computed)).toEqual([3.6, -3, -5, -1.7, 4.5]);
    expect(formation.closing.fte).toEqual({ computed: 344.55, stated: 344.55, difference: 0 });
  });

  it('computes the investment agenda and shows where the source does not add up', async () => {
    const { investment } = await get<FinanceOverview>('beleid', '/api/portfolio/finance');
    expect(investment.spendingPerYear.map((total) => total.computed)).toEqual([350_000, 250_000, 150_000]);
    expect(investment.spendingPerYear.every((total) => total.difference === 0)).toBe(true);
    expect(investment.closingBalance.map((total) => [total.computed, total.difference])).toEqual([
      [400_000, 0],
      [150_000, 0],
      [0, 0],
    ]);
    // The source prints 500.000 and 250.000 as what is available in 2019 and 2020; the balance is 400.000 and 150.000.
    expect(investment.openingBalance.map((total) => total.difference)).toEqual([0, -100_000, -100_000]);
  });

  it('adds up the efficiency measures and shows the source’s rounding differences', async () => {
    const { efficiency } = await get<FinanceOverview>('beleid', '/api/portfolio/finance');
    const differences = Object.fromEntries(
      efficiency.years.map((year) => [year.year, year.formation.difference]),
    );
    expect(differences).toEqual({ 2012: 1, 2013: -1, 2014: 0, 2015: 1, 2016: 0, 2017: 0, 2018: 0 });
    expect(efficiency.years.every((year) => year.fte.difference === 0)).toBe(true);
    expect(efficiency.totals.fte).toEqual({ computed: 37.06, stated: 37.06, difference: 0 });
    expect(efficiency.totals.formation).toEqual({ computed: 2_163_559, stated: 2_163_557, difference: 2 });
    expect(efficiency.totals.total).toEqual({ computed: 2_415_559, stated: 2_415_557, difference: 2 });
    expect(efficiency.againstTarget).toBe(4_559);
  });
});

describe('changing a project', () => {
  it('needs the process manager, If-Match and a reason, and keeps the change in the history', async () => {
    const overview = await get<PortfolioOverview>('beleid', '/api/portfolio/overview');
    const project = byName(overview, 'Overgang 18- naar 18+');
    const url = `/api/portfolio/projects/${project.id}`;
    const payload = { phase: 'Implementatie', reason: 'Pilot afgerond; invoering in de zes gemeenten.' };
    expect(
      (await as('beleid', { method: 'PATCH', url, payload, headers: { 'if-match': `"${project.version}"` } }))
        .statusCode,
    ).toBe(403);
    const withoutReason = await as('procesmanager', {
      method: 'PATCH',
      url,
      payload: { phase: 'Implementatie' },
      headers: { 'if-match': `"${project.version}"` },
    });
    expect(withoutReason.statusCode).toBe(422);
    expect(withoutReason.json().errors).toEqual([
      { field: 'reason', message: expect.stringContaining('reden') },
    ]);
    const stale = await as('procesmanager', {
      method: 'PATCH',
      url,
      payload,
      headers: { 'if-match': `"${project.version + 7}"` },
    });
    expect(stale.statusCode).toBe(409);
    const changed = await as('procesmanager', {
      method: 'PATCH',
      url,
      payload,
      headers: { 'if-match': `"${project.version}"` },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const detail = changed.json() as ProjectDetail;
    expect(detail.phase).toBe('Implementatie');
    expect(detail.history.at(-1)).toMatchObject({
      kind: 'fase',
      fromValue: project.phase,
      toValue: 'Implementatie',
      reason: payload.reason,
      actorName: expect.any(String),
    });
    const after = await get<PortfolioOverview>('beleid', '/api/portfolio/overview');
    expect(after.phaseCounts.Implementatie).toBe((overview.phaseCounts.Implementatie ?? 0) + 1);
    // The day before the change the project still stood in its old phase.
    const before = await get<PortfolioOverview>('beleid', '/api/portfolio/overview?stand=2018-06-30');
    expect(byName(before, 'Overgang 18- naar 18+').phase).toBe(project.phase);
  });

  it('prioritises a proposal only after loslaten is answered and the criteria hold', async () => {
    const created = await as('procesmanager', {
      method: 'POST',
      url: '/api/portfolio/projects',
      payload: {
        name: 'Integrale schuldenaanpak jongeren',
        kind: 'toekomstagenda',
        contributions: [{ columnKey: 'KO2', level: 'primair' }],
        criteria: {
          innovatief: { met: true, justification: 'Nieuwe aanpak met werkgevers.' },
          integraal: { met: true, justification: 'Participatiewet, Jeugd en Onderwijs samen.' },
          regionaal: { met: true, justification: 'Alle zes gemeenten.' },
        },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    let project = created.json() as ProjectDetail;
    expect(project).toMatchObject({ prioritisation: 'voorstel', phase: 'Planvorming' });
    const prioritise = () =>
      as('procesmanager', {
        method: 'POST',
        url: `/api/portfolio/projects/${project.id}/prioritise`,
        headers: { 'if-match': `"${project.version}"` },
      });
    const refused = await prioritise();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'loslaten',
      'criteria',
    ]);

    const patch = async (payload: object) => {
      const response = await as('procesmanager', {
        method: 'PATCH',
        url: `/api/portfolio/projects/${project.id}`,
        payload,
        headers: { 'if-match': `"${project.version}"` },
      });
      expect(response.statusCode, response.body).toBe(200);
      project = response.json() as ProjectDetail;
    };
    await patch({ loslaten: 'Het aparte schuldenspreekuur per gemeente.' });
    const stillRefused = await prioritise();
    expect(stillRefused.json().errors).toEqual([
      { field: 'criteria', message: expect.stringContaining('doelstelling 1 (1 van de 4)') },
    ]);
    await patch({
      contributions: [
        { columnKey: 'KO2', level: 'primair' },
        { columnKey: 'KO3', level: 'draagt-bij' },
      ],
    });
    const accepted = await prioritise();
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ prioritisation: 'geprioriteerd', meetsCriteria: true });
    expect((accepted.json() as ProjectDetail).history.map((event) => event.kind)).toEqual([
      'aangemaakt',
      'gewijzigd',
      'gewijzigd',
      'geprioriteerd',
    ]);
  });

  it('refuses a going-concern project without domain and an end date before the start', async () => {
    const response = await as('procesmanager', {
      method: 'POST',
      url: '/api/portfolio/projects',
      payload: {
        name: 'Contractbeheer',
        kind: 'going-concern',
        startDate: '2019-01-01',
        endDate: '2018-12-31',
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'domain',
      'endDate',
    ]);
  });
});

describe('annual plan, risks, decisions, EVI and capacity', () => {
  it('flags the Jaarplan’s actions that were late on a reference day', async () => {
    const plan = await get<AnnualPlan>('beleid', '/api/portfolio/annual-plan?peildatum=2018-07-01');
    expect(plan.year).toBe(2018);
    const q1 = plan.actions.filter((action) => action.dueText.includes('Q1'));
    const q3 = plan.actions.filter((action) => action.dueText.includes('Q3'));
    expect(q1.length).toBeGreaterThan(0);
    expect(q1.every((action) => action.overdue)).toBe(true);
    expect(q3.every((action) => !action.overdue)).toBe(true);
    expect(plan.actions.filter((action) => action.kind === 'i-en-a').map((action) => action.code)).toEqual([
      '18-46',
      '18-52',
      '18-60',
      '18-80',
    ]);
    const [first] = q1;
    if (!first) throw new Error('no Q1 action');
    const done = await as('procesmanager', {
      method: 'PATCH',
      url: `/api/portfolio/actions/${first.id}`,
      payload: { status: 'gereed', note: 'Nieuwe werkwijze besproken in het MT.' },
      headers: { 'if-match': `"${first.version}"` },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'gereed',
      overdue: false,
      notes: [{ text: 'Nieuwe werkwijze besproken in het MT.' }],
    });
  });

  it('holds the risks M1–M3 and I1–I5 and scores them once assessed', async () => {
    const register = await get<RiskRegister>('bestuur', '/api/portfolio/risks');
    expect(register.risks.map((risk) => risk.code)).toEqual(['M1', 'M2', 'M3', 'I1', 'I2', 'I3', 'I4', 'I5']);
    const [m1] = register.risks;
    if (!m1) throw new Error('no M1');
    expect(m1).toMatchObject({ title: 'Open einde regelingen', likelihood: null, score: null });
    const url = `/api/portfolio/risks/${m1.id}`;
    const headers = { 'if-match': `"${m1.version}"` };
    const invalid = await as('procesmanager', { method: 'PATCH', url, payload: { likelihood: 6 }, headers });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors).toEqual([{ field: 'likelihood', message: 'Kies 1 tot en met 5.' }]);
    const assessed = await as('procesmanager', {
      method: 'PATCH',
      url,
      payload: { likelihood: 3, impact: 4, reviewDate: '2018-06-30' },
      headers,
    });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(assessed.json()).toMatchObject({ score: 12, reviewOverdue: true });
    // The change is in the tamper-evident audit trail: who, what, which fields — no person.
    const trail = await t.database.transactor.readOnce((tx) =>
      tx
        .select({
          action: auditEntries.action,
          purpose: auditEntries.purpose,
          actor: auditEntries.actorUsername,
          personIds: auditEntries.personIds,
        })
        .from(auditEntries)
        .where(eq(auditEntries.resource, `portfolio/risks/${m1.id}`)),
    );
    expect(trail).toEqual([
      {
        action: 'portfolio.risk.update',
        purpose: 'velden: impact, likelihood, reviewDate',
        actor: 'procesmanager',
        personIds: [],
      },
    ]);
  });

  it('records a decision linked to a project and shows it on the project page', async () => {
    const overview = await get<PortfolioOverview>('beleid', '/api/portfolio/overview');
    const project = byName(overview, 'Passend onderwijs');
    const response = await as('procesmanager', {
      method: 'POST',
      url: '/api/portfolio/decisions',
      payload: {
        body: 'directiegroep',
        meeting: 'Directiegroep Sociaal Domein MH',
        decidedOn: '2018-03-15',
        subject: 'Projectopdracht Passend onderwijs',
        decision: 'De directiegroep stelt de projectopdracht vast met 120 uur.',
        projectIds: [project.id],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = await get<ProjectDetail>('beleid', `/api/portfolio/projects/${project.id}`);
    expect(detail.decisions.map((decision) => decision.subject)).toContain(
      'Projectopdracht Passend onderwijs',
    );
  });

  it('adds an EVI session with findings and refuses one in the future', async () => {
    const { themes } = await get<{ themes: { id: string; sessions: unknown[] }[] }>(
      'beleid',
      '/api/portfolio/evi',
    );
    const [theme] = themes;
    if (!theme) throw new Error('no EVI theme');
    const url = `/api/portfolio/evi/${theme.id}/sessions`;
    const session = {
      heldOn: '2018-05-14',
      participants: 12,
      description: 'Klankbordbijeenkomst',
      findings: [{ kind: 'verbetering', text: 'Eén formulier voor alle regelingen.' }],
    };
    const added = await as('procesmanager', { method: 'POST', url, payload: session });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().sessions).toHaveLength(theme.sessions.length + 1);
    expect(added.json().findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'verbetering' })]),
    );
    const future = await as('procesmanager', {
      method: 'POST',
      url,
      payload: { ...session, heldOn: '2099-01-01' },
    });
    expect(future.statusCode).toBe(422);
  });

  it('adds up the capacity of Bijlage 2 in hours and fte, with what is still to be determined', async () => {
    const capacity = await get<{
      totals: { hoursPerYear: number; fte: number; toBeDetermined: number; unfilled: number };
    }>('beleid', '/api/portfolio/capacity');
    // 300 + 150 + 292 + 1080 + 300 + 30 + 120 hours; procesmanager 1 fte + dagbesteding 1 fte.
    expect(capacity.totals.hoursPerYear).toBe(2272);
    expect(capacity.totals.fte).toBe(2);
    expect(capacity.totals.toBeDetermined).toBe(5);
    expect(capacity.totals.unfilled).toBeGreaterThan(0);
  });
});

describe('the split of capacity per gemeente', () => {
  it('records who fills a line per gemeente with their hours, never more than the line', async () => {
    const capacity = await get<CapacityOverview>('beleid', '/api/portfolio/capacity');
    const line = capacity.lines.find((candidate) => candidate.label === 'Eigen kracht');
    if (!line) throw new Error('no Eigen kracht line');
    expect(line.assignments.map((assignment) => assignment.gemeenteCode)).toEqual(['GM0981', 'GM1903']);
    const url = `/api/portfolio/capacity/${line.id}`;
    const split = (vaals: number, eijsden: number) => ({
      assignments: [
        { role: 'Projectleider', gemeenteCode: 'GM0981', filled: true, hours: vaals },
        { role: 'Projectleider', gemeenteCode: 'GM1903', filled: true, hours: eijsden },
      ],
    });
    const headers = { 'if-match': `"${line.version}"` };
    const tooMuch = await as('procesmanager', { method: 'PATCH', url, payload: split(200, 150), headers });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().errors).toEqual([
      {
        field: 'assignments',
        message: 'De verdeling telt op tot 350 uur, meer dan de 300 uur van deze regel.',
      },
    ]);
    const saved = await as('procesmanager', { method: 'PATCH', url, payload: split(180, 120), headers });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await as('procesmanager', { method: 'PATCH', url, payload: split(150, 150), headers })).statusCode,
    ).toBe(409);
    const after = await get<CapacityOverview>('beleid', '/api/portfolio/capacity');
    const hours = Object.fromEntries(
      after.totals.perGemeente.map((gemeente) => [gemeente.name, gemeente.hours]),
    );
    expect(hours).toMatchObject({ Vaals: 180, 'Eijsden-Margraten': 120, Maastricht: 0 });

    // A new capacity on the line is the project's capacity too, with a row in its history.
    const raised = await as('procesmanager', {
      method: 'PATCH',
      url,
      payload: { capacity: { hoursPerYear: 400, fte: null, toBeDetermined: false } },
      headers: { 'if-match': `"${line.version + 1}"` },
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const project = await get<ProjectDetail>('beleid', `/api/portfolio/projects/${line.projectId}`);
    expect(project.capacity.hoursPerYear).toBe(400);
    expect(project.history.at(-1)).toMatchObject({ kind: 'gewijzigd', toValue: 'capaciteit (bijlage 2)' });
  });
});

describe('exports', () => {
  it('gives every overview as Excel and PDF', async () => {
    for (const view of ['matrix', 'financien', 'jaarplan'] as const) {
      const xlsx = await as('bestuur', { method: 'GET', url: `/api/portfolio/export/${view}?format=xlsx` });
      expect(xlsx.statusCode, xlsx.body).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const pdf = await as('bestuur', { method: 'GET', url: `/api/portfolio/export/${view}?format=pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
