import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, initialsOf, normalizeForSearch, searchNameOf, sortName } from './person-name';

describe('Dutch names', () => {
  it('writes initials, voorvoegsel and family name in Dutch order', () => {
    expect(displayName({ givenNames: 'Johanna', prefix: 'de', familyName: 'Vries' })).toBe('J. de Vries');
    expect(displayName({ givenNames: 'Jan Pieter', prefix: 'van der', familyName: 'Berg' })).toBe(
      'J.P. van der Berg',
    );
    expect(displayName({ givenNames: 'Anne-Marie', prefix: null, familyName: 'Smeets' })).toBe('A.M. Smeets');
  });

  it('sorts on the family name without its voorvoegsel', () => {
    expect(sortName({ givenNames: 'Johanna', prefix: 'de', familyName: 'Vries' })).toBe('Vries, J. de');
    expect(sortName({ givenNames: 'Kees', familyName: 'Bemelmans' })).toBe('Bemelmans, K.');
  });

  it('strips accents and case for search', () => {
    expect(normalizeForSearch('Dubóis')).toBe('dubois');
    expect(normalizeForSearch('  Ümit  ÇELIK ')).toBe('umit celik');
    expect(searchNameOf({ givenNames: 'Jean', prefix: null, familyName: 'Dubóis' })).toBe('jean dubois');
  });

  it('normalisation is idempotent and never keeps combining marks', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
        expect(/\p{M}/u.test(once)).toBe(false);
      }),
    );
  });

  it('initials have one letter and a dot per given name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,10}$/), { minLength: 1, maxLength: 4 }),
        (names) => {
          expect(initialsOf(names.join(' '))).toHaveLength(names.length * 2);
        },
      ),
    );
  });
});
