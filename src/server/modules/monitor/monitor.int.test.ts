import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/helpers/app';
import { loadMonitorFixture } from '../../../../test/helpers/monitor-fixture';
import type { MonitorSamenloop, MonitorView } from '../../../shared/api/monitor';
import { resultsOf } from './snapshot-repository';

/**
 * The fixture's indicator values, computed by hand, for period 2025-H2 (1 July – 31 December
 * 2025, 184 days): see test/helpers/monitor-fixture.ts for who has what.
 */
let t: TestApp;
const sessions = new Map<string, Session>();
let snapshotId = '';

beforeAll(async () => {
  t = await createTestApp();
  await loadMonitorFixture(t, sessions);
});

afterAll(async () => {
  await t.close();
});

const as = (role: string, request: Parameters<TestApp['as']>[1]) =>
  t.as(sessions.get(role) as Session, request);

describe('a snapshot of 2025-H2', () => {
  it('is computed by beleid, not by a consultant', async () => {
    const refused = await as('consulent', {
      method: 'POST',
      url: '/api/monitor/snapshots',
      payload: { periodLabel: '2025-H2' },
    });
    expect(refused.statusCode).toBe(403);
    const response = await as('beleid', {
      method: 'POST',
      url: '/api/monitor/snapshots',
      payload: { periodLabel: '2025-H2' },
    });
    expect(response.statusCode, response.body).toBe(201);
    snapshotId = response.json().id;
    // 12 + 9 + 20 + 5 + 1 persons; 12 + 3 + 9 + 20 + 2 + 5 + 1 provisions.
    expect(response.json()).toMatchObject({
      status: 'berekend',
      version: 1,
      personCount: 47,
      provisionCount: 52,
    });
  });

  it('gives the hand-computed numerators and denominators', async () => {
    const rows = await t.database.transactor.readOnce((tx) =>
      resultsOf(tx, snapshotId, [
        'P1-PERSONEN',
        'P1-WMO',
        'P1-BIJSTAND',
        'P1-JEUGD',
        'P1-MINIMA',
        'P1-HUISHOUDENS',
        'P1-VOORZIENINGEN',
        'P1-KOSTEN-WMO-JEUGD',
        'P1-PERSONEN-1000',
        'P1-WMO-65PLUS-PCT',
        'P3-DOORLOOPTIJD',
        'SAMENLOOP-PERSONEN',
      ]),
    );
    const value = (indicator: string, area: string, breakdown = '') =>
      rows.find(
        (row) => row.indicatorCode === indicator && row.areaCode === area && row.breakdown === breakdown,
      );
    expect(value('P1-PERSONEN', 'REGIO')?.numerator).toBe(47);
    expect(value('P1-PERSONEN', 'GM0935')?.numerator).toBe(41);
    expect(value('P1-PERSONEN', 'WK093500')?.numerator).toBe(21);
    expect(value('P1-PERSONEN', 'WK093501')?.numerator).toBe(20);
    expect(value('P1-PERSONEN', 'GM0938:onbekend')?.numerator).toBe(5);
    expect(value('P1-PERSONEN', 'REGIO:onbekend')?.numerator).toBe(1);
    expect(value('P1-WMO', 'REGIO')?.numerator).toBe(18);
    expect(value('P1-BIJSTAND', 'GM0935')?.numerator).toBe(23);
    expect(value('P1-JEUGD', 'WK093500')?.numerator).toBe(9);
    expect(value('P1-MINIMA', 'WK093501')?.numerator).toBe(2);
    // Two Wmo clients share a household; everyone else counts as a household of one.
    expect(value('P1-HUISHOUDENS', 'REGIO')?.numerator).toBe(46);
    expect(value('P1-VOORZIENINGEN', 'REGIO')?.numerator).toBe(52);
    // 12 × round(3 h × €32 × 100 × 184 / 7) + 9 × round(€160 × 100 × 92 / 7) + 6 × €1,400.
    expect(value('P1-KOSTEN-WMO-JEUGD', 'REGIO')?.numerator).toBe(12 * 252_343 + 9 * 210_286 + 6 * 140_000);
    // The denominators are the catalog's CBS inhabitants (2024): Maastricht 125,285.
    expect(value('P1-PERSONEN-1000', 'GM0935')?.denominator).toBe(125_285);
    expect(value('P1-PERSONEN-1000', 'WK093500')?.denominator).toBe(21_450);
    // 65+: the 12 of 70 in Centrum, the 5 in Meerssen and the 1 without address are all 65+.
    expect(value('P1-WMO-65PLUS-PCT', 'REGIO')?.numerator).toBe(18);
    expect(value('P3-DOORLOOPTIJD', 'REGIO')).toMatchObject({ numerator: 30, denominator: 1 });
    expect(value('SAMENLOOP-PERSONEN', 'WK093500', 'W')?.numerator).toBe(9);
    expect(value('SAMENLOOP-PERSONEN', 'WK093500', 'WP')?.numerator).toBe(3);
    expect(value('SAMENLOOP-PERSONEN', 'WK093500', 'J')?.numerator).toBe(9);
    expect(value('SAMENLOOP-PERSONEN', 'WK093501', 'P')?.numerator).toBe(20);
  });

  it('holds no personal identifier in any snapshot table', async () => {
    const columns = await t.database.transactor.readOnce(async (tx) => {
      const result = await tx.execute(sql`
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_name LIKE 'monitor_%' AND table_name NOT IN ('monitor_imports')`);
      return (result as unknown as { rows: { table_name: string; column_name: string }[] }).rows;
    });
    const forbidden = /bsn|name|birth|street|postcode|house|address|person_id|household_id|phone|email/;
    expect(columns.length).toBeGreaterThan(20);
    // person_key and household_key are the salted pseudonyms; nothing else may name a person.
    expect(columns.filter((c) => forbidden.test(c.column_name) && !c.column_name.endsWith('_key'))).toEqual(
      [],
    );
    // The keys are salted hashes: no person's id or BSN, nor an unsalted hash of it, is among them.
    const leaked = await t.database.transactor.readOnce(async (tx) => {
      const result = await tx.execute(sql`
        SELECT count(*)::int AS n FROM monitor_provision_facts f JOIN persons p
          ON f.person_key = sha256(convert_to(p.id::text, 'UTF8'))
          OR f.person_key = sha256(convert_to(coalesce(p.bsn, ''), 'UTF8'))
          OR encode(f.person_key, 'hex') LIKE '%' || replace(p.id::text, '-', '') || '%'`);
      return (result as unknown as { rows: { n: number }[] }).rows[0]?.n;
    });
    expect(leaked).toBe(0);
  });
});

