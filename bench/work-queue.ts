/**
 * npm run bench (second part) — issue 3's figures on PostgreSQL: the team work queue with 100,000
 * open cases (p50/p95 for a page of 50, with and without filters, following cursors), and case
 * creation throughput under 20 concurrent clients (autocannon, each creation audited).
 */
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { seedAreas } from '../src/server/modules/areas/service';
import { loadDemoData } from '../src/server/modules/demo-data/service';
import { openDatabase } from '../src/server/platform/db/client';
import { serveAndLogin } from './serve';
import { ms, summarize } from './stats';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const OPEN_CASES = Number(process.env.BENCH_OPEN_CASES ?? 100_000);

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query('drop database if exists samenhang_bench_wq with (force)');
await admin.query('create database samenhang_bench_wq');
await admin.end();
const url = new URL(adminUrl);
url.pathname = '/samenhang_bench_wq';
const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
await database.migrate();
await seedAreas(database.transactor);
await loadDemoData(database.transactor, { seed: 1, scale: 'small' });

// 100,000 open cases spread over the Centrum team (the consultant's) and the others, with
// deadlines over the coming months; generated in SQL because this measures reading, not writing.
const started = performance.now();
await database.rawQuery(`
  insert into cases (number, case_type_code, case_type_version, domain, person_id, team_id, received_on, channel,
                     status_code, legal_deadline, service_norm_date, gemeente_code, area_code)
  select 'BENCH-' || lpad(g::text, 7, '0'),
         (array['WMO-AANVRAAG','PW-AANVRAAG','JEUGDHULP-AANVRAAG','BB-AANVRAAG','KLACHT'])[1 + g % 5],
         1,
         (array['wmo','inkomen','jeugd','minima','bedrijfsvoering'])[1 + g % 5],
         p.id, t.id, date '2026-09-01' + (g % 80), 'balie', 'in-behandeling',
         date '2026-10-01' + (g % 120), date '2026-09-20' + (g % 100), 'GM0935', p.area_code
  from generate_series(1, ${OPEN_CASES}) g
  cross join lateral (select id, area_code from persons order by id offset (g % 1500) limit 1) p
  cross join lateral (select id from teams where kind = 'gebiedsteam' order by (code = 'GT-MAA-CENTRUM') desc, code offset (g % 3) limit 1) t`);
await database.rawQuery('analyze cases');
console.log(`${OPEN_CASES} open cases generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { app, base, cookie, csrfToken, teamId } = await serveAndLogin(database);

async function timeQueue(label: string, query: string, follow: boolean) {
  const samples: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 300; i++) {
    const started = performance.now();
    const response = await fetch(
      `${base}/api/work-queue?team=${teamId}&limit=50${query}${follow && cursor ? `&cursor=${cursor}` : ''}`,
      {
        headers: { cookie },
      },
    );
    const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
    if (!response.ok) throw new Error(`${label}: ${response.status}`);
    samples.push(performance.now() - started);
    cursor = body.nextCursor;
  }
  const s = summarize(samples);
  console.log(
    `work queue ${label.padEnd(34)} p50 ${ms(s.p50)}, p95 ${ms(s.p95)}  (target p95 < 50 ms: ${s.p95 < 50 ? 'met' : 'NOT met'})`,
  );
}

await timeQueue('first page, no filter', '', false);
await timeQueue('pages 1–300 by cursor', '', true);
await timeQueue('domain=wmo', '&domain=wmo', false);
await timeQueue('overdue=true&unassigned=true', '&overdue=true&unassigned=true', false);

const personIds = (await database.rawQuery(`select id from persons order by id limit 200`)) as {
  id: string;
}[];
const result = await autocannon({
  url: `${base}/api/cases`,
  connections: 20,
  duration: seconds,
  workers: 1,
  method: 'POST',
  headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
  requests: personIds.map((row) => ({
    method: 'POST' as const,
    path: '/api/cases',
    body: JSON.stringify({
      personId: row.id,
      caseTypeCode: 'WMO-MELDING',
      receivedOn: '2026-11-02',
      channel: 'telefoon',
    }),
  })),
});
console.log(
  `case creation, 20 clients ${seconds} s: ${result.requests.average.toFixed(0)} cases/s (p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, non-2xx ${result.non2xx}, errors ${result.errors})`,
);
const numbers = (await database.rawQuery(
  `select count(*)::int as n, count(distinct number)::int as d from cases where number like 'SZMH-%'`,
)) as { n: number; d: number }[];
console.log(
  `created ${numbers[0]?.n} numbered cases, ${numbers[0]?.d} distinct numbers (machine: ${os.cpus().length} cores)`,
);
await app.close();
await database.close();
process.exit(0);
