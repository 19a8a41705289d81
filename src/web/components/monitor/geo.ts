import { z } from 'zod';

/**
 * Boundaries as the monitor draws them: GeoJSON (WGS84) polygons and multipolygons projected with a
 * simple equirectangular projection, longitude scaled by cos(latitude) at the map's centre, fitted
 * into an SVG viewBox. Pure layout; no figures are computed here.
 */

type Position = [number, number];
type Ring = Position[];

const PositionSchema = z.array(z.number()).min(2);
const RingSchema = z.array(PositionSchema);
const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(RingSchema) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingSchema)) }),
]);
const Feature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ code: z.string() }),
  geometry: Geometry,
});
const FeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export interface MapShape {
  code: string;
  /** Polygons, each a list of rings (outer ring first, then holes). */
  polygons: Ring[][];
}

/** The drawable features of a FeatureCollection; features of another geometry type are skipped. */
export function readShapes(collection: unknown): MapShape[] {
  const parsed = FeatureCollection.safeParse(collection);
  if (!parsed.success) return [];
  const shapes: MapShape[] = [];
  for (const candidate of parsed.data.features) {
    const feature = Feature.safeParse(candidate);
    if (!feature.success) continue;
    const { geometry, properties } = feature.data;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map(
      (polygon) => polygon.map((ring) => ring.map((position) => [position[0], position[1]] as Position)),
    );
    shapes.push({ code: properties.code, polygons });
  }
  return shapes;
}

export interface Projected {
  width: number;
  height: number;
  paths: { code: string; d: string }[];
}

/**
 * Projects the shapes into a viewBox `width` wide (plus padding), keeping the aspect ratio: x is
 * longitude times cos(mean latitude), y is latitude flipped so north is up.
 */
export function project(shapes: MapShape[], width = 600, padding = 8): Projected {
  const positions = shapes.flatMap((shape) => shape.polygons.flat(2));
  if (positions.length === 0) return { width, height: 0, paths: [] };
  const lats = positions.map((position) => position[1]);
  const lons = positions.map((position) => position[0]);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * kx;
  const spanY = maxLat - minLat;
  const inner = width - 2 * padding;
  const scale = spanX > 0 ? inner / spanX : spanY > 0 ? inner / spanY : 1;
  const height = Math.round(spanY * scale + 2 * padding);
  const x = (lon: number) => round(padding + (lon - minLon) * kx * scale);
  const y = (lat: number) => round(padding + (maxLat - lat) * scale);
  const paths = shapes.map((shape) => ({
    code: shape.code,
    d: shape.polygons
      .flatMap((polygon) =>
        polygon
          .filter((ring) => ring.length > 0)
          .map((ring) => `M${ring.map((position) => `${x(position[0])},${y(position[1])}`).join('L')}Z`),
      )
      .join(''),
  }));
  return { width, height, paths };
}

const round = (value: number) => Math.round(value * 10) / 10;
