import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/platform/db/client';
import { migrationsFolder, projectRoot } from '../src/server/platform/paths';
import { digestOf } from './global-setup-common';

const HOUR = 3_600_000;

/**
 * Migrates one PGlite database and dumps it to `.test-data/pglite-template-<digest>.tar`, which
 * every integration test file loads into memory (`createTestDatabase`). The digest covers the
 * migrations, the PGlite version and the client, so a run reuses the previous run's template
 * until one of them changes.
 */
export default async function setup(project: TestProject): Promise<void> {
  const dir = path.join(projectRoot, '.test-data');
  const digest = digestOf([
    migrationsFolder,
    path.join(projectRoot, 'node_modules/@electric-sql/pglite/package.json'),
    path.join(projectRoot, 'src/server/platform/db/client.ts'),
  ]);
  const templateFile = path.join(dir, `pglite-template-${digest}.tar`);
  if (!fs.existsSync(templateFile)) {
    const started = Date.now();
    const database = await openDatabase({});
    try {
      await database.migrate();
      const dump = await database.dumpDataDir?.();
      if (!dump) throw new Error('PGlite gave no dump of its data folder');
      fs.mkdirSync(dir, { recursive: true });
      // Another run in the same checkout may write the same template: write aside, then rename.
      const partial = `${templateFile}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(partial, templateFile);
    } finally {
      await database.close();
    }
    console.log(`[integration-pglite] migrated the template database in ${Date.now() - started} ms`);
  }
  // Templates of other migrations, unused for an hour, go (a run of an older checkout may still read one).
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (/^pglite-template-.*\.(tar|partial)$/.test(name) && file !== templateFile) {
      if (Date.now() - fs.statSync(file).mtimeMs > HOUR) fs.rmSync(file, { force: true });
    }
  }
  fs.utimesSync(templateFile, new Date(), new Date());
  project.provide('samenhangDatabase', { engine: 'pglite', templateFile });
}
