import { describe, expect, it } from 'vitest';
import { normalizePostcode } from './postcode';

describe('normalizePostcode', () => {
  it('writes postcodes as 1234 AB', () => {
    expect(normalizePostcode('6211ab')).toBe('6211 AB');
    expect(normalizePostcode(' 6211  AB ')).toBe('6211 AB');
  });
  it('rejects malformed and never-issued postcodes', () => {
    expect(normalizePostcode('0211 AB')).toBeUndefined();
    expect(normalizePostcode('621 AB')).toBeUndefined();
    expect(normalizePostcode('6211 SS')).toBeUndefined();
    expect(normalizePostcode('6211 A1')).toBeUndefined();
  });
});
