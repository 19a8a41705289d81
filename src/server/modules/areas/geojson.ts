import { z } from 'zod';

const Geometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()).min(1),
});

const Feature = z.object({
  type: z.literal('Feature'),
  properties: z
    .object({
      code: z.string().min(1),
      name: z.string().optional(),
      level: z.string().optional(),
      gm_code: z.string().optional(),
      population: z.number().optional(),
    })
    .passthrough(),
  geometry: Geometry,
});

const FeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export interface BoundaryFeature {
  code: string;
  name: string | null;
  level: 'gemeente' | 'wijk' | 'buurt' | null;
  parentCode: string | null;
  geometry: z.infer<typeof Geometry>;
}

export function levelOfCode(code: string): 'gemeente' | 'wijk' | 'buurt' | null {
  if (/^GM\d{4}$/.test(code)) return 'gemeente';
  if (/^WK\d{6}$/.test(code)) return 'wijk';
  if (/^BU\d{8}$/.test(code)) return 'buurt';
  return null;
}

/** The gemeente of a wijk (WK0935xx → GM0935) or the wijk of a buurt (BU093500xx → WK093500). */
export function parentOfCode(code: string): string | null {
  if (/^WK\d{6}$/.test(code)) return `GM${code.slice(2, 6)}`;
  if (/^BU\d{8}$/.test(code)) return `WK${code.slice(2, 8)}`;
  return null;
}

/** Parses a GeoJSON FeatureCollection; features that do not fit are reported, not fatal. */
export function parseBoundaries(text: string): {
  features: BoundaryFeature[];
  skipped: { code: string; reason: string }[];
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('Het bestand is geen geldige JSON.');
  }
  const collection = FeatureCollection.safeParse(json);
  if (!collection.success) throw new Error('Het bestand is geen GeoJSON FeatureCollection.');
  const features: BoundaryFeature[] = [];
  const skipped: { code: string; reason: string }[] = [];
  collection.data.features.forEach((raw, index) => {
    const parsed = Feature.safeParse(raw);
    if (!parsed.success) {
      skipped.push({ code: `#${index + 1}`, reason: 'geen Feature met code en (Multi)Polygon-geometrie' });
      return;
    }
    const { properties, geometry } = parsed.data;
    const level = levelOfCode(properties.code);
    if (!level) {
      skipped.push({ code: properties.code, reason: 'geen CBS-gebiedscode (GM/WK/BU)' });
      return;
    }
    features.push({
      code: properties.code,
      name: properties.name ?? null,
      level,
      parentCode: properties.gm_code && level === 'wijk' ? properties.gm_code : parentOfCode(properties.code),
      geometry,
    });
  });
  return { features, skipped };
}
