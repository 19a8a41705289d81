import { SAMENLOOP_COMBINATIONS } from '../../../shared/api/monitor';
import { domainMaskOf, type Indicator, type MonitorCatalog } from './catalog';
import type { Cubes } from './facts-repository';

/**
 * Indicator arithmetic over a snapshot's cubes: pure, so every definition in the catalog can be
 * checked against hand-computed values. Results are unprotected; views protect them before showing.
 */

export const REGION = 'REGIO';
export const SAMENLOOP_PERSONS = 'SAMENLOOP-PERSONEN';
export const SAMENLOOP_HOUSEHOLDS = 'SAMENLOOP-HUISHOUDENS';
export const PROVISIONS_PER_PERSON = 'VOORZIENINGEN-PER-PERSOON';
export const PROVISION_CLASSES = ['1', '2', '3', '4+'] as const;

/** The area a fact belongs to at each level; facts without a wijk or gemeente count as "onbekend". */
export function unknownIn(parent: string): string {
  return `${parent}:onbekend`;
}

function areaKeys(gemeente: string | null, wijk: string | null): string[] {
  if (!gemeente) return [REGION, unknownIn(REGION)];
  return [REGION, gemeente, wijk ?? unknownIn(gemeente)];
}

export interface ResultRow {
  indicatorCode: string;
  areaCode: string;
  breakdown: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  respondents: number | null;
  source: string | null;
}

export interface ExternalValue {
  indicatorCode: string;
  areaCode: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  respondents: number | null;
  source: string;
}

/** Population per area and group code: populations.get(area)?.get('inwoners'). */
export type Populations = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface EvaluationInput {
  catalog: Pick<MonitorCatalog, 'domains' | 'indicators' | 'provisionTypes'>;
  cubes: Cubes;
  /** Every gemeente and wijk of the region, so an area without facts gets a 0, not a gap. */
  areaCodes: readonly string[];
  populations: Populations;
  external: readonly ExternalValue[];
}

class Sums {
  private readonly totals = new Map<string, number>();
  add(area: string, breakdown: string, amount: number) {
    const key = `${area}\u0000${breakdown}`;
    this.totals.set(key, (this.totals.get(key) ?? 0) + amount);
  }
  get(area: string, breakdown = ''): number {
    return this.totals.get(`${area}\u0000${breakdown}`) ?? 0;
  }
  entries(): [string, string, number][] {
    return [...this.totals].map(([key, total]) => {
      const [area = '', breakdown = ''] = key.split('\u0000');
      return [area, breakdown, total];
    });
  }
}

function inBands(indicator: Indicator, band: string | null): boolean {
  const bands = indicator.numerator.ageBands;
  return !bands || (band !== null && bands.includes(band));
}

function typeMatches(indicator: Indicator, domain: string, type: string): boolean {
  const { domains, provisionTypes } = indicator.numerator;
  if (provisionTypes && !provisionTypes.includes(type)) return false;
  return !domains || domains.includes(domain);
}

/** Numerator sums per area (and breakdown) of one indicator. */
function numerators(
  indicator: Indicator,
  input: EvaluationInput,
): { sums: Sums; denominators?: Sums; contributors?: Sums } {
  const { cubes, catalog } = input;
  const mask = domainMaskOf(catalog, indicator.numerator.domains ?? catalog.domains.map((d) => d.code));
  const sums = new Sums();
  const source = indicator.numerator.source;
  if (source === 'personen' || source === 'personen-per-soort') {
    for (const row of cubes.persons)
      if ((row.mask & mask) !== 0 && inBands(indicator, row.ageBand))
        for (const area of areaKeys(row.gemeente, row.wijk)) sums.add(area, '', row.persons);
  }
  if (source === 'personen-per-soort') {
    for (const row of cubes.types)
      if (typeMatches(indicator, row.domain, row.provisionType) && inBands(indicator, row.ageBand))
        for (const area of areaKeys(row.gemeente, row.wijk)) sums.add(area, row.provisionType, row.persons);
  }
  if (source === 'huishoudens') {
    for (const row of cubes.households)
      if ((row.mask & mask) !== 0)
        for (const area of areaKeys(row.gemeente, row.wijk)) sums.add(area, '', row.households);
  }
  if (source === 'voorzieningen' || source === 'kosten') {
    // For an amount, how many provisions are behind it decides whether it may be shown.
    const contributors = new Sums();
    for (const row of cubes.types)
      if (typeMatches(indicator, row.domain, row.provisionType) && inBands(indicator, row.ageBand))
        for (const area of areaKeys(row.gemeente, row.wijk)) {
          sums.add(area, '', source === 'kosten' ? row.costCents : row.provisions);
          contributors.add(area, '', row.provisions);
        }
    return { sums, contributors };
  }
  if (source === 'toegang-tijdig' || source === 'toegang-dagen') {
    const denominators = new Sums();
    for (const row of cubes.access)
      if (!indicator.numerator.domains || indicator.numerator.domains.includes(row.domain))
        for (const area of areaKeys(row.gemeente, row.wijk)) {
          sums.add(area, '', source === 'toegang-tijdig' ? row.withinTerm : row.days);
          denominators.add(area, '', row.decided);
        }
    return { sums, denominators };
  }
  return { sums };
}

