/**
 * A simulated national population for the snapshot benchmark, generated with set-based SQL in a
 * scratch database: persons over the region's wijken in proportion to their inhabitants, a
 * household per ~2.2 persons, one case and one besluit per four provisions, and provisions over
 * the monitor's domains and provision types around 2026-H1.
 *
 * Every key is made from its row number (`uid`), so each statement finds its parents without a
 * lookup and the data is valid by construction; the foreign keys of the loaded tables are dropped
 * during the load and added back NOT VALID (a simulation; the scratch database only). Secondary
 * indexes are built after the load, except the persons' trigram search index, which the snapshot
 * does not use and which is left out.
 */
import type pg from 'pg';
import type { CatalogArea } from '../../src/server/modules/areas/catalog';
import type { ProvisionType } from '../../src/server/modules/case-types/provision-types';

/** A row number as a uuid in its own range per table (persons 8…, households 9…, cases a…). */
const uid = (prefix: string, n: string) =>
  `('00000000-0000-4000-${prefix}000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
/** A deterministic non-negative pseudo-random integer from a row number and a salt. */
const h = (n: string, salt: number) => `(hashint4((${n})::int # ${salt})::bigint & 2147483647)`;
const quote = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);

/** Share of the cases per domain, in percent (the monitor's six domains). */
const DOMAIN_SHARE: Record<string, number> = {
  wmo: 35,
  jeugd: 20,
  inkomen: 15,
  minima: 20,
  participatie: 7,
  onderwijs: 3,
};
const CASE_TYPE: Record<string, string> = {
  wmo: 'WMO-AANVRAAG',
  jeugd: 'JEUGDHULP-AANVRAAG',
  inkomen: 'PW-AANVRAAG',
  minima: 'BB-AANVRAAG',
  participatie: 'RE-INTEGRATIE-AANVRAAG',
  onderwijs: 'LLV-AANVRAAG',
};
const LOADED_TABLES = ['persons', 'households', 'household_members', 'cases', 'decisions', 'provisions'];

/** 1,000 slots of wijk codes in proportion to inhabitants (2 slots left empty: address unknown). */
export function wijkSlots(areas: readonly CatalogArea[]): (string | null)[] {
  const wijken = areas.filter((area) => area.level === 'wijk' && area.inhabitants > 0);
  const total = wijken.reduce((sum, area) => sum + area.inhabitants, 0);
  const size = 998;
  const exact = wijken.map((area) => (area.inhabitants * size) / total);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; counts.reduce((s, c) => s + c, 0) < size; k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return [...wijken.flatMap((area, i) => Array<string>(counts[i] ?? 0).fill(area.code)), null, null];
}

export interface NationalSize {
  persons: number;
  provisions: number;
}

export async function generateNational(
  client: pg.Client,
  size: NationalSize,
  areas: readonly CatalogArea[],
  provisionTypes: readonly ProvisionType[],
  log: (line: string) => void,
): Promise<{ households: number; cases: number }> {
  const N = size.persons;
  const P = size.provisions;
  const C = Math.ceil(P / 4);
  const H = Math.floor(((N - 1) * 10) / 22) + 1;
  const step = async (label: string, text: string) => {
    const started = performance.now();
    const result = await client.query(text);
    log(
      `  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s${result.rowCount ? ` (${result.rowCount.toLocaleString('en')} rows)` : ''}`,
    );
  };

  // Foreign keys and secondary indexes of the loaded tables go during the load and come back after.
  const constraints = (
    await client.query<{ table: string; name: string; def: string }>(
      `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def
       from pg_constraint where contype = 'f' and conrelid::regclass::text = any($1)`,
      [LOADED_TABLES],
    )
  ).rows;
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `select i.indexname as name, i.indexdef as def from pg_indexes i
       where i.schemaname = 'public' and i.tablename = any($1)
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [LOADED_TABLES],
    )
  ).rows;
  for (const c of constraints) await client.query(`alter table ${c.table} drop constraint ${c.name}`);
  for (const index of indexes) await client.query(`drop index ${index.name}`);

  const slots = `ARRAY[${wijkSlots(areas).map(quote).join(',')}]::text[]`;
  const domainSlots = `ARRAY[${Object.entries(DOMAIN_SHARE)
    .flatMap(([domain, share]) => Array<string>(share).fill(quote(domain)))
    .join(',')}]::text[]`;
  await client.query(
    'create temporary table bench_types (domain text, i int, code text, unit text, amount boolean)',
  );
  await client.query('create temporary table bench_domains (domain text primary key, n int, case_type text)');
  const inMonitor = provisionTypes.filter((type) => type.domain in DOMAIN_SHARE);
  for (const domain of Object.keys(DOMAIN_SHARE)) {
    const types = inMonitor.filter((type) => type.domain === domain);
    await client.query('insert into bench_domains values ($1, $2, $3)', [
      domain,
      types.length,
      CASE_TYPE[domain],
    ]);
    for (const [i, type] of types.entries())
      await client.query('insert into bench_types values ($1, $2, $3, $4, $5)', [
        domain,
        i,
        type.code,
        type.volumeUnit ?? null,
        domain === 'inkomen' || domain === 'minima',
      ]);
  }
  const team = await client.query<{ id: string }>(
    `insert into teams (code, name, kind) values ('BENCH-LANDELIJK', 'Bench landelijk', 'gebiedsteam') returning id`,
  );
  const teamId = team.rows[0]?.id;

  const household = (i: string) => `(((${i}) - 1) * 10 / 22 + 1)`;
  await step(
    `persons (${N.toLocaleString('en')})`,
    `insert into persons (id, given_names, family_name, birth_date, area_code, place, search_name, sort_name)
     select ${uid('8', 'i')}, 'Persoon', 'Bench ' || i,
       date '2026-06-30' - (${h('i', 11)} % 34675)::int,
       (${slots})[1 + ${h(household('i'), 13)} % 1000],
       'Bench', 'persoon bench ' || i, 'bench ' || i || ', p.'
     from generate_series(1, ${N}) i`,
  );
  await step(
    `households (${H.toLocaleString('en')})`,
    `insert into households (id, name) select ${uid('9', 'k')}, 'Huishouden ' || k from generate_series(1, ${H}) k`,
  );
  await step(
    'household members',
    `insert into household_members (household_id, person_id, relation, valid_from)
     select ${uid('9', household('i'))}, ${uid('8', 'i')},
       (array['partner','ouder','kind','overig'])[1 + i % 4], date '2015-01-01' + (${h('i', 17)} % 3000)::int
     from generate_series(1, ${N}) i`,
  );
  // A case's domain, applicant and dates follow from its number, so its decision and provisions
  // recompute them instead of looking them up.
  const caseDomain = (c: string) => `(${domainSlots})[1 + ${h(c, 23)} % 100]`;
  const caseParty = (c: string) => uid('8', `1 + ${h(c, 29)} % ${N}`);
  const received = (c: string) => `(date '2025-01-01' + (${h(c, 31)} % 540)::int)`;
  const decided = (c: string) => `(${received(c)} + (${h(c, 37)} % 70)::int)`;
  await step(
    `cases (${C.toLocaleString('en')})`,
    `insert into cases (id, number, case_type_code, case_type_version, domain, person_id, team_id, received_on, channel,
       status_code, legal_deadline, closed_on, outcome)
     select ${uid('a', 'c')}, 'BENCH-' || c, d.case_type, 1, d.domain, ${caseParty('c')}, '${teamId}',
       ${received('c')}, 'balie', 'afgehandeld', ${received('c')} + 56, ${decided('c')}, 'toegekend'
     from generate_series(1, ${C}) c join bench_domains d on d.domain = ${caseDomain('c')}`,
  );
  await step(
    'decisions',
    `insert into decisions (id, case_id, decision_type_code, kind, decided_on, effective_from, outcome)
     select ${uid('b', 'c')}, ${uid('a', 'c')}, 'BENCH-BESCHIKKING', 'besluit', ${decided('c')}, ${decided('c')}, 'toegekend'
     from generate_series(1, ${C}) c`,
  );
  await step(
    `provisions (${P.toLocaleString('en')})`,
    `insert into provisions (id, decision_id, case_id, person_id, domain, provision_type_code, start_date, end_date,
       volume, volume_unit, amount_cents)
     select ${uid('c', 'g')}, ${uid('b', 'x.c')}, ${uid('a', 'x.c')}, ${caseParty('x.c')}, d.domain, t.code, x.start,
       case when ${h('g', 41)} % 10 < 4 then null else x.start + 60 + (${h('g', 43)} % 600)::int end,
       case when t.unit is not null then 1 + ${h('g', 47)} % 8 end, t.unit,
       case when t.amount then 2500 + ${h('g', 53)} % 150000 end
     from generate_series(1, ${P}) g
     cross join lateral (select (g + 3) / 4 as c) k
     cross join lateral (select k.c, ${decided('k.c')} + (g % 4) * 14 as start) x
     join bench_domains d on d.domain = ${caseDomain('x.c')}
     join bench_types t on t.domain = d.domain and t.i = ${h('g', 59)} % d.n`,
  );
  const started = performance.now();
  for (const index of indexes) {
    if (index.name === 'persons_search_trgm_idx') continue;
    await client.query(index.def);
  }
  for (const c of constraints)
    await client.query(`alter table ${c.table} add constraint ${c.name} ${c.def} not valid`);
  log(
    `  secondary indexes (${indexes.length - 1}, without the trigram search index) and ${constraints.length} foreign keys (NOT VALID): ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { households: H, cases: C };
}
