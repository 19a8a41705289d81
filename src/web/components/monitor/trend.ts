/** Layout helpers of the trend chart. */

/** The top of the y axis: a round number at or above the largest shown value (1 when none). */
export function niceMax(values: (number | null)[]): number {
  const max = Math.max(0, ...values.filter((value): value is number => value !== null));
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 1.5, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= max) ?? 10;
  return step * magnitude;
}

/** Runs of consecutive shown values (as indexes), so a hidden value leaves a gap in the line. */
export function lineSegments(values: (number | null)[]): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push(index);
  });
  if (current.length > 0) segments.push(current);
  return segments;
}
