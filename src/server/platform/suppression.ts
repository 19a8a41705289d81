/**
 * The brief's protection of aggregates shown outside case work, as CBS does it: counts of 0–7 are
 * not shown, the rest are rounded to multiples of 5, and no total may reveal a hidden cell. Pure
 * functions, so the rule is property-tested without a database; rates, where a screen shows them,
 * are computed from the rounded figures (use `protectCount(…).value`).
 */

/** Counts up to and including this are hidden. */
export const HIDDEN_UP_TO = 7;
/** Shown counts are rounded to a multiple of this. */
export const ROUND_TO = 5;

export type SuppressionReason =
  /** The count itself is 0–7. */
  | 'klein-aantal'
  /** The count is large enough, but with the total shown it would give away a hidden neighbour. */
  | 'afleidbaar';

export interface ProtectedCount {
  value: number | null;
  suppressed: SuppressionReason | null;
}

/** Rounds half up to a multiple of ROUND_TO (12 → 10, 13 → 15). */
export function roundToBase(count: number): number {
  return Math.floor((count + ROUND_TO / 2) / ROUND_TO) * ROUND_TO;
}

/** One count on its own: hidden when small, otherwise rounded. */
export function protectCount(count: number): ProtectedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('a count is a non-negative integer');
  return count <= HIDDEN_UP_TO
    ? { value: null, suppressed: 'klein-aantal' }
    : { value: roundToBase(count), suppressed: null };
}

/**
 * A group of cells shown together with their total (gemeenten and the region, for one month and
 * one measure). When exactly one cell is hidden and the total is shown, total minus the shown
 * cells would give that cell away (within the rounding), so the smallest shown cell is hidden too
 * ("afleidbaar"): it costs the least information. With a single cell there is no other to hide,
 * so the total goes instead. `total` defaults to the sum; pass it when a total counts differently
 * (persons once across gemeenten), it is protected by the same rule.
 */
export function protectGroup(
  counts: readonly number[],
  total: number = counts.reduce((sum, count) => sum + count, 0),
): { cells: ProtectedCount[]; total: ProtectedCount } {
  const cells = counts.map(protectCount);
  const protectedTotal = protectCount(total);
  const hidden = cells.filter((cell) => cell.suppressed !== null).length;
  if (hidden !== 1 || protectedTotal.suppressed !== null) return { cells, total: protectedTotal };
  let smallest = -1;
  counts.forEach((count, index) => {
    const current = counts[smallest];
    if (cells[index]?.suppressed === null && (current === undefined || count < current)) smallest = index;
  });
  if (smallest < 0) return { cells, total: { value: null, suppressed: 'afleidbaar' } };
  cells[smallest] = { value: null, suppressed: 'afleidbaar' };
  return { cells, total: protectedTotal };
}
