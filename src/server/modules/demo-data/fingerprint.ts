import { createHash } from 'node:crypto';

type Identity = {
  bsn: string | null;
  givenNames: string;
  prefix: string | null;
  familyName: string;
  birthDate: string | null;
};

/**
 * Hash of the sorted BSN + name + birth date of every person: equal for equal populations
 * whatever the order or the generated ids, so a loaded database can be compared to a seed.
 */
export function populationFingerprint(persons: readonly Identity[]): string {
  const lines = persons
    .map((p) => `${p.bsn ?? ''}|${p.givenNames}|${p.prefix ?? ''}|${p.familyName}|${p.birthDate ?? ''}`)
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
