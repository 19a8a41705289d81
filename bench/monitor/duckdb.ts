/**
 * The reference: the person-facts aggregation and the person cube of facts-repository.ts, over the
 * same provision facts, on DuckDB (in memory) and on PostgreSQL. DuckDB is a dev dependency for
 * this comparison only; the application does not use it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function domainBits(domains: readonly { code: string; bit: number }[]) {
  return `(CASE domain ${domains.map((d) => `WHEN '${d.code}' THEN ${d.bit}`).join(' ')} ELSE 0 END)`;
}

/** Person facts (group by person … bit_or of the domain bits), then the person cube. */
function aggregation(from: string, domains: readonly { code: string; bit: number }[]) {
  return `
    WITH person_facts AS (
      SELECT person_key, gemeente_code, wijk_code, buurt_code, age_band,
        bit_or(${domainBits(domains)}) AS mask, count(*) AS provision_count, sum(cost_cents) AS cost_cents
      FROM ${from}
      GROUP BY person_key, gemeente_code, wijk_code, buurt_code, age_band
    )
    SELECT gemeente_code, wijk_code, age_band, mask, LEAST(provision_count, 4) AS provision_class,
      count(*)::bigint AS persons, sum(provision_count)::bigint AS provisions, COALESCE(sum(cost_cents), 0)::float8 AS cost
    FROM person_facts
    GROUP BY 1, 2, 3, 4, 5`;
}

/** Streams the snapshot's provision facts out of PostgreSQL with COPY … TO STDOUT (via psql). */
async function exportFacts(url: string, snapshotId: string, file: string): Promise<void> {
  const copy = `COPY (SELECT encode(person_key, 'hex'), gemeente_code, wijk_code,
    buurt_code, age_band, domain, cost_cents FROM monitor_provision_facts WHERE snapshot_id = '${snapshotId}')
    TO STDOUT (FORMAT csv)`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', copy], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const out = fs.createWriteStream(file);
    child.stdout.pipe(out);
    child.on('error', reject);
    child.on('close', (code) =>
      out.close(() => (code === 0 ? resolve() : reject(new Error(`psql COPY ended with ${code}`)))),
    );
  });
}

export interface ReferenceResult {
  rows: number;
  exportSeconds: number;
  csvMb: number;
  duckLoadSeconds: number;
  duckSeconds: number;
  postgresSeconds: number;
  cubeRows: { duck: number; postgres: number };
  totals: { duck: [number, number]; postgres: [number, number] };
}

export async function duckdbReference(
  url: string,
  snapshotId: string,
  domains: readonly { code: string; bit: number }[],
  runs = 3,
): Promise<ReferenceResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenhang-duck-'));
  const file = path.join(dir, 'provision-facts.csv');
  try {
    let started = performance.now();
    await exportFacts(url, snapshotId, file);
    const exportSeconds = (performance.now() - started) / 1000;
    const csvMb = Math.round(fs.statSync(file).size / 1e6);

    // Nothing is fetched at run time: extensions are neither installed nor loaded automatically.
    const instance = await DuckDBInstance.create(':memory:', {
      threads: String(os.cpus().length),
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
    const duck = await instance.connect();
    started = performance.now();
    await duck.run(`CREATE TABLE facts AS
      SELECT from_hex(person_key) AS person_key, gemeente_code, wijk_code,
        buurt_code, age_band, domain, cost_cents
      FROM read_csv('${file}', header = false, columns = {
        'person_key': 'VARCHAR', 'gemeente_code': 'VARCHAR', 'wijk_code': 'VARCHAR',
        'buurt_code': 'VARCHAR', 'age_band': 'VARCHAR', 'domain': 'VARCHAR', 'cost_cents': 'BIGINT'})`);
    const duckLoadSeconds = (performance.now() - started) / 1000;
    const rows = Number((await duck.runAndReadAll('SELECT count(*) FROM facts')).getRowsJS()[0]?.[0] ?? 0);

    const duckTimes: number[] = [];
    let duckRows: Record<string, unknown>[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      duckRows = (await duck.runAndReadAll(aggregation('facts', domains))).getRowObjectsJS();
      duckTimes.push((performance.now() - started) / 1000);
    }
    duck.closeSync();
    instance.closeSync();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const pgTimes: number[] = [];
    let pgRows: Record<string, unknown>[] = [];
    const from = `(SELECT * FROM monitor_provision_facts WHERE snapshot_id = '${snapshotId}') f`;
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      pgRows = (await client.query(aggregation(from, domains))).rows;
      pgTimes.push((performance.now() - started) / 1000);
    }
    await client.end();

    const totals = (list: Record<string, unknown>[]): [number, number] => [
      list.reduce((sum, row) => sum + Number(row.persons), 0),
      list.reduce((sum, row) => sum + Number(row.provisions), 0),
    ];
    return {
      rows,
      exportSeconds,
      csvMb,
      duckLoadSeconds,
      duckSeconds: median(duckTimes),
      postgresSeconds: median(pgTimes),
      cubeRows: { duck: duckRows.length, postgres: pgRows.length },
      totals: { duck: totals(duckRows), postgres: totals(pgRows) },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
