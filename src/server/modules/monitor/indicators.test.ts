import { describe, expect, it } from 'vitest';
import { loadCaseTypeCatalog } from '../case-types/catalog';
import { loadProvisionTypes } from '../case-types/provision-types';
import { loadMonitorCatalog } from './catalog';
import type { Cubes } from './facts-repository';
import { evaluateIndicators, samenloopCombination } from './indicators';
import { lastHalfYears, periodOfLabel } from './periods';

const catalog = loadMonitorCatalog(loadProvisionTypes(loadCaseTypeCatalog()));
const W = 1;
const J = 2;
const P = 4;
const R = 8;
const M = 16;

const cubes: Cubes = {
  persons: [
    {
      gemeente: 'GM1',
      wijk: 'WK1',
      ageBand: '75+',
      mask: W,
      provisionClass: 1,
      persons: 10,
      provisions: 10,
      costCents: 1_000,
    },
    {
      gemeente: 'GM1',
      wijk: 'WK1',
      ageBand: '45-64',
      mask: W | P,
      provisionClass: 2,
      persons: 4,
      provisions: 8,
      costCents: 500,
    },
    {
      gemeente: 'GM1',
      wijk: 'WK2',
      ageBand: '0-14',
      mask: J,
      provisionClass: 1,
      persons: 6,
      provisions: 6,
      costCents: 0,
    },
    {
      gemeente: 'GM1',
      wijk: null,
      ageBand: '25-44',
      mask: P | R | M,
      provisionClass: 3,
      persons: 2,
      provisions: 6,
      costCents: 0,
    },
    {
      gemeente: null,
      wijk: null,
      ageBand: null,
      mask: M,
      provisionClass: 4,
      persons: 1,
      provisions: 5,
      costCents: 0,
    },
  ],
  households: [
    { gemeente: 'GM1', wijk: 'WK1', mask: W | P, households: 12 },
    { gemeente: 'GM1', wijk: 'WK2', mask: J | P, households: 3 },
  ],
  types: [
    {
      gemeente: 'GM1',
      wijk: 'WK1',
      ageBand: '75+',
      domain: 'wmo',
      provisionType: 'WMO-HULP-HUISHOUDEN',
      persons: 10,
      provisions: 10,
      costCents: 1_000,
    },
    {
      gemeente: 'GM1',
      wijk: 'WK1',
      ageBand: '45-64',
      domain: 'wmo',
      provisionType: 'WMO-HULP-HUISHOUDEN',
      persons: 4,
      provisions: 4,
      costCents: 500,
    },
    {
      gemeente: 'GM1',
      wijk: 'WK1',
      ageBand: '45-64',
      domain: 'inkomen',
      provisionType: 'UITKERING-PW',
      persons: 4,
      provisions: 4,
      costCents: 0,
    },
  ],
  access: [
    { gemeente: 'GM1', wijk: 'WK1', domain: 'wmo', decided: 10, withinTerm: 8, days: 120 },
    { gemeente: 'GM1', wijk: 'WK2', domain: 'onderwijs', decided: 5, withinTerm: 5, days: 10 },
  ],
};

const populations = new Map([
  [
    'REGIO',
    new Map([
      ['inwoners', 10_000],
      ['65plus', 2_000],
    ]),
  ],
  [
    'GM1',
    new Map([
      ['inwoners', 9_000],
      ['65plus', 1_800],
    ]),
  ],
  ['WK1', new Map([['inwoners', 5_000]])],
]);

const results = evaluateIndicators({
  catalog,
  cubes,
  areaCodes: ['GM1', 'WK1', 'WK2'],
  populations,
  external: [
    {
      indicatorCode: 'P2-MANTELZORG',
      areaCode: 'GM1',
      numerator: null,
      denominator: null,
      value: 14.2,
      respondents: 320,
      source: 'GGD',
    },
  ],
});
const result = (indicator: string, area: string, breakdown = '') =>
  results.find(
    (row) => row.indicatorCode === indicator && row.areaCode === area && row.breakdown === breakdown,
  );

