import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBsn, isValidBsn, testBsnFromNumber } from './bsn';

const eightDigits = fc.stringMatching(/^\d{8}$/);

describe('isValidBsn', () => {
  it('accepts known valid numbers and rejects near misses', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
  });

  it('rejects all zeros even though it passes the eleven-check arithmetic', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('completed numbers always pass, and changing one digit always breaks them', () => {
    fc.assert(
      fc.property(
        eightDigits,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, position, delta) => {
          const bsn = completeBsn(eight);
          fc.pre(bsn !== undefined && bsn !== '000000000');
          expect(isValidBsn(bsn)).toBe(true);
          const digit = (Number(bsn[position]) + delta) % 10;
          const altered = `${bsn.slice(0, position)}${digit}${bsn.slice(position + 1)}`;
          // A single-digit change shifts the weighted sum by weight × delta, never a multiple of 11.
          expect(isValidBsn(altered)).toBe(false);
        },
      ),
    );
  });

  it('a swap of two adjacent different digits is detected', () => {
    fc.assert(
      fc.property(eightDigits, fc.integer({ min: 0, max: 6 }), (eight, position) => {
        const bsn = completeBsn(eight);
        fc.pre(bsn !== undefined && bsn[position] !== bsn[position + 1]);
        const swapped = `${bsn.slice(0, position)}${bsn[position + 1]}${bsn[position]}${bsn.slice(position + 2)}`;
        expect(isValidBsn(swapped)).toBe(false);
      }),
    );
  });

  it('completeBsn finds the check digit exactly when one exists', () => {
    fc.assert(
      fc.property(eightDigits, (eight) => {
        const candidates = Array.from({ length: 10 }, (_, d) => `${eight}${d}`).filter(isValidBsn);
        expect(candidates.length).toBeLessThanOrEqual(1);
        expect(completeBsn(eight)).toBe(candidates[0]);
      }),
    );
  });
});

describe('testBsnFromNumber', () => {
  it('gives valid numbers in the test range starting with 9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000 }), (n) => {
        const bsn = testBsnFromNumber(n);
        expect(bsn).toMatch(/^9\d{8}$/);
        expect(isValidBsn(bsn)).toBe(true);
      }),
    );
  });
});
