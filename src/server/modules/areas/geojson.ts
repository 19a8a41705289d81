import { z } from 'zod';

// RFC 7946: a position is [lon, lat(, alt)], a linear ring has at least four positions.
const Position = z.array(z.number().finite()).min(2).max(3);
const PolygonCoordinates = z.array(z.array(Position).min(4)).min(1);
const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: PolygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonCoordinates).min(1) }),
]);

const Feature = z.object({
  type: z.literal('Feature'),
  properties: z
    .object({
      code: z.string().min(1),
      name: z.string().optional(),
      level: z.string().optional(),
      gm_code: z.string().optional(),
      parent: z.string().optional(),
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
  if (/^GM\d{4}$/.exec(code)) return 'gemeente';
  if (/^WK\d{6}$/.exec(code)) return 'wijk';
  if (/^BU\d{8}$/.exec(code)) return 'buurt';
  return null;
}

/** The gemeente of a wijk (WK0935xx → GM0935) or the wijk of a buurt (BU093500xx → WK093500). */
export function parentOfCode(code: string): string | null {
  if (/^WK\d{6}$/.exec(code)) return `GM${code.slice(2, 6)}`;
  if (/^BU\d{8}$/.exec(code)) return `WK${code.slice(2, 8)}`;
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
      const code = (raw as { properties?: { code?: unknown } } | null)?.properties?.code;
      const where = parsed.error.issues[0]?.path.join('.') || 'feature';
      skipped.push({
        code: typeof code === 'string' && code ? code : `feature ${index + 1}`,
        reason: `ongeldig of ontbrekend: ${where} (verwacht een Feature met properties.code en Polygon- of MultiPolygon-geometrie)`,
      });
      return;
    }
    const { properties, geometry } = parsed.data;
    const level = levelOfCode(properties.code);
    if (!level) {
      skipped.push({ code: properties.code, reason: 'geen CBS-gebiedscode (GM/WK/BU)' });
      return;
    }
    // A stated level that contradicts the code prefix points at a mixed-up file: do not guess.
    if (properties.level && properties.level !== level) {
      skipped.push({
        code: properties.code,
        reason: `niveau "${properties.level}" past niet bij de code (${level})`,
      });
      return;
    }
    const parent = properties.parent ?? (level === 'wijk' ? properties.gm_code : undefined);
    features.push({
      code: properties.code,
      name: properties.name ?? null,
      level,
      parentCode: parent ?? parentOfCode(properties.code),
      geometry,
    });
  });
  return { features, skipped };
}
