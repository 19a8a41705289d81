/**
 * The monitor's state in the address: which snapshot (peilmoment), indicator and area (gebied), so
 * links, bookmarks and the back button bring the same figures back.
 */
export interface MonitorSearch {
  peilmoment?: string | undefined;
  indicator?: string | undefined;
  gebied?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INDICATOR = /^[A-Z0-9][A-Z0-9-]{0,63}$/;
const AREA = /^(REGIO|GM\d{4}|WK\d{6})$/;

/** A code one can drill into: the region, a gemeente or a wijk (not an "unknown wijk" row). */
export const isAreaCode = (code: string) => AREA.test(code);

const pick = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

export function validateMonitorSearch(search: Record<string, unknown>): MonitorSearch {
  return {
    peilmoment: pick(search.peilmoment, UUID),
    indicator: pick(search.indicator, INDICATOR),
    gebied: pick(search.gebied, AREA),
  };
}

export function validateSamenloopSearch(
  search: Record<string, unknown>,
): Pick<MonitorSearch, 'peilmoment' | 'gebied'> {
  return { peilmoment: pick(search.peilmoment, UUID), gebied: pick(search.gebied, AREA) };
}

export const REGION_CODE = 'REGIO';

/** The gemeente whose report belongs to an area: the gemeente itself, or the gemeente of a wijk. */
export function gemeenteOf(
  area: { code: string; level: string },
  parent: { code: string; level: string } | null,
): string | undefined {
  if (area.level === 'gemeente') return area.code;
  if (area.level === 'wijk' && parent?.level === 'gemeente') return parent.code;
  return undefined;
}

/** The level an area code names: REGIO, a gemeente (GM) or a wijk (WK). */
export function levelOfCode(code: string): 'regio' | 'gemeente' | 'wijk' {
  if (code.startsWith('GM')) return 'gemeente';
  if (code.startsWith('WK')) return 'wijk';
  return 'regio';
}
