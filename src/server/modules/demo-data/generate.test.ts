import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/bsn';
import { loadAreaCatalog } from '../areas/catalog';
import { generateDemoPopulation } from './generate';

const areas = loadAreaCatalog();
const fingerprint = (seed: number) => {
  const { persons } = generateDemoPopulation(seed, 'small', areas);
  const lines = persons.map((p) => `${p.bsn}|${p.givenNames}|${p.familyName}|${p.birthDate}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
};

describe('demo population', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(fingerprint(1)).toBe(fingerprint(1));
    expect(fingerprint(2)).not.toBe(fingerprint(1));
  });

  it('spreads persons over the gemeenten in proportion to their inhabitants', () => {
    const { persons } = generateDemoPopulation(1, 'region', areas);
    expect(persons.length).toBeGreaterThanOrEqual(30_000);
    expect(persons.length).toBeLessThan(30_100);
    const gemeenten = areas.filter((a) => a.level === 'gemeente');
    const inhabitants = gemeenten.reduce((sum, g) => sum + g.inhabitants, 0);
    const wijkToGemeente = new Map(
      areas.filter((a) => a.level === 'wijk').map((w) => [w.code, w.parentCode]),
    );
    for (const gemeente of gemeenten) {
      const share =
        persons.filter((p) => wijkToGemeente.get(p.areaCode) === gemeente.code).length / persons.length;
      expect(Math.abs(share - gemeente.inhabitants / inhabitants)).toBeLessThan(0.01);
    }
  });

  it('gives valid, unique test-range BSNs', () => {
    const { persons } = generateDemoPopulation(3, 'region', areas);
    const bsns = persons.flatMap((p) => (p.bsn ? [p.bsn] : []));
    expect(new Set(bsns).size).toBe(bsns.length);
    expect(bsns.every((bsn) => isValidBsn(bsn) && bsn.startsWith('9'))).toBe(true);
    expect(bsns.length / persons.length).toBeGreaterThan(0.95);
  });

  it('makes households of realistic size where children are younger than their parents', () => {
    const { persons, households } = generateDemoPopulation(1, 'region', areas);
    const byId = new Map(persons.map((p) => [p.id, p]));
    expect(households.length).toBeGreaterThan(12_500);
    expect(households.length).toBeLessThan(15_500);
    for (const household of households) {
      const parents = household.members
        .filter((m) => m.relation === 'ouder')
        .map((m) => byId.get(m.personId)?.birthDate ?? '');
      const children = household.members
        .filter((m) => m.relation === 'kind')
        .map((m) => byId.get(m.personId)?.birthDate ?? '');
      for (const child of children) for (const parent of parents) expect(child > parent).toBe(true);
    }
  });

  it('contains the walkthrough persons in Maastricht Centrum, in an assigned household', () => {
    const { persons, households } = generateDemoPopulation(1, 'small', areas);
    const maria = persons.find(
      (p) => p.givenNames === 'Maria' && p.familyName === 'Jansen' && p.areaCode === 'WK093500',
    );
    const jean = persons.find((p) => p.familyName === 'Dubóis' && p.givenNames === 'Jean');
    expect(maria).toBeDefined();
    expect(jean).toBeDefined();
    expect(households.find((h) => h.members.some((m) => m.personId === maria?.id))?.assigned).toBe(true);
  });
});