describe('indicator arithmetic on hand-made cubes', () => {
  it('counts unique persons per area, the unknown wijk and gemeente included in the totals', () => {
    expect(result('P1-PERSONEN', 'REGIO')?.numerator).toBe(23);
    expect(result('P1-PERSONEN', 'GM1')?.numerator).toBe(22);
    expect(result('P1-PERSONEN', 'WK1')?.numerator).toBe(14);
    expect(result('P1-PERSONEN', 'GM1:onbekend')?.numerator).toBe(2);
    expect(result('P1-PERSONEN', 'REGIO:onbekend')?.numerator).toBe(1);
  });

  it('filters on domains and age bands and divides by the right population', () => {
    expect(result('P1-WMO', 'GM1')?.numerator).toBe(14);
    expect(result('P1-WMO-65PLUS-PCT', 'REGIO')).toMatchObject({ numerator: 10, denominator: 2_000 });
    expect(result('P1-JEUGD', 'WK2')?.numerator).toBe(6);
    expect(result('P1-BIJSTAND', 'REGIO')?.numerator).toBe(6);
    expect(result('P1-REINTEGRATIE', 'GM1')?.numerator).toBe(2);
    expect(result('P1-MINIMA', 'REGIO')?.numerator).toBe(3);
    expect(result('P1-PERSONEN-1000', 'WK1')).toMatchObject({ numerator: 14, denominator: 5_000 });
    // No population known for WK2: no denominator rather than a wrong one.
    expect(result('P1-PERSONEN-1000', 'WK2')?.denominator).toBeNull();
  });

  it('counts households, provisions per type, costs and access', () => {
    expect(result('P1-HUISHOUDENS', 'REGIO')?.numerator).toBe(15);
    expect(result('P1-VOORZIENINGSOORT', 'WK1', 'WMO-HULP-HUISHOUDEN')?.numerator).toBe(14);
    expect(result('P1-VOORZIENINGEN', 'GM1')?.numerator).toBe(18);
    expect(result('P1-KOSTEN-WMO-JEUGD', 'REGIO')).toMatchObject({ numerator: 1_500, respondents: 14 });
    // Access counts Wmo, Jeugd and income only: the leerlingenvervoer decisions stay out.
    expect(result('P3-TOEGANG-TIJDIG', 'REGIO')).toMatchObject({ numerator: 8, denominator: 10 });
    expect(result('P3-DOORLOOPTIJD', 'GM1')).toMatchObject({ numerator: 120, denominator: 10 });
  });

  it('passes imported figures through with their source', () => {
    expect(result('P2-MANTELZORG', 'GM1')).toMatchObject({ value: 14.2, respondents: 320, source: 'GGD' });
  });

  it('gives the samenloop per combination and provisions per person', () => {
    expect(result('SAMENLOOP-PERSONEN', 'WK1', 'W')?.numerator).toBe(10);
    expect(result('SAMENLOOP-PERSONEN', 'WK1', 'WP')?.numerator).toBe(4);
    expect(result('SAMENLOOP-PERSONEN', 'GM1', 'P')?.numerator).toBe(2);
    // Minima alone is not one of the three laws.
    expect(result('SAMENLOOP-PERSONEN', 'REGIO', 'P')?.numerator).toBe(2);
    expect(result('SAMENLOOP-HUISHOUDENS', 'GM1', 'JP')?.numerator).toBe(3);
    expect(result('VOORZIENINGEN-PER-PERSOON', 'REGIO', '4+')?.numerator).toBe(1);
    expect(result('VOORZIENINGEN-PER-PERSOON', 'REGIO', '1')?.numerator).toBe(16);
  });

  it('names each combination of the three laws', () => {
    expect(samenloopCombination(catalog, W | J | R)).toBe('WJP');
    expect(samenloopCombination(catalog, M)).toBeNull();
  });
});

describe('periods', () => {
  it('turns labels into dates', () => {
    expect(periodOfLabel('2026-H1')).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodOfLabel('2024-K1')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodOfLabel('2025-K4')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodOfLabel('2025-H3')).toBeNull();
  });

  it('finds the last four half-years that ended', () => {
    expect(lastHalfYears('2026-11-01', 4)).toEqual(['2024-H2', '2025-H1', '2025-H2', '2026-H1']);
    expect(lastHalfYears('2026-06-30', 2)).toEqual(['2025-H2', '2026-H1']);
  });
});
