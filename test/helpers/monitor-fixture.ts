import { eq } from 'drizzle-orm';
import {
  decisions,
  householdMembers,
  households,
  provisions,
  users,
} from '../../src/server/platform/db/schema';
import type { Session, TestApp } from './app';

/**
 * The Monitor's small fixed data set, whose indicator values monitor.int.test.ts computes by hand
 * for period 2025-H2 (1 July – 31 December 2025, 184 days). Logs in beleid, bestuur (Meerssen),
 * teammanager and consulent into `sessions`.
 */
export async function loadMonitorFixture(t: TestApp, sessions: Map<string, Session>): Promise<void> {
  let caseId = '';
  type Grant = { domain: string; type: string; start: string; end?: string | null; volume?: number };

  async function personWith(areaCode: string | null, birthDate: string, grants: Grant[]) {
    const person = await t.make.person({ areaCode, birthDate });
    await t.database.transactor.transaction(async (tx) => {
      const [decision] = await tx
        .insert(decisions)
        .values({
          caseId,
          decisionTypeCode: 'WMO-BESCHIKKING',
          kind: 'besluit',
          decidedOn: '2024-12-15',
          effectiveFrom: '2025-01-01',
          outcome: 'toegekend',
        })
        .returning();
      if (!decision) throw new Error('no decision');
      for (const grant of grants)
        await tx.insert(provisions).values({
          decisionId: decision.id,
          caseId,
          personId: person.id,
          domain: grant.domain,
          provisionTypeCode: grant.type,
          startDate: grant.start,
          endDate: grant.end ?? null,
          volume: grant.volume ?? null,
        });
    });
    return person;
  }

  const times = async (count: number, make: () => Promise<unknown>) => {
    for (let i = 0; i < count; i++) await make();
  };

  const hh = { domain: 'wmo', type: 'WMO-HULP-HUISHOUDEN', start: '2025-01-01', volume: 3 };
  const pw = { domain: 'inkomen', type: 'UITKERING-PW', start: '2024-03-01' };

  await t.make.area({ code: 'GM0935', name: 'Maastricht', level: 'gemeente' });
  await t.make.area({ code: 'GM0938', name: 'Meerssen', level: 'gemeente' });
  const centrum = await t.make.area({ code: 'WK093500', name: 'Wijk 00 Centrum', parentCode: 'GM0935' });
  const zuidwest = await t.make.area({
    code: 'WK093501',
    name: 'Wijk 01 Buitenwijk Zuidwest',
    parentCode: 'GM0935',
  });
  const team = await t.make.team({ code: 'GT-CENTRUM', areaCodes: [centrum] });
  for (const role of ['beleid', 'bestuur', 'teammanager', 'consulent'] as const) {
    await t.make.user({ username: role, roles: [role], teamIds: role === 'consulent' ? [team.id] : [] });
    sessions.set(role, await t.login(role));
  }
  await t.database.transactor.transaction((tx) =>
    tx.update(users).set({ gemeenteCode: 'GM0938' }).where(eq(users.username, 'bestuur')),
  );
  const applicant = await t.make.person({ areaCode: centrum, birthDate: '1950-01-01' });
  // The fixture's provisions hang on a case received long before the period.
  const fixture = await t.as(sessions.get('consulent') as Session, {
    method: 'POST',
    url: '/api/cases',
    payload: {
      personId: applicant.id,
      channel: 'balie',
      caseTypeCode: 'WMO-AANVRAAG',
      receivedOn: '2024-11-01',
    },
  });
  caseId = fixture.json().id as string;
  const created = await t.as(sessions.get('consulent') as Session, {
    method: 'POST',
    url: '/api/cases',
    payload: {
      personId: applicant.id,
      channel: 'balie',
      caseTypeCode: 'WMO-AANVRAAG',
      receivedOn: '2025-09-01',
    },
  });
  const applicationId = created.json().id as string;
  // The application is decided on 1 October: 30 days after receipt, after its legal deadline.
  await t.database.transactor.transaction((tx) =>
    tx.insert(decisions).values({
      caseId: applicationId,
      decisionTypeCode: 'WMO-BESCHIKKING',
      kind: 'besluit',
      decidedOn: '2025-10-01',
      effectiveFrom: '2025-10-01',
      outcome: 'afgewezen',
    }),
  );
  // Centrum: 12 persons of 70 with hulp bij het huishouden (3 h/week); 3 of them also have a benefit.
  const wmo: { id: string }[] = [];
  for (let i = 0; i < 9; i++) wmo.push(await personWith(centrum, '1955-06-01', [hh]));
  for (let i = 0; i < 3; i++) wmo.push(await personWith(centrum, '1955-06-01', [hh, pw]));
  // Two of them share a household.
  await t.database.transactor.transaction(async (tx) => {
    const [household] = await tx.insert(households).values({ name: 'Huishouden A' }).returning();
    if (!household) throw new Error('no household');
    for (const person of wmo.slice(0, 2))
      await tx.insert(householdMembers).values({
        householdId: household.id,
        personId: person.id,
        relation: 'partner',
        validFrom: '2000-01-01',
      });
  });
  // Centrum: 9 children of 10 with ambulant jeugdhulp from 1 August to 31 October (92 days).
  await times(9, () =>
    personWith(centrum, '2015-03-01', [
      { domain: 'jeugd', type: 'JEUGD-AMBULANT', start: '2025-08-01', end: '2025-10-31' },
    ]),
  );
  // Zuidwest: 20 adults of 40 with a benefit; 2 of them also bijzondere bijstand.
  await times(18, () => personWith(zuidwest, '1985-05-05', [pw]));
  await times(2, () =>
    personWith(zuidwest, '1985-05-05', [
      pw,
      { domain: 'minima', type: 'BIJZONDERE-BIJSTAND', start: '2025-11-01', end: '2025-11-01' },
    ]),
  );
  // Meerssen, known only by gemeente: 5 persons with a hulpmiddel (one-off €1,400) from 1 September.
  const hulpmiddel = { domain: 'wmo', type: 'WMO-HULPMIDDEL', start: '2025-09-01' };
  await times(5, () => personWith('GM0938', '1940-01-01', [hulpmiddel]));
  // No address: 1 person with a hulpmiddel.
  await personWith(null, '1940-01-01', [hulpmiddel]);
  // Not counted: ended before the period, starting after it, and a claim (not support).
  await personWith(zuidwest, '1985-05-05', [{ ...pw, end: '2025-06-30' }]);
  await personWith(zuidwest, '1985-05-05', [{ ...pw, start: '2026-01-01' }]);
  await personWith(zuidwest, '1985-05-05', [
    { domain: 'handhaving', type: 'VORDERING', start: '2025-08-01' },
  ]);
}
