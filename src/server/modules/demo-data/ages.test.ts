import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, AgeQuota, bandOf } from './ages';
import { Random } from './random';

describe('bandOf', () => {
  it('puts every age in the CBS band that holds it', () => {
    expect([0, 14, 15, 24, 25, 44, 45, 64, 65, 104].map(bandOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('AgeQuota', () => {
  it('draws within the asked bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, min, span) => {
          const quota = new AgeQuota(100, [11, 16, 22, 26, 25]);
          const random = new Random(seed);
          for (let i = 0; i < 20; i++) {
            const age = quota.draw(random, min, Math.min(99, min + span));
            expect(age).toBeGreaterThanOrEqual(min);
            expect(age).toBeLessThanOrEqual(Math.min(99, min + span));
          }
        },
      ),
    );
  });

  it('fills the bands in the wijk’s proportions when draws are free', () => {
    const bands = [4, 33, 28, 16, 19] as const;
    const quota = new AgeQuota(1_000, bands);
    const random = new Random(5);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 1_000; i++) {
      const band = bandOf(quota.draw(random, 0, 99));
      counts[band] = (counts[band] ?? 0) + 1;
    }
    expect(counts).toEqual(bands.map((pct) => pct * 10));
  });

  it('catches up on a band that constrained draws left behind', () => {
    const quota = new AgeQuota(200, [10, 10, 30, 30, 20]);
    const random = new Random(9);
    for (let i = 0; i < 60; i++) quota.draw(random, 25, 64); // parents only
    const free = Array.from({ length: 40 }, () => bandOf(quota.draw(random, 0, 99)));
    // 60 of 120 places in 25–64 are taken; the young and old bands (80 of 140 open places) must win
    // more than their plain share.
    expect(free.filter((band) => band === 0 || band === 1 || band === 4).length).toBeGreaterThan(24);
  });

  it('keeps drawing when every allowed band is full', () => {
    const quota = new AgeQuota(2, [0, 0, 0, 0, 100]);
    const random = new Random(1);
    expect(AGE_BANDS[0]).toEqual([0, 14]);
    for (let i = 0; i < 5; i++) expect(quota.draw(random, 0, 14)).toBeLessThanOrEqual(14);
  });
});
