/**
 * npm run bench (third part) — issue 5's Monitor figures on PostgreSQL:
 *  1. a snapshot at region scale (the region demo data), three periods, target < 10 s each;
 *  2. the monitor views from a published snapshot (view, samenloop, trend), target p95 < 100 ms;
 *  3. a snapshot at a simulated national scale (2,500,000 persons, 10,000,000 provisions, generated
 *     in SQL in a scratch database), target < 3 min on this machine;
 *  4. the person-facts aggregation and person cube over the national snapshot's provision facts on
 *     DuckDB as a reference, and the same SQL on PostgreSQL, as a ratio.
 *
 * BENCH_REGION=0 skips 1 and 2, BENCH_NATIONAL=0 skips 3 and 4; BENCH_NATIONAL_PERSONS / BENCH_NATIONAL_PROVISIONS change the
 * simulated size; BENCH_KEEP=1 keeps the scratch databases; BENCH_EXPLAIN=0 skips EXPLAIN ANALYZE
 * of the slowest national statement; BENCH_REQUESTS sets the requests per endpoint (default 300).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadAgeBands, loadAreaCatalog } from '../src/server/modules/areas/catalog';
import { seedAreas } from '../src/server/modules/areas/service';
import { loadCaseTypeCatalog } from '../src/server/modules/case-types/catalog';
import { loadProvisionTypes } from '../src/server/modules/case-types/provision-types';
import { loadDemoData } from '../src/server/modules/demo-data/service';
import { loadMonitorCatalog } from '../src/server/modules/monitor/catalog';
import { populationsFromCatalog } from '../src/server/modules/monitor/populations';
import { computeSnapshotIn } from '../src/server/modules/monitor/snapshot-service';
import { loadConfig } from '../src/server/platform/config';
import { type Database, openDatabase } from '../src/server/platform/db/client';
import { projectRoot } from '../src/server/platform/paths';
import { duckdbReference } from './monitor/duckdb';
import { generateNational } from './monitor/national';
import {
  dropDatabase,
  explainStatement,
  printStatements,
  type Statement,
  scratchDatabase,
  timedExecutor,
} from './monitor/timed';
import { ms, summarize } from './stats';

const national = process.env.BENCH_NATIONAL !== '0';
const regional = process.env.BENCH_REGION !== '0';
const keep = process.env.BENCH_KEEP === '1';
const explain = process.env.BENCH_EXPLAIN !== '0';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const NATIONAL = {
  persons: Number(process.env.BENCH_NATIONAL_PERSONS ?? 2_500_000),
  provisions: Number(process.env.BENCH_NATIONAL_PROVISIONS ?? 10_000_000),
};
const REGION_DB = 'bench_monitor_region';
const NATIONAL_DB = 'bench_monitor_national';

const areas = loadAreaCatalog();
const provisionTypes = loadProvisionTypes(loadCaseTypeCatalog());
const deps = {
  catalog: loadMonitorCatalog(provisionTypes),
  catalogPopulations: populationsFromCatalog(areas, loadAgeBands()),
  today: () => '2026-11-01',
};
const audit = { actor: { id: null, username: null }, requestId: null };
const seconds = (started: number) => (performance.now() - started) / 1000;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  cpus: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
};

/** One timed snapshot computation in its own transaction, with the time per statement. */
async function timeSnapshot(database: Database, periodLabel: string) {
  const statements: Statement[] = [];
  const started = performance.now();
  const row = await database.transactor.transaction((tx) =>
    computeSnapshotIn(timedExecutor(tx, statements), deps, audit, { periodLabel }, null),
  );
  return { row, seconds: seconds(started), statements };
}

async function login(base: string, username: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: session.csrfToken };
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

