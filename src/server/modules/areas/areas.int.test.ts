import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database';
import type { Database } from '../../platform/db/client';
import { projectRoot } from '../../platform/paths';
import { listAreas } from './repository';
import { importAreaBoundaries, seedAreas } from './service';

const cbs = path.resolve(projectRoot, '../shared/data/cbs');
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('areas', () => {
  it('seeds the 6 gemeenten and 31 wijken with inhabitants, idempotently', async () => {
    await seedAreas(database.transactor);
    await seedAreas(database.transactor);
    const all = await database.transactor.transaction((tx) => listAreas(tx, {}));
    expect(all.filter((a) => a.level === 'gemeente')).toHaveLength(6);
    expect(all.filter((a) => a.level === 'wijk')).toHaveLength(31);
    const maastricht = all.find((a) => a.code === 'GM0935');
    expect(maastricht).toMatchObject({ name: 'Maastricht', inhabitants: 125285, inhabitantsYear: 2024 });
    expect(maastricht?.source).toContain('Bron: CBS');
    const wijkSum = all
      .filter((a) => a.parentCode === 'GM0935')
      .reduce((sum, a) => sum + (a.inhabitants ?? 0), 0);
    expect(Math.abs(wijkSum - 125285)).toBeLessThan(200);
  });

  it('imports the CBS boundary files for all areas, and again without change', async () => {
    await seedAreas(database.transactor);
    for (const file of ['szmh_gemeenten_2022.geojson', 'szmh_wijken_2022.geojson']) {
      const text = fs.readFileSync(path.join(cbs, file), 'utf8');
      const first = await importAreaBoundaries(database.transactor, text);
      expect(first.skipped).toEqual([]);
      expect(first.created).toBe(0);
      const again = await importAreaBoundaries(database.transactor, text);
      expect(again.updated).toBe(first.updated);
    }
    const all = await database.transactor.transaction((tx) => listAreas(tx, {}));
    expect(all.filter((a) => a.hasGeometry)).toHaveLength(37);
  });

  it('refuses malformed input with a clear Dutch message', async () => {
    await expect(importAreaBoundaries(database.transactor, '{nope')).rejects.toThrow(/geen geldige JSON/);
    await expect(importAreaBoundaries(database.transactor, '{"type":"Feature"}')).rejects.toThrow(
      /FeatureCollection/,
    );
    const odd = await importAreaBoundaries(
      database.transactor,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: 'XX1' },
            geometry: { type: 'Polygon', coordinates: [[[5, 50]]] },
          },
        ],
      }),
    );
    expect(odd.skipped[0]).toMatchObject({ code: 'XX1' });
  });
});
