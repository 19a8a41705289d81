import { describe, expect, it } from 'vitest';
import type { ViewRow } from '../../../shared/api/monitor';
import { classOf, equalIntervals } from './classes';
import { project, readShapes } from './geo';
import { formatDifference, rankBars } from './ranking';

const square = (code: string, lon: number, lat: number, size = 0.1) => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  },
});

describe('readShapes and project', () => {
  it('reads polygons and multipolygons, skipping other geometries', () => {
    const shapes = readShapes({
      type: 'FeatureCollection',
      features: [
        square('GM0935', 5.6, 50.8),
        {
          type: 'Feature',
          properties: { code: 'GM0938' },
          geometry: { type: 'MultiPolygon', coordinates: [square('x', 5.8, 50.8).geometry.coordinates] },
        },
        { type: 'Feature', properties: { code: 'P' }, geometry: { type: 'Point', coordinates: [5, 50] } },
      ],
    });
    expect(shapes.map((shape) => shape.code)).toEqual(['GM0935', 'GM0938']);
    expect(readShapes(null)).toEqual([]);
  });

  it('scales longitude by cos(latitude) and puts north up', () => {
    const { width, height, paths } = project(
      readShapes({ type: 'FeatureCollection', features: [square('A', 5, 60, 1)] }),
      100,
      0,
    );
    expect(width).toBe(100);
    // At 60.5° a degree of longitude is about half a degree of latitude: the square is twice as tall as wide.
    expect(height).toBeGreaterThan(190);
    expect(height).toBeLessThan(210);
    expect(paths[0]?.d.startsWith('M0,')).toBe(true);
    expect(paths[0]?.d.endsWith('Z')).toBe(true);
    // The southern edge (latitude 60) is at the bottom.
    expect(paths[0]?.d).toContain(`0,${height}`);
  });

  it('draws nothing for no shapes', () => {
    expect(project([]).paths).toEqual([]);
  });
});

describe('equalIntervals and classOf', () => {
  it('makes five equal classes between the lowest and highest shown value', () => {
    const classes = equalIntervals([0, 10, null, 5, 2, 7, 3]);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toEqual({ from: 0, to: 2 });
    expect(classes[4]).toEqual({ from: 8, to: 10 });
    expect(classOf(0, classes)).toBe(0);
    expect(classOf(2, classes)).toBe(0);
    expect(classOf(2.5, classes)).toBe(1);
    expect(classOf(10, classes)).toBe(4);
    expect(classOf(null, classes)).toBeNull();
  });

  it('uses fewer classes for fewer distinct values, one for equal values, none for all hidden', () => {
    expect(equalIntervals([1, 3, 3])).toHaveLength(2);
    expect(equalIntervals([4, 4])).toEqual([{ from: 4, to: 4 }]);
    expect(equalIntervals([null, null])).toEqual([]);
  });
});

const row = (code: string, value: number | null, rank: number | null): ViewRow => ({
  area: { code, name: `Naam ${code}`, level: 'gemeente' },
  value: { value, display: value === null ? '.' : String(value), hidden: value === null ? 'klein' : null },
  comparable: null,
  difference: null,
  rank,
});

describe('rankBars', () => {
  it('orders by rank, hidden figures last without a bar, bars relative to the largest', () => {
    const bars = rankBars([row('A', 10, 2), row('B', null, null), row('C', 20, 1), row('D', 0, 3)]);
    expect(bars.map((bar) => bar.code)).toEqual(['C', 'A', 'D', 'B']);
    expect(bars.map((bar) => bar.share)).toEqual([1, 0.5, 0, null]);
    expect(bars[3]?.display).toBe('.');
  });

  it('prefers the comparable figure', () => {
    const withComparable = { ...row('A', 100, 1), comparable: { value: 5, display: '5,0', hidden: null } };
    expect(rankBars([withComparable])[0]?.display).toBe('5,0');
  });
});

describe('formatDifference', () => {
  it('signs the difference in Dutch notation', () => {
    expect(formatDifference(1.25)).toBe('+1,3');
    expect(formatDifference(-0.8)).toBe('−0,8');
    expect(formatDifference(0)).toBe('0');
    expect(formatDifference(null)).toBe('.');
  });
});

describe('trend layout', () => {
  it('rounds the axis up and leaves gaps for hidden values', async () => {
    const { lineSegments, niceMax } = await import('./trend');
    expect(niceMax([3.2, null, 7.9])).toBe(10);
    expect(niceMax([120])).toBe(150);
    expect(niceMax([null])).toBe(1);
    expect(lineSegments([1, 2, null, 4, null, null, 5])).toEqual([[0, 1], [3], [6]]);
  });
});

describe('combinationCounts', () => {
  it('matches columns by code or by label, "." when a column is missing', async () => {
    const { combinationCounts } = await import('./combinations');
    const figure = (display: string) => ({ value: null, display, hidden: null });
    const byLabel = combinationCounts({
      columns: ['Alleen Wmo', 'WJP'],
      totals: [figure('550'), figure('.')],
    });
    expect(byLabel.find((count) => count.code === 'W')?.display).toBe('550');
    expect(byLabel.find((count) => count.code === 'WJP')?.display).toBe('.');
    expect(byLabel.find((count) => count.code === 'J')?.display).toBe('.');
  });
});

describe('legend bounds', () => {
  it('rounds bounds to the precision the legend shows', async () => {
    const { boundDigits, roundedClasses, formatBound } = await import('./classes');
    const classes = equalIntervals([6.1, 9.2, 7, 6.6]);
    const digits = boundDigits(classes);
    expect(digits).toBe(1);
    const rounded = roundedClasses(classes, digits);
    // Four distinct values, four classes of 0,775: the first ends at 6,875, written 6,9.
    expect(rounded[0]).toEqual({ from: 6.1, to: 6.9 });
    expect(formatBound(6, digits)).toBe('6,0');
  });
});
