import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgeBands, loadAreaCatalog } from '../areas/catalog';
import { loadCaseTypeCatalog } from '../case-types/catalog';
import { loadProvisionTypes } from '../case-types/provision-types';
import { loadTermCalendar } from '../cases/deadlines/decreed-days';
import { generateBenefitStock } from './benefits';
import { generateCareStock, STOCK_CASE_TYPE, STOCK_DATE, STOCK_VOLUME } from './care-stock';
import { type DemoCase, generateDemoCases } from './cases';
import { generateDemoPopulation, REFERENCE_DATE, type Scale, uuidFrom } from './generate';
import { BESCHERMD_WONEN_STOCK, CARE_STOCK, careStockCounts, VOLUME_SHARE } from './volumes';

const areas = loadAreaCatalog();
const bands = loadAgeBands();
const caseTypes = loadCaseTypeCatalog();
const calendar = loadTermCalendar();
const gemeenteOf = new Map(areas.map((area) => [area.code, area.parentCode ?? area.code]));

function stockAt(seed: number, scale: Scale) {
  const { persons, households } = generateDemoPopulation(seed, scale, areas, bands);
  const benefits = generateBenefitStock(
    seed,
    scale,
    persons,
    households,
    gemeenteOf,
    caseTypes,
    calendar,
    uuidFrom,
  );
  const care = generateCareStock(seed, scale, persons, households, benefits, caseTypes, calendar, uuidFrom);
  return { persons, households, benefits, care };
}

const ageOn = (birthDate: string, date = REFERENCE_DATE) =>
  Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (birthDate.slice(5) > date.slice(5) ? 1 : 0);

/** A provision runs in [from, to] when it started by `to` and had not ended before `from`. */
const runsIn = (item: DemoCase, from: string, to: string) =>
  Boolean(
    item.decision?.provisionTypeCode &&
      item.decision.decidedOn <= to &&
      (!item.decision.provisionEnd || item.decision.provisionEnd.endDate >= from),
  );

const HALF_YEARS: readonly (readonly [string, string])[] = [
  ['2024-07-01', '2024-12-31'],
  ['2025-01-01', '2025-06-30'],
  ['2025-07-01', '2025-12-31'],
  ['2026-01-01', '2026-06-30'],
];

let region: ReturnType<typeof stockAt>;
beforeAll(() => {
  region = stockAt(1, 'region');
});

