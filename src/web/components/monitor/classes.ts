/**
 * Classes for the choropleth map: up to five equal intervals between the lowest and highest shown
 * figure. Hidden figures (null) fall in no class; the map hatches them. Pure layout.
 */
export interface MapClass {
  from: number;
  to: number;
}

export function equalIntervals(values: (number | null)[], count = 5): MapClass[] {
  const shown = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (shown.length === 0) return [];
  const min = Math.min(...shown);
  const max = Math.max(...shown);
  if (min === max) return [{ from: min, to: max }];
  const classes = Math.min(count, new Set(shown).size);
  const step = (max - min) / classes;
  return Array.from({ length: classes }, (_, index) => ({
    from: min + index * step,
    to: index === classes - 1 ? max : min + (index + 1) * step,
  }));
}

/** The class a value falls in (a bound belongs to the lower class), or null for a hidden value. */
export function classOf(value: number | null, classes: MapClass[]): number | null {
  if (value === null || classes.length === 0) return null;
  const index = classes.findIndex((range) => value <= range.to);
  return index === -1 ? classes.length - 1 : index;
}

/**
 * Fills from light to dark blue; every fill is set apart from its neighbour by lightness, and the
 * legend names each class's range in text as well.
 */
export const CLASS_FILLS = ['#e3ecf6', '#a9c7e6', '#5f95cb', '#2a629c', '#0b2f5e'];

/** The legend's range bounds, in Dutch notation with the precision the data needs. */
export function formatBound(value: number, digits: number): string {
  return new Intl.NumberFormat('nl-NL', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** Decimals needed for the bounds: none for counts above 100, one for small ranges, two below 1. */
export function boundDigits(classes: MapClass[]): number {
  const first = classes[0];
  const last = classes.at(-1);
  if (!first || !last) return 0;
  const span = last.to - first.from;
  if (span === 0) return Number.isInteger(first.from) ? 0 : 1;
  if (span >= 50) return 0;
  if (span >= 1) return 1;
  return 2;
}

/** Bounds rounded to the legend's precision, so the class of a value matches the ranges as written. */
export function roundedClasses(classes: MapClass[], digits: number): MapClass[] {
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  return classes.map((range) => ({ from: round(range.from), to: round(range.to) }));
}
