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
    const known = new Set(await repo.listAreaCodes(tx));
    let done = 0;
    for (const feature of features) {
      if (known.has(feature.code)) {
        await repo.setGeometry(tx, feature.code, feature.geometry);
        result.updated += 1;
      } else if (!feature.name || !feature.level) {
        result.skipped.push({ code: feature.code, reason: 'onbekend gebied zonder naam' });
      } else if (feature.parentCode && !known.has(feature.parentCode)) {
        // Keep the tree whole: a buurt of a wijk outside the region has no place in it.
        result.skipped.push({
          code: feature.code,
          reason: `bovenliggend gebied ${feature.parentCode} is onbekend`,
        });
      } else {
        await repo.insertArea(tx, {
          code: feature.code,
          level: feature.level,
          name: feature.name,
          parentCode: feature.parentCode,
          geometry: feature.geometry,
          source: 'Bron: CBS (grenzen)',
        });
        known.add(feature.code);
        result.created += 1;
      }
      done += 1;
      if (done % 10 === 0 || done === features.length) options.onProgress?.(done, features.length);
    }
  });
  return result;
}
