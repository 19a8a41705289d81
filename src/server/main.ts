import fs from 'node:fs';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { GemeenteCode } from '../shared/api/admin';
import { ROLES } from '../shared/roles';
import { buildApp } from './app';
import { loadAgeBands, loadAreaCatalog } from './modules/areas/catalog';
import { importAreaBoundaries, seedAreas } from './modules/areas/service';
import { loadCaseTypeCatalog } from './modules/case-types/catalog';
import { loadProvisionTypes } from './modules/case-types/provision-types';
import { REFERENCE_DATE } from './modules/demo-data/generate';
import { DEMO_LOGINS, hasDemoData, loadDemoData } from './modules/demo-data/service';
import { VOLUME_SHARE } from './modules/demo-data/volumes';
import { loadMonitorCatalog } from './modules/monitor/catalog';
import { loadDemoMonitor } from './modules/monitor/demo';
import { populationsFromCatalog } from './modules/monitor/populations';
import { loadPortfolioSeed } from './modules/portfolio/demo/load';
import { loadSeedContent } from './modules/portfolio/demo/seed-content';
import { teamIdsByCodes } from './modules/users/repository';
import { addUser, CLI_AUDIT } from './modules/users/service';
import { verifyAuditTrail } from './platform/audit/service';
import { type Config, loadConfig } from './platform/config';
import { type Database, openDatabase } from './platform/db/client';
import { DataDirInUseError } from './platform/db/data-dir-lock';
import { AppError } from './platform/errors';

const program = new Command()
  .name('samenhang')
  .description(
    'Samenhang: het platform voor het sociaal domein. Zonder DATABASE_URL draait het op PGlite in SAMENHANG_DATA_DIR (standaard ./data).',
  )
  .showHelpAfterError();

async function withDatabase<T>(
  command: string,
  work: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    lockOwner: command,
  });
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}

/** The Monitor's demo on top of the demo data: boundaries, example imports, four published half-years. */
async function loadMonitorDemoData(database: Database, scale: 'small' | 'region') {
  const catalog = loadMonitorCatalog(loadProvisionTypes(loadCaseTypeCatalog()));
  const catalogPopulations = populationsFromCatalog(loadAreaCatalog(), loadAgeBands());
  const result = await loadDemoMonitor(database.transactor, { catalog, catalogPopulations }, REFERENCE_DATE, {
    populationShare: VOLUME_SHARE[scale],
    onProgress: progress('monitor-peilmomenten'),
  });
  process.stderr.write('\n');
  return result;
}

const progress = (label: string) => (done: number, total?: number) =>
  process.stderr.write(`\r${label}: ${done}${total ? ` / ${total}` : ''}   `);

