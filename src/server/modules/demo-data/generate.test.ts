import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/bsn';
import { loadAgeBands, loadAreaCatalog } from '../areas/catalog';
import { bandOf } from './ages';
import { populationFingerprint } from './fingerprint';
import { type DemoPerson, generateDemoPopulation, NAMED_EXAMPLES, REFERENCE_DATE } from './generate';
import { GEMEENTE_POSTCODES } from './places';

const areas = loadAreaCatalog();
const bands = loadAgeBands();
const region = generateDemoPopulation(1, 'region', areas, bands);
const gemeenteOf = new Map(areas.filter((a) => a.level === 'wijk').map((w) => [w.code, w.parentCode ?? '']));

const fingerprint = populationFingerprint;

const ageOn = (birthDate: string) =>
  Number(REFERENCE_DATE.slice(0, 4)) -
  Number(birthDate.slice(0, 4)) -
  (birthDate.slice(5) > REFERENCE_DATE.slice(5) ? 1 : 0);

describe('demo population', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const small = (seed: number) => fingerprint(generateDemoPopulation(seed, 'small', areas, bands).persons);
    expect(small(1)).toBe(small(1));
    expect(small(2)).not.toBe(small(1));
    expect(fingerprint(generateDemoPopulation(1, 'region', areas, bands).persons)).toBe(
      fingerprint(region.persons),
    );
  });

  it('spreads persons over the gemeenten in proportion to their inhabitants', () => {
    const { persons } = region;
    expect(persons.length).toBe(60_002);
    const gemeenten = areas.filter((a) => a.level === 'gemeente');
    const inhabitants = gemeenten.reduce((sum, g) => sum + g.inhabitants, 0);
    for (const gemeente of gemeenten) {
      const share =
        persons.filter((p) => gemeenteOf.get(p.areaCode) === gemeente.code).length / persons.length;
      expect(Math.abs(share - gemeente.inhabitants / inhabitants)).toBeLessThan(0.01);
    }
  });

  it('follows each gemeente’s CBS age bands within a few percentage points', () => {
    for (const gemeente of areas.filter((a) => a.level === 'gemeente')) {
      const own = region.persons.filter((p) => gemeenteOf.get(p.areaCode) === gemeente.code);
      const counts = [0, 0, 0, 0, 0];
      for (const p of own) counts[bandOf(ageOn(p.birthDate))] = (counts[bandOf(ageOn(p.birthDate))] ?? 0) + 1;
      const want = bands.get(gemeente.code) ?? [];
      counts.forEach((n, band) => {
        expect(
          Math.abs((100 * n) / own.length - (want[band] ?? 0)),
          `${gemeente.name} band ${band}`,
        ).toBeLessThan(4);
      });
    }
  });

  it('gives valid, unique test-range BSNs, and about 2% none', () => {
    const { persons } = generateDemoPopulation(3, 'region', areas, bands);
    const bsns = persons.flatMap((p) => (p.bsn ? [p.bsn] : []));
    expect(new Set(bsns).size).toBe(bsns.length);
    expect(bsns.every((bsn) => isValidBsn(bsn) && bsn.startsWith('9'))).toBe(true);
    expect(1 - bsns.length / persons.length).toBeGreaterThan(0.01);
    expect(1 - bsns.length / persons.length).toBeLessThan(0.03);
  });

  it('makes households of realistic composition where children are younger than their parents', () => {
    const { persons, households } = region;
    const byId = new Map(persons.map((p) => [p.id, p]));
    expect(households.length).toBeGreaterThan(27_000);
    expect(households.length).toBeLessThan(31_000);
    const singles = households.filter((h) => h.members.length === 1).length / households.length;
    expect(singles).toBeGreaterThan(0.28);
    expect(singles).toBeLessThan(0.43);
    const assigned = households.filter((h) => h.assigned).length / households.length;
    expect(Math.abs(assigned - 0.3)).toBeLessThan(0.02);
    for (const household of households) {
      const members = household.members.map((m) => ({ ...m, person: byId.get(m.personId) as DemoPerson }));
      const parents = members.filter((m) => m.relation === 'ouder');
      const children = members.filter((m) => m.relation === 'kind');
      if (children.length) expect(parents.length).toBeGreaterThan(0);
      for (const child of children) {
        expect(child.validFrom >= child.person.birthDate).toBe(true);
        for (const parent of parents)
          expect(ageOn(parent.person.birthDate) - ageOn(child.person.birthDate)).toBeGreaterThanOrEqual(17);
      }
      const addresses = new Set(
        members.map(
          (m) => `${m.person.postcode} ${m.person.houseNumber}${m.person.houseNumberAddition ?? ''}`,
        ),
      );
      expect(addresses.size).toBe(1);
      expect(new Set(members.map((m) => m.person.areaCode))).toEqual(new Set([household.areaCode]));
    }
  });

  it('puts every address in its gemeente’s postcode range, one household per address', () => {
    const seen = new Map<string, string>();
    const householdOf = new Map(
      region.households.flatMap((h) => h.members.map((m) => [m.personId, h.id] as const)),
    );
    for (const p of region.persons) {
      expect(p.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
      const [from, to] = GEMEENTE_POSTCODES[gemeenteOf.get(p.areaCode) ?? ''] ?? [0, 0];
      const digits = Number(p.postcode.slice(0, 4));
      expect(digits >= from && digits <= to, `${p.postcode} in ${p.areaCode}`).toBe(true);
      const key = `${p.postcode}|${p.houseNumber}|${p.houseNumberAddition ?? ''}`;
      const household = householdOf.get(p.id) ?? '';
      expect(seen.get(key) ?? household).toBe(household);
      seen.set(key, household);
    }
  });

  it('contains the walkthrough persons in Maastricht Centrum, in an assigned household', () => {
    const { persons, households } = generateDemoPopulation(1, 'small', areas, bands);
    // By BSN: a generated namesake may live in the same wijk.
    const maria = persons.find((p) => p.bsn === NAMED_EXAMPLES.maria.bsn);
    const jean = persons.find((p) => p.bsn === NAMED_EXAMPLES.jean.bsn);
    expect(maria?.areaCode).toBe('WK093500');
    expect(jean?.areaCode).toBe('WK093500');
    expect(maria?.searchName).toBe('maria jansen');
    expect(jean?.searchName).toBe('jean dubois');
    const household = households.find((h) => h.members.some((m) => m.personId === maria?.id));
    expect(household?.assigned).toBe(true);
    expect(household?.members.map((m) => m.personId)).toContain(jean?.id);
  });
});