// ── 1 and 2: region scale ────────────────────────────────────────────────────────────────────
async function region() {
  console.log('== Monitor, region scale (PostgreSQL) ==');
  const database = await openDatabase({ databaseUrl: await scratchDatabase(REGION_DB), poolSize: 10 });
  try {
    await database.migrate();
    await seedAreas(database.transactor);
    const started = performance.now();
    const demo = await loadDemoData(database.transactor, { seed: 1, scale: 'region' });
    await database.rawQuery('vacuum analyze');
    const [counts] = (await database.rawQuery(
      `select (select count(*) from persons)::int as persons, (select count(*) from provisions)::int as provisions,
              (select count(*) from cases)::int as cases`,
    )) as { persons: number; provisions: number; cases: number }[];
    console.log(
      `region demo data: ${demo.persons} persons, ${demo.households} households, ${counts?.cases} cases, ${counts?.provisions} provisions; loaded in ${seconds(started).toFixed(1)} s`,
    );
    const snapshots: Record<string, unknown>[] = [];
    const ids = new Map<string, string>();
    for (const period of ['2025-H2', '2026-H1', '2025-H1']) {
      const s = await timeSnapshot(database, period);
      ids.set(period, s.row.id);
      snapshots.push({
        period,
        seconds: s.seconds,
        persons: s.row.personCount,
        provisions: s.row.provisionCount,
      });
      console.log(
        `snapshot ${period}: ${s.seconds.toFixed(2)} s, ${s.row.provisionCount} provision facts, ${s.row.personCount} person facts  (target < 10 s: ${verdict(s.seconds < 10)})`,
      );
      printStatements(s.statements);
    }
    results.regionSnapshots = snapshots;

    // 2: the views, as a beleid user, from published snapshots.
    const app = await buildApp({
      config: loadConfig({}, { logLevel: 'silent', webDistDir: '/nonexistent' }),
      database,
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const { cookie, csrfToken } = await login(base, 'beleid');
    for (const period of ['2025-H2', '2026-H1']) {
      const response = await fetch(`${base}/api/monitor/snapshots/${ids.get(period)}/publish`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
      });
      if (!response.ok) throw new Error(`publish ${period}: ${response.status} ${await response.text()}`);
    }
    const snapshot = ids.get('2026-H1');
    const wijken = areas.filter((area) => area.level === 'wijk').map((area) => area.code);
    const gemeenten = areas.filter((area) => area.level === 'gemeente').map((area) => area.code);
    const indicators = [
      'P1-PERSONEN',
      'P1-WMO-65PLUS-PCT',
      'P1-JEUGD-PCT',
      'P1-HUISHOUDENS',
      'P1-VOORZIENINGSOORT',
      'P1-KOSTEN-PER-INWONER',
      'P2-MANTELZORG',
      'P3-TOEGANG-TIJDIG',
    ];
    const areaOf = (level: string, i: number) =>
      level === 'regio'
        ? 'REGIO'
        : level === 'gemeente'
          ? gemeenten[i % gemeenten.length]
          : wijken[i % wijken.length];
    const paths = (make: (i: number) => string) => Array.from({ length: REQUESTS }, (_, i) => make(i));
    const endpoints: Record<string, string[]> = {};
    for (const level of ['regio', 'gemeente', 'wijk'])
      endpoints[`/api/monitor/view (${level})`] = paths(
        (i) =>
          `/api/monitor/view?snapshot=${snapshot}&indicator=${indicators[i % indicators.length]}&area=${areaOf(level, i)}`,
      );
    endpoints['/api/monitor/samenloop'] = paths(
      (i) =>
        `/api/monitor/samenloop?snapshot=${snapshot}&area=${areaOf(['regio', 'gemeente', 'wijk'][i % 3] ?? '', i)}`,
    );
    endpoints['/api/monitor/trend'] = paths(
      (i) =>
        `/api/monitor/trend?indicator=${indicators[i % indicators.length]}&area=${areaOf(['regio', 'gemeente', 'wijk'][i % 3] ?? '', i)}`,
    );
    const views: Record<string, unknown> = {};
    for (const [label, list] of Object.entries(endpoints)) {
      await timeRequests(base, cookie, list.slice(0, 30)); // warm-up
      const s = await timeRequests(base, cookie, list);
      views[label] = s;
      console.log(
        `${label.padEnd(32)} ${s.n} requests: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}  (target p95 < 100 ms: ${verdict(s.p95 < 100)})`,
      );
    }
    results.views = views;
    await app.close();
  } finally {
    await database.close();
    if (!keep) await dropDatabase(REGION_DB);
  }
}

// ── 3 and 4: simulated national scale ────────────────────────────────────────────────────────
async function nationalScale() {
  console.log(
    `\n== Monitor, simulated national scale (PostgreSQL): ${NATIONAL.persons.toLocaleString('en')} persons, ${NATIONAL.provisions.toLocaleString('en')} provisions ==`,
  );
  const url = await scratchDatabase(NATIONAL_DB);
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  try {
    await database.migrate();
    await seedAreas(database.transactor);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let started = performance.now();
    console.log(
      'generating (set-based SQL; foreign keys of the loaded tables re-added NOT VALID — a simulation):',
    );
    const generated = await generateNational(client, NATIONAL, areas, provisionTypes, (line) =>
      console.log(line),
    );
    const generationSeconds = seconds(started);
    started = performance.now();
    await client.query('vacuum analyze');
    const vacuumSeconds = seconds(started);
    const [size] = (
      await client.query<{ mb: number }>(`select (pg_database_size(current_database()) / 1e6)::int as mb`)
    ).rows;
    console.log(
      `generated in ${generationSeconds.toFixed(1)} s (+ VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s; ${generated.households.toLocaleString('en')} households, ${generated.cases.toLocaleString('en')} cases and decisions; database ${size?.mb} MB) — not part of the measure`,
    );

    const s = await timeSnapshot(database, '2026-H1');
    console.log(
      `snapshot 2026-H1: ${s.seconds.toFixed(1)} s, ${s.row.provisionCount.toLocaleString('en')} provision facts, ${s.row.personCount.toLocaleString('en')} person facts  (target < 180 s: ${verdict(s.seconds < 180)})`,
    );
    printStatements(s.statements);
    const nationalResult: Record<string, unknown> = {
      ...NATIONAL,
      generationSeconds,
      snapshotSeconds: s.seconds,
      provisionFacts: s.row.provisionCount,
      personFacts: s.row.personCount,
      statements: s.statements.map(({ label, ms: time }) => ({ label, ms: time })),
    };
    results.national = nationalResult;

    if (explain) {
      const slowest = [...s.statements].sort((a, b) => b.ms - a.ms)[0];
      if (slowest) {
        console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the slowest statement, ${slowest.label} (rolled back):`);
        const plan = await database.transactor
          .transaction(async (tx) => {
            const lines = await explainStatement(tx, slowest, s.row.id);
            throw Object.assign(new Error('rollback'), { lines });
          })
          .catch((error: { lines?: string[] }) => {
            if (error.lines) return error.lines;
            throw error;
          });
        for (const line of plan) console.log(`    ${line}`);
        nationalResult.explain = plan;
      }
    }

    console.log(
      '\n== Reference: DuckDB (@duckdb/node-api, a dev dependency for this comparison only; not used by the app) ==',
    );
    const ref = await duckdbReference(url, s.row.id, deps.catalog.domains);
    console.log(
      `provision facts exported with COPY … TO STDOUT: ${ref.rows.toLocaleString('en')} rows, ${ref.csvMb} MB CSV in ${ref.exportSeconds.toFixed(1)} s; DuckDB read_csv ${ref.duckLoadSeconds.toFixed(1)} s`,
    );
    console.log(
      `person facts (group by person, bit_or of domain bits) + person cube, median of 3: PostgreSQL ${ref.postgresSeconds.toFixed(2)} s, DuckDB ${ref.duckSeconds.toFixed(2)} s — ratio PostgreSQL / DuckDB ${(ref.postgresSeconds / ref.duckSeconds).toFixed(1)}×`,
    );
    const same =
      ref.cubeRows.duck === ref.cubeRows.postgres &&
      ref.totals.duck[0] === ref.totals.postgres[0] &&
      ref.totals.duck[1] === ref.totals.postgres[1];
    console.log(
      `  same answer: ${same ? 'yes' : 'NO'} (${ref.cubeRows.postgres} cube rows, ${ref.totals.postgres[0].toLocaleString('en')} persons, ${ref.totals.postgres[1].toLocaleString('en')} provisions)`,
    );
    results.duckdbReference = ref;
    await client.end();
  } finally {
    await database.close();
    if (!keep) await dropDatabase(NATIONAL_DB);
  }
}

if (regional) await region();
else console.log('SKIPPED (BENCH_REGION=0): the region-scale snapshots and the views.');
if (national) await nationalScale();
else console.log('\nSKIPPED (BENCH_NATIONAL=0): the national-scale snapshot and the DuckDB reference.');
if (keep) console.log(`\nkept the scratch databases ${REGION_DB} and ${NATIONAL_DB} (BENCH_KEEP=1)`);
const out = path.join(projectRoot, 'bench', 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, `monitor-${Date.now()}.json`), JSON.stringify(results, null, 2));
process.exit(0);