describe('running care stock', () => {
  it('is deterministic for a seed', () => {
    const fingerprint = (care: DemoCase[]) =>
      care
        .map((item) =>
          [
            item.personId,
            item.receivedOn,
            item.decision?.provisionTypeCode,
            item.decision?.provisionEnd?.endDate,
          ].join('|'),
        )
        .join('\n');
    expect(fingerprint(stockAt(1, 'small').care)).toBe(fingerprint(stockAt(1, 'small').care));
    expect(fingerprint(stockAt(2, 'small').care)).not.toBe(fingerprint(stockAt(1, 'small').care));
  });

  it('has each domain’s persons running on the stock date, at region and small scale', () => {
    for (const [scale, stock, tolerance] of [
      ['region', region, 0.01],
      ['small', stockAt(1, 'small'), 0.05],
    ] as const) {
      for (const [domain, persons] of careStockCounts(scale)) {
        const running = new Set(
          stock.care
            .filter((item) => item.caseType.domain === domain && runsIn(item, STOCK_DATE, STOCK_DATE))
            .map((item) => item.personId),
        );
        expect(running.size, `${scale} ${domain}`).toBeGreaterThanOrEqual(
          Math.floor(persons * (1 - tolerance)),
        );
        expect(running.size, `${scale} ${domain}`).toBeLessThanOrEqual(persons);
      }
    }
    expect(careStockCounts('small')).toEqual(
      Object.entries(CARE_STOCK).map(([domain, n]) => [domain, Math.round(n * VOLUME_SHARE.small)]),
    );
  });

  it('gives Wmo mostly to over-65s, jeugdhulp to under-18s, re-integration to adults of working age', () => {
    const byId = new Map(region.persons.map((person) => [person.id, person]));
    const ages = (domain: string) =>
      region.care
        .filter((item) => item.caseType.domain === domain)
        .map((item) => ageOn(byId.get(item.personId)?.birthDate ?? ''));
    const wmo = ages('wmo');
    expect(wmo.filter((age) => age >= 65).length / wmo.length).toBeGreaterThan(0.65);
    expect(wmo.every((age) => age >= 18)).toBe(true);
    expect(ages('jeugd').every((age) => age < 18)).toBe(true);
    expect(ages('participatie').every((age) => age >= 18 && age <= 66)).toBe(true);
    expect(ages('minima').every((age) => age >= 18)).toBe(true);
    const protectedLiving = region.care.filter(
      (item) => item.decision?.provisionTypeCode === 'WMO-BESCHERMD-WONEN',
    );
    expect(new Set(protectedLiving.map((item) => item.personId)).size).toBe(BESCHERMD_WONEN_STOCK);
  });

  it('uses case types that grant the provision, volumes in the catalog’s unit, and starts before the stock date', () => {
    const units = new Map(loadProvisionTypes(caseTypes).map((type) => [type.code, type.volumeUnit ?? null]));
    for (const [code, [, , unit]] of Object.entries(STOCK_VOLUME)) expect(units.get(code), code).toBe(unit);
    // Collected rather than asserted per case: the region stock has some 28,000.
    const wrong = region.care.filter((item) => {
      const decision = item.decision;
      const code = decision?.provisionTypeCode ?? '';
      return (
        !decision ||
        item.caseType.code !== STOCK_CASE_TYPE[code] ||
        !item.caseType.decisionTypes.some((type) => type.provisionTypes.includes(code)) ||
        !(item.receivedOn < STOCK_DATE && decision.decidedOn < STOCK_DATE) ||
        (decision.provisionEnd && decision.provisionEnd.endDate <= decision.decidedOn) ||
        (decision.volume && decision.volume.unit !== units.get(code)) ||
        // A trajectory is open exactly while its provision runs; other stock cases closed granted.
        (item.caseType.code === 'REINTEGRATIE-TRAJECT'
          ? (item.closedOn === null) !== !decision.provisionEnd?.endReason
          : item.resultCode === null)
      );
    });
    expect(wrong.map((item) => item.id)).toEqual([]);
    expect(region.care.filter((item) => item.decision?.volume).length).toBeGreaterThan(10_000);
  });

  it('turns over: some provisions end in each half-year, so a year counts more persons than a day', () => {
    for (const [from, to] of HALF_YEARS) {
      const ended = region.care.filter((item) => {
        const end = item.decision?.provisionEnd;
        return end?.endReason && end.endDate >= from && end.endDate <= to;
      });
      expect(ended.length, from).toBeGreaterThan(500);
      expect(region.care.filter((item) => runsIn(item, from, to)).length, from).toBeGreaterThan(20_000);
    }
    const persons = (from: string, to: string) =>
      new Set(region.care.filter((item) => runsIn(item, from, to)).map((item) => item.personId)).size;
    expect(persons('2025-01-01', '2025-12-31')).toBeGreaterThan(persons('2025-12-31', '2025-12-31') * 1.1);
  });

  it('overlaps with benefits: minima and re-integration mostly in benefit households, some Wmo too', () => {
    const benefitHousehold = new Set(region.benefits.map((item) => item.householdId));
    const householdOf = new Map(
      region.households.flatMap((household) =>
        household.members.map((m) => [m.personId, household.id] as const),
      ),
    );
    const share = (domain: string) => {
      const persons = new Set(
        region.care.filter((item) => item.caseType.domain === domain).map((item) => item.personId),
      );
      return (
        [...persons].filter((id) => benefitHousehold.has(householdOf.get(id) ?? '')).length / persons.size
      );
    };
    expect(share('minima')).toBeGreaterThan(0.4);
    expect(share('minima')).toBeLessThan(0.7);
    expect(share('participatie')).toBeGreaterThan(0.6);
    expect(share('wmo')).toBeGreaterThan(0.02);
    expect(share('jeugd')).toBeGreaterThan(0.1);
  });
});

describe('persons with a provision at region scale', () => {
  it('are 22,000–28,000 in each half-year of the demo years, with the yearly flow and benefits', () => {
    const { cases } = generateDemoCases(
      1,
      'region',
      region.persons,
      region.households,
      gemeenteOf,
      caseTypes,
      calendar,
      uuidFrom,
    );
    for (const [from, to] of HALF_YEARS) {
      const persons = new Set(
        cases
          .filter((item) => item.caseType.domain !== 'handhaving' && runsIn(item, from, to))
          .map((item) => item.personId),
      );
      expect(persons.size, from).toBeGreaterThan(22_000);
      expect(persons.size, from).toBeLessThan(28_000);
    }
  }, 180_000);
});
