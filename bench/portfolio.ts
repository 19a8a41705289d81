/**
 * npm run bench (fourth part) — issue 6's figures on PostgreSQL: the Toekomstagenda portfolio on
 * the seed content (62 projects). Latency p50/p95 over 200 requests of the overview (now and as
 * Bijlage 1 with history undone), a project page, the finance tables, a phase change (If-Match,
 * history and audit entry in one transaction), and the matrix as Excel and as PDF.
 */
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadPortfolioSeed } from '../src/server/modules/portfolio/demo/load';
import { loadSeedContent } from '../src/server/modules/portfolio/demo/seed-content';
import { addUser, CLI_AUDIT } from '../src/server/modules/users/service';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db/client';
import { ms, summarize } from './stats';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = Number(process.env.BENCH_PORTFOLIO_ROUNDS ?? 200);

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query('drop database if exists samenhang_bench_pf with (force)');
await admin.query('create database samenhang_bench_pf');
await admin.end();
const url = new URL(adminUrl);
url.pathname = '/samenhang_bench_pf';
const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
await database.migrate();
const loadStarted = performance.now();
const loaded = await loadPortfolioSeed(database.transactor, loadSeedContent());
console.log(
  `portfolio seed: ${loaded.projects} projects, ${loaded.risks} risks, ${loaded.actions} actions loaded in ${ms(performance.now() - loadStarted)}`,
);
await addUser(
  database.transactor,
  {
    username: 'procesmanager',
    displayName: 'Procesmanager',
    password: 'bench-password',
    roles: ['procesmanager'],
    teamIds: [],
    gemeenteCode: null,
  },
  CLI_AUDIT,
);

const app = await buildApp({
  config: loadConfig({}, { logLevel: 'silent', webDistDir: '/nonexistent' }),
  database,
});
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'procesmanager', password: 'bench-password' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const { csrfToken } = (await login.json()) as { csrfToken: string };

async function time(label: string, request: () => Promise<Response>, rounds = ROUNDS) {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const response = await request();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${label}: HTTP ${response.status}`);
    samples.push(performance.now() - started);
  }
  const s = summarize(samples);
  console.log(`${label.padEnd(40)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  (n=${s.n})`);
  return s;
}

const get = (path: string) => () => fetch(`${base}${path}`, { headers: { cookie } });
const overview = (await (await get('/api/portfolio/overview')()).json()) as {
  projects: { id: string; name: string; version: number }[];
};
const project = overview.projects.find(
  (candidate) => candidate.name === '1 Gezin / 1 Plan en Doorbreek de Patronen',
);
if (!project) throw new Error('seed project missing');

const now = await time('overview (now)', get('/api/portfolio/overview'));
const bijlage = await time(
  'overview (Bijlage 1, history undone)',
  get('/api/portfolio/overview?stand=2017-12-31'),
);
await time('project page', get(`/api/portfolio/projects/${project.id}`));
await time('finance tables', get('/api/portfolio/finance'));
await time('annual plan (peildatum)', get('/api/portfolio/annual-plan?peildatum=2018-07-01'));
let version = project.version;
const phases = ['Onderzoek', 'Besluit', 'Implementatie', 'Uitvoering'];
await time(
  'phase change (If-Match, history, audit)',
  async () => {
    const response = await fetch(`${base}/api/portfolio/projects/${project.id}`, {
      method: 'PATCH',
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        'content-type': 'application/json',
        'if-match': `"${version}"`,
      },
      body: JSON.stringify({ phase: phases[version % phases.length], reason: 'Benchmark: fasewijziging' }),
    });
    version += 1;
    return response;
  },
  100,
);
const xlsx = await time('matrix as Excel', get('/api/portfolio/export/matrix?format=xlsx'), 50);
const pdf = await time('matrix as PDF', get('/api/portfolio/export/matrix?format=pdf'), 50);
console.log(
  `ratios: Bijlage 1 / now ${(bijlage.p50 / now.p50).toFixed(2)}×, PDF / Excel ${(pdf.p50 / xlsx.p50).toFixed(2)}× (p50)`,
);
await app.close();
await database.close();