describe('the views', () => {
  it('protect the drill-down: small counts hidden, others rounded, the total protected with them', async () => {
    const response = await as('beleid', {
      method: 'GET',
      url: `/api/monitor/view?snapshot=${snapshotId}&indicator=P1-PERSONEN&area=REGIO`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as MonitorView;
    expect(view.value).toMatchObject({ value: 45, display: '45' });
    const row = (code: string) => view.rows.find((entry) => entry.area.code === code);
    expect(row('GM0935')?.value).toMatchObject({ value: 40, display: '40' });
    expect(row('GM0938')?.value).toMatchObject({ value: null, display: '.', hidden: 'klein' });
    // Count per 1,000 inhabitants from the rounded count: 40 / 125,285 × 1,000 = 0.3.
    expect(row('GM0935')?.comparable?.value).toBe(0.3);
  });

  it('show a gemeente with its wijken, and rates from rounded counts', async () => {
    const response = await as('beleid', {
      method: 'GET',
      url: `/api/monitor/view?snapshot=${snapshotId}&indicator=P1-BIJSTAND&area=GM0935`,
    });
    const view = response.json() as MonitorView;
    // In the region's table Meerssen's 0 is hidden, so Maastricht (the total minus Meerssen) is
    // hidden there too; Maastricht's own table takes that over and protects its wijken around it:
    // Centrum's 3 is hidden, Zuidwest's 20 can be shown now that the total is not.
    expect(view.value).toMatchObject({ value: null, display: '.', hidden: 'secundair' });
    expect(view.rows.map((row) => [row.area.code, row.value.display])).toEqual([
      ['WK093500', '.'],
      ['WK093501', '20'],
    ]);
    // Per 1,000 inhabitants of the wijk (9,250), from the rounded 20.
    expect(view.rows[1]?.comparable?.display).toBe('2,2');
  });

  it('give the samenloop as one protected table', async () => {
    const response = await as('beleid', {
      method: 'GET',
      url: `/api/monitor/samenloop?snapshot=${snapshotId}&area=GM0935`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const samenloop = response.json() as MonitorSamenloop;
    const cells = samenloop.persons.rows.flatMap((row) => row.cells);
    expect(samenloop.persons.rows.map((row) => row.area.code)).toEqual(['WK093500', 'WK093501']);
    // Shown cells are multiples of 5; the 3 with Wmo and a benefit in Centrum is not shown.
    expect(cells.every((cell) => cell.value === null || cell.value % 5 === 0)).toBe(true);
    expect(samenloop.persons.rows[0]?.cells[4]?.display).toBe('.');
    expect(samenloop.persons.grandTotal.display).toBe('40');
    expect(samenloop.households.columns).toHaveLength(7);
  });

  it('keep a bestuurder to their own gemeente and a consultant out', async () => {
    const own = await as('bestuur', {
      method: 'GET',
      url: `/api/monitor/view?snapshot=${snapshotId}&indicator=P1-PERSONEN&area=GM0938`,
    });
    expect(own.statusCode).toBe(404); // not published yet: only managers see a computed snapshot
    const other = await as('bestuur', {
      method: 'GET',
      url: `/api/monitor/view?snapshot=${snapshotId}&indicator=P1-PERSONEN&area=GM0935`,
    });
    expect(other.statusCode).toBe(403);
    const consultant = await as('consulent', { method: 'GET', url: '/api/monitor/indicators' });
    expect(consultant.statusCode).toBe(403);
  });
});

describe('publication', () => {
  it('makes the snapshot immutable and destroys its salt', async () => {
    const published = await as('beleid', {
      method: 'POST',
      url: `/api/monitor/snapshots/${snapshotId}/publish`,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('gepubliceerd');
    const tx = t.database.transactor;
    await expect(
      tx.transaction((db) =>
        db.execute(sql`UPDATE monitor_results SET numerator = 1 WHERE snapshot_id = ${snapshotId}`),
      ),
    ).rejects.toThrow();
    await expect(
      tx.transaction((db) =>
        db.execute(sql`DELETE FROM monitor_person_facts WHERE snapshot_id = ${snapshotId}`),
      ),
    ).rejects.toThrow();
    await expect(
      tx.transaction((db) =>
        db.execute(sql`UPDATE monitor_snapshots SET person_count = 1 WHERE id = ${snapshotId}`),
      ),
    ).rejects.toThrow();
    await expect(
      tx.transaction((db) => db.execute(sql`DELETE FROM monitor_snapshots WHERE id = ${snapshotId}`)),
    ).rejects.toThrow();
    const salts = await tx.readOnce(async (db) => {
      const result = await db.execute(
        sql`SELECT count(*)::int AS n FROM monitor_snapshot_salts WHERE snapshot_id = ${snapshotId}`,
      );
      return (result as unknown as { rows: { n: number }[] }).rows[0]?.n;
    });
    expect(salts).toBe(0);
    const own = await as('bestuur', {
      method: 'GET',
      url: `/api/monitor/view?snapshot=${snapshotId}&indicator=P1-PERSONEN&area=GM0938`,
    });
    expect(own.statusCode).toBe(200);
  });

  it('takes a correction only as a new version with a reason', async () => {
    const again = await as('beleid', {
      method: 'POST',
      url: '/api/monitor/snapshots',
      payload: { periodLabel: '2025-H2' },
    });
    expect(again.statusCode).toBe(409);
    const correction = await as('beleid', {
      method: 'POST',
      url: '/api/monitor/snapshots',
      payload: {
        periodLabel: '2025-H2',
        correctionReason: 'Na correctie van de einddatum van drie uitkeringen.',
      },
    });
    expect(correction.statusCode, correction.body).toBe(201);
    expect(correction.json()).toMatchObject({ version: 2, supersedesId: snapshotId });
    const future = await as('beleid', {
      method: 'POST',
      url: '/api/monitor/snapshots',
      payload: { periodLabel: '2099-H1' },
    });
    expect(future.statusCode).toBe(422);
  });

  it('gives the trend over published snapshots and the council report as PDF and Excel', async () => {
    const trend = await as('beleid', {
      method: 'GET',
      url: '/api/monitor/trend?indicator=P1-WMO&area=REGIO',
    });
    expect(trend.json().points.map((point: { periodLabel: string }) => point.periodLabel)).toEqual([
      '2025-H2',
    ]);
    const pdf = await as('beleid', {
      method: 'GET',
      url: `/api/monitor/report/GM0935.pdf?snapshot=${snapshotId}`,
    });
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await as('beleid', {
      method: 'GET',
      url: `/api/monitor/report/GM0935.xlsx?snapshot=${snapshotId}`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
