import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../../test/helpers/app';
import {
  auditEntries,
  monitorExternalValues,
  monitorImports,
  monitorPopulations,
} from '../../../platform/db/schema';
import { catalogFolder } from '../../../platform/paths';
import { seedAreas } from '../../areas/service';
import { xlsxStream } from '../../work-queue/xlsx';
import { importMonitorFile } from './service';

const EXAMPLES = path.join(catalogFolder, 'monitor', 'examples');
const example = (name: string) => ({
  fileName: `${name}.csv`,
  bytes: fs.readFileSync(path.join(EXAMPLES, `${name}.csv`)),
  mapping: JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.mapping.json`), 'utf8')) as Record<
    string,
    unknown
  >,
});

let t: TestApp;
let beleid: Session;
let beheer: Session;
let consulent: Session;

beforeAll(async () => {
  t = await createTestApp();
  await seedAreas(t.database.transactor);
  await t.make.user({ username: 'beleid', displayName: 'Bea Beleid', roles: ['beleid'] });
  await t.make.user({ username: 'beheer', roles: ['functioneel-beheer'] });
  await t.make.user({ username: 'consulent', roles: ['consulent'] });
  beleid = await t.login('beleid');
  beheer = await t.login('beheer');
  consulent = await t.login('consulent');
});
afterAll(() => t.close());

const post = (
  session: Session,
  body: { kind: string; fileName: string; bytes: Uint8Array; mapping: unknown; dryRun?: boolean },
) =>
  t.as(session, {
    method: 'POST',
    url: '/api/monitor/imports',
    payload: {
      kind: body.kind,
      fileName: body.fileName,
      contentBase64: Buffer.from(body.bytes).toString('base64'),
      mapping: body.mapping,
      dryRun: body.dryRun ?? false,
    },
  });

const counts = () =>
  t.database.transactor.transaction(async (tx) => {
    const [values] = await tx.select({ n: sql<number>`count(*)::int` }).from(monitorExternalValues);
    const [populations] = await tx.select({ n: sql<number>`count(*)::int` }).from(monitorPopulations);
    const [imports] = await tx.select({ n: sql<number>`count(*)::int` }).from(monitorImports);
    return { values: values?.n, populations: populations?.n, imports: imports?.n };
  });

const externalValue = (indicatorCode: string, areaCode: string, period: string) =>
  t.database.transactor.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(monitorExternalValues)
      .where(
        and(
          eq(monitorExternalValues.indicatorCode, indicatorCode),
          eq(monitorExternalValues.areaCode, areaCode),
          eq(monitorExternalValues.period, period),
        ),
      );
    return row;
  });

const csv = (text: string) => Buffer.from(text, 'utf8');
const MANTELZORG = {
  areaColumn: 'Gebied',
  period: '2024',
  respondentsColumn: 'Respondenten',
  source: 'Testbron',
  columns: [{ column: 'Mantelzorg', indicatorCode: 'P2-MANTELZORG' }],
};

describe('importing the example files', () => {
  const ids: Record<string, string> = {};

  it('imports each example file with its mapping cleanly, in one go', async () => {
    const files = [
      ['enquete', 'ggd-gezondheidsmonitor-2024'],
      ['enquete', 'clientervaring-wmo-jeugd-2025'],
      ['enquete', 'algemene-voorzieningen-2025'],
      ['demografie', 'cbs-kerncijfers-2024'],
    ] as const;
    for (const [kind, name] of files) {
      const response = await post(beleid, { kind, ...example(name) });
      expect(response.statusCode, `${name}: ${response.body.slice(0, 500)}`).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ imported: true, dryRun: false, kind, fileName: `${name}.csv` });
      expect(body.report.refused).toEqual([]);
      expect(body.report.valuesAccepted).toBeGreaterThan(0);
      ids[name] = body.importId;
    }
    const ggd = await t.database.transactor.transaction((tx) =>
      tx
        .select()
        .from(monitorImports)
        .where(eq(monitorImports.id, ids['ggd-gezondheidsmonitor-2024'] ?? '')),
    );
    // The region, 6 gemeenten and 16 wijken; Walem's figures are "." (too few respondents).
    expect(ggd[0]).toMatchObject({ kind: 'enquete', rowsRead: 23, valuesAccepted: 88 });
    expect(ggd[0]?.report).toMatchObject({
      valuesNotPublished: 4,
      ignoredColumns: ['Gebiedsnaam', 'Niveau'],
    });
    expect(await externalValue('P2-EIGEN-REGIE', 'REGIO', '2024')).toMatchObject({
      value: 83.4,
      respondents: 4631,
      numerator: null,
      importId: ids['ggd-gezondheidsmonitor-2024'],
    });
    expect(await externalValue('P2-ALGEMENE-VOORZIENINGEN', 'WK093500', '2025-H1')).toMatchObject({
      numerator: 1275,
      value: 1275,
    });
    const wmo = await externalValue('P3-CLIENTERVARING-WMO', 'GM0935', '2025');
    const jeugd = await externalValue('P3-CLIENTERVARING-JEUGD', 'GM0935', '2025');
    expect(wmo?.respondents).not.toBe(jeugd?.respondents);

    const population = await t.database.transactor.transaction((tx) =>
      tx.select().from(monitorPopulations).where(eq(monitorPopulations.areaCode, 'GM0935')),
    );
    expect(population).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2024, groupCode: 'inwoners', count: 125285, estimated: false }),
        expect.objectContaining({ year: 2022, groupCode: 'inwoners', count: 121151, estimated: false }),
        expect.objectContaining({ year: 2022, groupCode: '0-14', count: 12115, estimated: true }),
        expect.objectContaining({ year: 2022, groupCode: '65plus-cbs', count: 26653, estimated: true }),
      ]),
    );
    expect(await counts()).toMatchObject({ populations: 37 * 2 + 37 * 5 });
  });

  it('audits each import as a command without persons', async () => {
    const id = ids['cbs-kerncijfers-2024'];
    const entries = await t.database.transactor.transaction((tx) =>
      tx
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.resource, `monitor/imports/${id}`)),
    );
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'monitor.import.demografie',
        actorUsername: 'beleid',
        personIds: [],
      }),
    ]);
  });

  it('lists past imports, newest first, for beleid and functioneel beheer', async () => {
    const response = await t.as(beheer, { method: 'GET', url: '/api/monitor/imports' });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { fileName: string; importedByName: string }[];
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.map((item) => item.fileName)).toContain('cbs-kerncijfers-2024.csv');
    expect(items[0]?.importedByName).toBe('Bea Beleid');
  });
});

describe('all or nothing', () => {
  it('imports nothing from a file with one bad row, and the 422 report names row, column and reason', async () => {
    const before = await counts();
    const response = await post(beleid, {
      kind: 'enquete',
      fileName: 'mantelzorg.csv',
      bytes: csv('Gebied;Mantelzorg;Respondenten\nGM0935;15,5;800\nGM0938;115;120\nGM0981;14;90\n'),
      mapping: MANTELZORG,
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({
      status: 422,
      title: 'De invoer klopt niet',
      imported: false,
      importId: null,
      report: {
        rowsRead: 3,
        valuesAccepted: 2,
        refusedTotal: 1,
        refused: [
          { row: 3, column: 'Mantelzorg', value: '115', reason: 'Een percentage ligt tussen 0 en 100' },
        ],
      },
      errors: [{ field: 'rij 3, kolom Mantelzorg', message: 'Een percentage ligt tussen 0 en 100' }],
    });
    expect(body.detail).toMatch(/Niets geïmporteerd/);
    expect(await counts()).toEqual(before);
  });

  it('writes nothing on a dry run, and answers 200 with the report, refusals included', async () => {
    const before = await counts();
    const clean = await post(beheer, {
      kind: 'enquete',
      fileName: 'mantelzorg.csv',
      bytes: csv('Gebied;Mantelzorg;Respondenten\nGM0935;15,5;800\n'),
      mapping: MANTELZORG,
      dryRun: true,
    });
    expect(clean.statusCode).toBe(200);
    expect(clean.json()).toMatchObject({
      imported: false,
      dryRun: true,
      importId: null,
      report: { valuesAccepted: 1 },
    });
    const refused = await post(beheer, {
      kind: 'enquete',
      fileName: 'mantelzorg.csv',
      bytes: csv('Gebied;Mantelzorg;Respondenten\nOnbekend;15,5;800\n'),
      mapping: MANTELZORG,
      dryRun: true,
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().report.refused[0]).toMatchObject({ row: 2, column: 'Gebied', value: 'Onbekend' });
    expect(await counts()).toEqual(before);
  });

  it('replaces a value on re-import of the same indicator, area and period, keeping the others', async () => {
    const first = await importMonitorFile(t.database.transactor, {
      kind: 'enquete',
      fileName: 'eerste.csv',
      bytes: csv('Gebied;Mantelzorg;Respondenten\nGM0935;15,5;800\nGM0938;16;120\n'),
      mapping: MANTELZORG,
      dryRun: false,
      userId: null,
    });
    expect(first.imported).toBe(true);
    const second = await importMonitorFile(t.database.transactor, {
      kind: 'enquete',
      fileName: 'tweede.xlsx',
      bytes: await workbook(['Gebied', 'Mantelzorg', 'Respondenten'], [['Maastricht', 17.25, 810]]),
      mapping: { ...MANTELZORG, source: 'Tweede bron' },
      dryRun: false,
      userId: null,
    });
    expect(second.report.refused).toEqual([]);
    expect(await externalValue('P2-MANTELZORG', 'GM0935', '2024')).toMatchObject({
      value: 17.25,
      respondents: 810,
      source: 'Tweede bron',
      importId: second.importId,
    });
    expect(await externalValue('P2-MANTELZORG', 'GM0938', '2024')).toMatchObject({
      value: 16,
      importId: first.importId,
    });
  });
});

describe('refusals before validation', () => {
  it('refuses other file types and broken mappings in Dutch (422), and other roles (403)', async () => {
    const ods = await post(beleid, {
      kind: 'enquete',
      fileName: 'cijfers.ods',
      bytes: csv('x'),
      mapping: MANTELZORG,
    });
    expect(ods.statusCode).toBe(422);
    expect(ods.json().errors[0]).toMatchObject({
      field: 'contentBase64',
      message: expect.stringMatching(/\.ods/),
    });
    const mapping = await post(beleid, {
      kind: 'demografie',
      fileName: 'a.csv',
      bytes: csv('a;b\n1;2'),
      mapping: { areaColumn: 'a', source: 'CBS', columns: [] },
    });
    expect(mapping.statusCode).toBe(422);
    expect(mapping.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'mapping.columns', message: 'Koppel ten minste één kolom aan een bevolkingsgroep' },
      ]),
    );
    const kind = await t.as(beleid, {
      method: 'POST',
      url: '/api/monitor/imports',
      payload: { kind: 'anders', fileName: 'a.csv', contentBase64: 'YQ==', mapping: {} },
    });
    expect(kind.statusCode).toBe(422);
    expect(kind.json().errors[0].field).toBe('kind');
    for (const request of [
      post(consulent, { kind: 'enquete', ...example('clientervaring-wmo-jeugd-2025') }),
      t.as(consulent, { method: 'GET', url: '/api/monitor/imports' }),
    ]) {
      expect((await request).statusCode).toBe(403);
    }
  });
});

async function workbook(columns: string[], rows: (string | number)[][]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  async function* batches() {
    yield rows;
  }
  for await (const chunk of xlsxStream('Blad1', columns, batches()))
    chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}
