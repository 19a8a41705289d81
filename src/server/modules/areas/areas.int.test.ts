import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database';
import type { Database } from '../../platform/db/client';
import { projectRoot } from '../../platform/paths';
import { listAreas } from './repository';
import { importAreaBoundaries, seedAreas } from './service';

const cbs = path.resolve(projectRoot, 'catalog/areas/boundaries');
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
    expect(odd.skipped[0]?.reason).toMatch(/geometry/);
  });

  it('creates an unknown area under its parent, and skips a feature whose level contradicts its code', async () => {
    await seedAreas(database.transactor);
    const ring = [
      [5.69, 50.85],
      [5.7, 50.85],
      [5.7, 50.86],
      [5.69, 50.85],
    ];
    const feature = (properties: Record<string, unknown>) => ({
      type: 'Feature',
      properties,
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature({ code: 'BU09350001', name: 'Statenkwartier', level: 'buurt' }),
        feature({ code: 'BU09350002', name: 'Kommelkwartier', parent: 'WK093500' }),
        feature({ code: 'WK093501', level: 'gemeente' }),
        feature({ code: 'BU09359999' }),
        feature({ code: 'BU99990001', name: 'Elders' }),
      ],
    });
    const result = await importAreaBoundaries(database.transactor, text);
    expect(result).toMatchObject({ created: 2, updated: 0 });
    expect(result.skipped.map((s) => s.code)).toEqual(['WK093501', 'BU09359999', 'BU99990001']);
    expect(result.skipped[2]?.reason).toMatch(/WK999900 is onbekend/);
    const buurten = await database.transactor.transaction((tx) =>
      listAreas(tx, { level: 'buurt', parent: 'WK093500' }),
    );
    expect(buurten.map((b) => b.name)).toEqual(['Statenkwartier', 'Kommelkwartier']);
    const again = await importAreaBoundaries(database.transactor, text);
    expect(again).toMatchObject({ created: 0, updated: 2 });
  });
});
