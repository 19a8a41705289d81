/**
 * npm run bench — figures for the Foundation issue, on native PostgreSQL and on PGlite:
 * name search and person page latency over the region-scale demo data (≈60,000 persons),
 * person page throughput under 20 concurrent clients against a bare Fastify route, and the
 * first start of `samenhang serve` on PGlite (time to healthy, memory).
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the server used to
 * create a scratch database; BENCH_ENGINES=pglite,postgres picks engines; BENCH_SECONDS sets the
 * autocannon duration (default 10).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { seedAreas } from '../src/server/modules/areas/service';
import { loadDemoData } from '../src/server/modules/demo-data/service';
import { type Database, openDatabase } from '../src/server/platform/db/client';
import { projectRoot } from '../src/server/platform/paths';
import { measureFirstStart } from './first-start';
import { serveAndLogin } from './serve';
import { ms, summarize } from './stats';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const engines = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',');
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUERIES = [
  'Janssen',
  'Smeets',
  'Hermanz',
  'Bemelman',
  'Dubois',
  'Kerkhofs',
  'vroemen',
  'Lemens',
  'Schoonbrot',
  'maria jansen',
  'Habets',
  'Frijns',
  'van der Heiden',
  'Duijsen',
  'Crombag',
];

async function openEngine(engine: string): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query('drop database if exists samenhang_bench with (force)');
    await admin.query('create database samenhang_bench');
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = '/samenhang_bench';
    return {
      database: await openDatabase({ databaseUrl: url.toString(), poolSize: 20 }),
      cleanup: async () => {},
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-bench-'));
  return {
    database: await openDatabase({ dataDir, lockOwner: 'bench' }),
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function cannon(url: string, headers: Record<string, string>, paths?: string[]) {
  // The load generator runs in a worker thread so it does not share the server's event loop.
  const result = await autocannon({
    url,
    connections: 20,
    duration: seconds,
    workers: 1,
    headers,
    ...(paths
      ? { requests: paths.map((requestPath) => ({ method: 'GET' as const, path: requestPath })) }
      : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function timeRequests(base: string, cookie: string, paths: string[]) {
  const samples: number[] = [];
  for (const requestPath of paths) {
    const started = performance.now();
    const response = await fetch(`${base}${requestPath}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${requestPath}: ${response.status}`);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

async function benchEngine(engine: string) {
  const { database, cleanup } = await openEngine(engine);
  try {
    await database.migrate();
    await seedAreas(database.transactor);
    const loadStarted = performance.now();
    const demo = await loadDemoData(database.transactor, { seed: 1, scale: 'region' });
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // Measure a settled database, as in production, not one whose fresh rows autovacuum is still visiting.
    await database.rawQuery('vacuum analyze');
    const { app, base, cookie } = await serveAndLogin(database);
    const visible = (await database.rawQuery(
      `select m.person_id as id from household_members m join households h on h.id = m.household_id
       join team_members tm on tm.team_id = h.team_id join users u on u.id = tm.user_id
       where u.username = 'consulent' order by m.person_id limit 200`,
    )) as { id: string }[];
    const personPaths = visible.map((row) => `/api/persons/${row.id}`);
    const searchPaths = Array.from(
      { length: 300 },
      (_, i) => `/api/persons?q=${encodeURIComponent(QUERIES[i % QUERIES.length] ?? '')}&limit=25`,
    );
    await timeRequests(base, cookie, searchPaths.slice(0, 30)); // warm-up
    const search = await timeRequests(base, cookie, searchPaths);
    const personPage = await timeRequests(base, cookie, [...personPaths, ...personPaths].slice(0, 300));
    const personLoad = await cannon(base, { cookie }, personPaths);
    await app.close();
    return { engine, demo, loadSeconds, search, personPage, personLoad, visiblePersons: visible.length };
  } finally {
    await database.close();
    await cleanup();
  }
}

async function bareFastify() {
  const app = Fastify();
  app.get('/constant', async () => ({ status: 'ok' }));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const result = await cannon(`${base}/constant`, {});
  await app.close();
  return result;
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  cpus: os.cpus().length,
  node: process.version,
};
const bare = await bareFastify();
results.bareFastify = bare;
console.log(`Bare Fastify constant route, 20 clients: ${bare.rps.toFixed(0)} req/s`);
for (const engine of engines) {
  console.log(`\n== ${engine} ==`);
  const r = await benchEngine(engine);
  results[engine] = r;
  console.log(
    `region demo data: ${r.demo.persons} persons, ${r.demo.households} households, loaded in ${r.loadSeconds.toFixed(1)} s`,
  );
  console.log(
    `name search  (${r.search.n} requests, 25 per page): p50 ${ms(r.search.p50)}, p95 ${ms(r.search.p95)}${engine === 'postgres' ? `  (target p95 < 20 ms: ${r.search.p95 < 20 ? 'met' : 'NOT met'})` : ''}`,
  );
  console.log(
    `person page  (${r.personPage.n} requests): p50 ${ms(r.personPage.p50)}, p95 ${ms(r.personPage.p95)}`,
  );
  console.log(
    `person page, 20 clients ${seconds} s: ${r.personLoad.rps.toFixed(0)} req/s (p50 ${r.personLoad.p50} ms, p97.5 ${r.personLoad.p97_5} ms, errors ${r.personLoad.errors}, non-2xx ${r.personLoad.non2xx})`,
  );
  console.log(`ratio bare Fastify / person page: ${(bare.rps / r.personLoad.rps).toFixed(1)}×`);
}
if (process.env.BENCH_FIRST_START !== 'off') {
  const first = await measureFirstStart();
  results.firstStart = first;
  console.log(
    `\nfirst start on PGlite (fresh folder, small demo data): healthy after ${first.seconds.toFixed(1)} s, RSS ${first.rssMb} MB, data folder ${first.folderMb} MB`,
  );
  console.log(`second start: healthy after ${first.secondStartSeconds.toFixed(1)} s`);
}
const out = path.join(projectRoot, 'bench', 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, `foundation-${Date.now()}.json`), JSON.stringify(results, null, 2));
process.exit(0);