program
  .command('serve')
  .description(
    'Start de server: migraties, gebieden, demo-data bij de eerste start, en de webapp op PORT (3000)',
  )
  .action(async () => {
    const config = loadConfig();
    const started = Date.now();
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      lockOwner: `samenhang serve (poort ${config.port})`,
    });
    await database.migrate();
    await seedAreas(database.transactor);
    const demoScale = process.env.SAMENHANG_DEMO_SCALE ?? 'small';
    let loadedDemo = false;
    if (demoScale !== 'off' && !(await database.transactor.transaction((tx) => hasDemoData(tx)))) {
      const scale = demoScale === 'region' ? 'region' : 'small';
      console.log(`Eerste start: demo-data laden (schaal ${scale})…`);
      await loadDemoData(database.transactor, { seed: 1, scale, onProgress: progress('demo-data') });
      process.stderr.write('\n');
      await loadMonitorDemoData(database, scale);
      await loadPortfolioSeed(database.transactor, loadSeedContent());
      loadedDemo = true;
    }
    const app = await buildApp({ config, database });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const hasDemoUsers = await database.transactor.transaction((tx) => hasDemoData(tx));
    console.log(
      `\nSamenhang draait op http://localhost:${port}  (database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}; gestart in ${((Date.now() - started) / 1000).toFixed(1)} s${loadedDemo ? ', met nieuwe demo-data' : ''})`,
    );
    console.log(`API-documentatie: http://localhost:${port}/api/docs`);
    if (hasDemoUsers) {
      console.log(
        '\nLET OP: dit zijn DEMO-ACCOUNTS met een bekend wachtwoord. Gebruik ze nooit met echte gegevens.',
      );
      for (const login of DEMO_LOGINS)
        console.log(`  ${login.username.padEnd(22)} wachtwoord: demo   ${login.description}`);
    }
    const stop = async (signal: string) => {
      app.log.info({ signal }, 'stopping');
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('Pas de databasemigraties toe')
  .action(() => withDatabase('samenhang migrate', async () => console.log('Migraties toegepast.')));

program
  .command('demo-data')
  .description('Laad deterministische demo-data (alleen in een lege database)')
  .option('--seed <n>', 'zaadgetal; dezelfde seed geeft dezelfde data', '1')
  .addOption(new Option('--scale <scale>', 'omvang').choices(['small', 'region']).default('small'))
  .action((options: { seed: string; scale: 'small' | 'region' }) =>
    withDatabase('samenhang demo-data', async (database) => {
      await seedAreas(database.transactor);
      const started = Date.now();
      const summary = await loadDemoData(database.transactor, {
        seed: Number(options.seed),
        scale: options.scale,
        onProgress: progress('demo-data'),
      });
      process.stderr.write('\n');
      const monitor = await loadMonitorDemoData(database, options.scale);
      const portfolio = await loadPortfolioSeed(database.transactor, loadSeedContent());
      console.log(
        JSON.stringify({ ...summary, monitor: monitor.snapshots, portfolio }),
        `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }),
  );

const audit = program.command('audit').description('Audittrail');
audit
  .command('verify')
  .description('Controleer de hashketen van de audittrail: gewijzigde, verwijderde of verwisselde regels')
  .action(() =>
    withDatabase('samenhang audit verify', async (database) => {
      const result = await verifyAuditTrail(database.transactor, progress('gecontroleerd'));
      process.stderr.write('\n');
      if (result.problems.length === 0) {
        console.log(`Audittrail in orde: ${result.checked} regels gecontroleerd.`);
        return;
      }
      console.error(
        `AUDITTRAIL NIET IN ORDE: ${result.problems.length} probleem/problemen in ${result.checked} regels:`,
      );
      for (const problem of result.problems.slice(0, 50)) console.error(`  ${JSON.stringify(problem)}`);
      process.exitCode = 2;
    }),
  );

const users = program.command('users').description('Gebruikers');
users
  .command('add')
  .description('Voeg een gebruiker toe (wachtwoord via --password of SAMENHANG_NEW_PASSWORD)')
  .requiredOption('--username <name>', 'gebruikersnaam')
  .requiredOption('--name <displayName>', 'weergavenaam')
  .option('--role <role...>', `rol(len): ${ROLES.join(', ')}`)
  .option('--team <code...>', 'teamcode(s)')
  .option('--password <password>', 'wachtwoord (minstens 12 tekens)')
  .option('--gemeente <code>', 'gemeentecode van een bestuurder (CBS, bijv. GM0935) voor de Monitor')
  .action(
    (options: {
      username: string;
      name: string;
      role?: string[];
      team?: string[];
      password?: string;
      gemeente?: string;
    }) =>
      withDatabase('samenhang users add', async (database) => {
        // The gemeente is checked against the area catalog, which a fresh database does not hold yet.
        if (options.gemeente) await seedAreas(database.transactor);
        const teamCodes = options.team ?? [];
        const teams = await database.transactor.transaction((tx) => teamIdsByCodes(tx, teamCodes));
        const missing = teamCodes.filter((code) => !teams.some((team) => team.code === code));
        if (missing.length > 0) throw new Error(`Onbekende teamcode(s): ${missing.join(', ')}`);
        const input = z
          .object({
            roles: z.array(z.enum(ROLES)).min(1, 'geef minstens één --role'),
            gemeenteCode: GemeenteCode.nullable(),
          })
          .parse({ roles: options.role ?? [], gemeenteCode: options.gemeente ?? null });
        const user = await addUser(
          database.transactor,
          {
            username: options.username,
            displayName: options.name,
            password: options.password ?? process.env.SAMENHANG_NEW_PASSWORD ?? '',
            roles: input.roles,
            teamIds: teams.map((team) => team.id),
            gemeenteCode: input.gemeenteCode,
          },
          CLI_AUDIT,
        );
        const gemeente = user.gemeenteCode ? `, gemeente: ${user.gemeenteCode}` : '';
        console.log(`Gebruiker ${user.username} toegevoegd (rollen: ${user.roles.join(', ')}${gemeente}).`);
        if (user.roles.includes('bestuur') && !user.gemeenteCode)
          console.log('Let op: een bestuurder zonder gemeente (--gemeente) ziet de Monitor niet.');
      }),
  );

const areas = program.command('areas').description('Gebieden');
areas
  .command('import <file>')
  .description('Importeer gebiedsgrenzen uit een GeoJSON-bestand (WGS84)')
  .action((file: string) =>
    withDatabase('samenhang areas import', async (database) => {
      await seedAreas(database.transactor);
      const result = await importAreaBoundaries(database.transactor, fs.readFileSync(file, 'utf8'), {
        onProgress: progress('gebieden'),
      });
      process.stderr.write('\n');
      console.log(
        `Bijgewerkt: ${result.updated}, nieuw: ${result.created}, overgeslagen: ${result.skipped.length}`,
      );
      for (const skipped of result.skipped) console.log(`  ${skipped.code}: ${skipped.reason}`);
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DataDirInUseError) console.error(error.message);
  else if (error instanceof AppError)
    console.error(`${error.message}${error.extra.errors ? ` ${JSON.stringify(error.extra.errors)}` : ''}`);
  else if (error instanceof z.ZodError) console.error(error.issues.map((issue) => issue.message).join('; '));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
