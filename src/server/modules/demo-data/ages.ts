import type { AgeBands } from '../areas/catalog';
import { apportion, type Random } from './random';

/** The CBS age bands of the Kerncijfers wijken en buurten, as inclusive [from, to] ages. */
export const AGE_BANDS: readonly (readonly [number, number])[] = [
  [0, 14],
  [15, 24],
  [25, 44],
  [45, 64],
  [65, 99],
];

export function bandOf(age: number): number {
  const index = AGE_BANDS.findIndex(([from, to]) => age >= from && age <= to);
  return index === -1 ? AGE_BANDS.length - 1 : index;
}

/**
 * Ages for one wijk's demo persons. Households impose constraints (children younger than their
 * parents, elderly couples over 65), so ages cannot be drawn independently; instead each draw
 * prefers the bands whose quota is least filled, which makes the totals converge on the wijk's
 * CBS age profile while every household stays plausible.
 */
export class AgeQuota {
  readonly #remaining: number[];
  readonly #initial: readonly number[];
  readonly #shares: readonly number[];

  constructor(total: number, bands: AgeBands) {
    this.#initial = apportion(total, bands);
    this.#remaining = [...this.#initial];
    const sum = bands.reduce((a, b) => a + b, 0) || 1;
    this.#shares = bands.map((pct) => pct / sum);
  }

  take(age: number): number {
    const band = bandOf(age);
    this.#remaining[band] = (this.#remaining[band] ?? 0) - 1;
    return age;
  }

  /** Draws an age in [min, max], preferring under-filled bands, and books it. */
  draw(random: Random, min: number, max: number): number {
    const candidates = AGE_BANDS.flatMap(([from, to], band) => {
      const lo = Math.max(from, min);
      const hi = Math.min(to, max);
      return lo <= hi ? [{ band, lo, hi }] : [];
    });
    if (candidates.length === 0) throw new Error(`no age band overlaps [${min}, ${max}]`);
    // Weight by what is left times the fraction left: a band that lags behind catches up quickly.
    const open = candidates.map((c) => {
      const left = Math.max(this.#remaining[c.band] ?? 0, 0);
      return [c, (left * left) / Math.max(this.#initial[c.band] ?? 1, 1)] as const;
    });
    // When every allowed band is full, fall back to the wijk's own profile rather than failing.
    const weights = open.some(([, n]) => n > 0)
      ? open
      : candidates.map((c) => [c, this.#shares[c.band] ?? 0.01] as const);
    const chosen = random.weighted(weights);
    return this.take(
      chosen.band === AGE_BANDS.length - 1
        ? oldAge(random, chosen.lo, chosen.hi)
        : random.int(chosen.lo, chosen.hi),
    );
  }
}

/** Over-65s thin out with age (roughly 55% 65–74, 33% 75–84, 12% 85+), not uniformly to 99. */
function oldAge(random: Random, lo: number, hi: number): number {
  for (let attempt = 0; attempt < 8; attempt++) {
    const age = lo + Math.floor(-Math.log(1 - random.next()) * 10);
    if (age <= hi) return age;
  }
  return random.int(lo, hi);
}