/** Every indicator of the catalog, plus the samenloop tables, for every area. */
export function evaluateIndicators(input: EvaluationInput): ResultRow[] {
  const results: ResultRow[] = [];
  const allAreas = [REGION, ...input.areaCodes];
  for (const indicator of input.catalog.indicators) {
    if (indicator.numerator.source === 'extern') {
      for (const value of input.external.filter((entry) => entry.indicatorCode === indicator.code))
        results.push({ ...value, breakdown: '' });
      continue;
    }
    const { sums, denominators, contributors } = numerators(indicator, input);
    const areas = new Set([...allAreas, ...sums.entries().map(([area]) => area)]);
    const denominatorOf = (area: string): number | null => {
      const denominator = indicator.denominator;
      if (!denominator) return null;
      if ('source' in denominator) return denominators?.get(area) ?? 0;
      return input.populations.get(area)?.get(denominator.population) ?? null;
    };
    for (const area of areas) {
      results.push({
        indicatorCode: indicator.code,
        areaCode: area,
        breakdown: '',
        numerator: sums.get(area),
        denominator: denominatorOf(area),
        value: null,
        respondents: contributors ? contributors.get(area) : null,
        source: null,
      });
    }
    for (const [area, breakdown, total] of sums.entries())
      if (breakdown !== '')
        results.push({
          indicatorCode: indicator.code,
          areaCode: area,
          breakdown,
          numerator: total,
          denominator: null,
          value: null,
          respondents: null,
          source: null,
        });
  }
  results.push(...samenloop(input, allAreas));
  return results;
}

/** W, J, P or a combination, from a person's or household's domain mask; null outside the three. */
export function samenloopCombination(catalog: Pick<MonitorCatalog, 'domains'>, mask: number): string | null {
  const w = (mask & domainMaskOf(catalog, ['wmo'])) !== 0;
  const j = (mask & domainMaskOf(catalog, ['jeugd'])) !== 0;
  const p = (mask & domainMaskOf(catalog, ['inkomen', 'participatie'])) !== 0;
  const combination = `${w ? 'W' : ''}${j ? 'J' : ''}${p ? 'P' : ''}`;
  return combination === '' ? null : combination;
}

function samenloop(input: EvaluationInput, allAreas: readonly string[]): ResultRow[] {
  const persons = new Sums();
  const households = new Sums();
  const perPerson = new Sums();
  for (const row of input.cubes.persons) {
    const combination = samenloopCombination(input.catalog, row.mask);
    const provisionClass = PROVISION_CLASSES[Math.min(row.provisionClass, 4) - 1] ?? '4+';
    for (const area of areaKeys(row.gemeente, row.wijk)) {
      if (combination) persons.add(area, combination, row.persons);
      perPerson.add(area, provisionClass, row.persons);
    }
  }
  for (const row of input.cubes.households) {
    const combination = samenloopCombination(input.catalog, row.mask);
    if (combination)
      for (const area of areaKeys(row.gemeente, row.wijk)) households.add(area, combination, row.households);
  }
  const rows: ResultRow[] = [];
  const emit = (code: string, sums: Sums, breakdowns: readonly string[]) => {
    const areas = new Set([...allAreas, ...sums.entries().map(([area]) => area)]);
    for (const area of areas)
      for (const breakdown of breakdowns)
        rows.push({
          indicatorCode: code,
          areaCode: area,
          breakdown,
          numerator: sums.get(area, breakdown),
          denominator: null,
          value: null,
          respondents: null,
          source: null,
        });
  };
  emit(SAMENLOOP_PERSONS, persons, SAMENLOOP_COMBINATIONS);
  emit(SAMENLOOP_HOUSEHOLDS, households, SAMENLOOP_COMBINATIONS);
  emit(PROVISIONS_PER_PERSON, perPerson, PROVISION_CLASSES);
  return rows;
}
