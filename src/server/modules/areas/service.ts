import type { Transactor } from '../../platform/db/transactor';
import { loadAreaCatalog } from './catalog';
import { parseBoundaries } from './geojson';
import * as repo from './repository';

/** Seeds the region's gemeenten and wijken from the catalog; safe to run at every start. */
export async function seedAreas(transactor: Transactor): Promise<number> {
  const catalog = loadAreaCatalog();
  await transactor.transaction((tx) => repo.upsertCatalogAreas(tx, catalog));
  return catalog.length;
}

export interface ImportResult {
  updated: number;
  created: number;
  skipped: { code: string; reason: string }[];
}

/** Imports area boundaries from GeoJSON in one transaction: all or nothing. */
export async function importAreaBoundaries(
  transactor: Transactor,
  geojsonText: string,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  const { features, skipped } = parseBoundaries(geojsonText);
  const result: ImportResult = { updated: 0, created: 0, skipped };
  await transactor.transaction(async (tx) => {
    let done = 0;
    for (const feature of features) {
      if (await repo.setGeometry(tx, feature.code, feature.geometry)) {
        result.updated += 1;
      } else if (feature.name && feature.level) {
        await repo.insertArea(tx, {
          code: feature.code,
          level: feature.level,
          name: feature.name,
          parentCode: feature.parentCode,
          geometry: feature.geometry,
          source: 'Bron: CBS (grenzen)',
        });
        result.created += 1;
      } else {
        result.skipped.push({ code: feature.code, reason: 'onbekend gebied zonder naam' });
      }
      done += 1;
      if (done % 10 === 0 || done === features.length) options.onProgress?.(done, features.length);
    }
  });
  return result;
}
