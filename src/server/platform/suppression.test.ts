import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_UP_TO, protectCount, protectGroup, ROUND_TO, roundToBase } from './suppression';

describe('protectCount', () => {
  it('hides 0 to 7 and rounds the rest to multiples of 5', () => {
    expect(protectCount(0)).toEqual({ value: null, suppressed: 'klein-aantal' });
    expect(protectCount(7)).toEqual({ value: null, suppressed: 'klein-aantal' });
    expect(protectCount(8)).toEqual({ value: 10, suppressed: null });
    expect(protectCount(12)).toEqual({ value: 10, suppressed: null });
    expect(protectCount(13)).toEqual({ value: 15, suppressed: null });
    expect(protectCount(1234)).toEqual({ value: 1235, suppressed: null });
  });

  it('refuses what is not a count', () => {
    expect(() => protectCount(-1)).toThrow(RangeError);
    expect(() => protectCount(2.5)).toThrow(RangeError);
  });

  it('never shows a small count, and a shown count is a multiple of 5 within 2 of the truth', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (count) => {
        const shown = protectCount(count);
        if (count <= HIDDEN_UP_TO) return shown.value === null && shown.suppressed === 'klein-aantal';
        return (
          shown.suppressed === null &&
          shown.value !== null &&
          shown.value % ROUND_TO === 0 &&
          Math.abs(shown.value - count) <= 2 &&
          shown.value === roundToBase(count)
        );
      }),
    );
  });
});

describe('protectGroup', () => {
  it('hides the smallest shown cell when one hidden cell could be read off the total', () => {
    const { cells, total } = protectGroup([3, 40, 12, 25]);
    expect(cells).toEqual([
      { value: null, suppressed: 'klein-aantal' },
      { value: 40, suppressed: null },
      { value: null, suppressed: 'afleidbaar' },
      { value: 25, suppressed: null },
    ]);
    expect(total).toEqual({ value: 80, suppressed: null });
  });

  it('leaves a group with two hidden cells or none as it is, and hides a lone cell’s total', () => {
    expect(protectGroup([3, 2, 40]).cells.map((cell) => cell.suppressed)).toEqual([
      'klein-aantal',
      'klein-aantal',
      null,
    ]);
    expect(protectGroup([10, 20]).total).toEqual({ value: 30, suppressed: null });
    expect(protectGroup([9]).total).toEqual({ value: 10, suppressed: null });
    // One cell hidden and shown alone: the total is that cell, so it is small and hidden anyway.
    expect(protectGroup([4]).total.suppressed).toBe('klein-aantal');
    // A total counted differently can be large while the one cell is small: the total goes.
    expect(protectGroup([4], 9).total).toEqual({ value: null, suppressed: 'afleidbaar' });
  });

  it('never leaves exactly one hidden cell beside a shown total, and hides every small count', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { minLength: 1, maxLength: 8 }), (counts) => {
        const { cells, total } = protectGroup(counts);
        const hidden = cells.filter((cell) => cell.value === null).length;
        const smallAllHidden = counts.every(
          (count, index) => count > HIDDEN_UP_TO || cells[index]?.value === null,
        );
        const shownAreRounded = cells.every(
          (cell, index) => cell.value === null || cell.value === roundToBase(counts[index] ?? -1),
        );
        return smallAllHidden && shownAreRounded && (total.value === null || hidden !== 1);
      }),
    );
  });

  it('hides no more than one cell beyond the small ones', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { minLength: 1, maxLength: 8 }), (counts) => {
        const { cells } = protectGroup(counts);
        const extra = cells.filter((cell) => cell.suppressed === 'afleidbaar').length;
        return extra <= 1;
      }),
    );
  });
});
