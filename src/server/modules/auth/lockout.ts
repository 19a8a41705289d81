/**
 * Slows down password guessing: after five consecutive failures an account is locked, for
 * longer with every further failure (1, 2, 4 … minutes, at most an hour).
 */
export const FREE_ATTEMPTS = 5;

export function lockoutAfterFailure(failedBefore: number, now: Date): Date | null {
  const failures = failedBefore + 1;
  if (failures < FREE_ATTEMPTS) return null;
  const minutes = Math.min(60, 2 ** (failures - FREE_ATTEMPTS));
  return new Date(now.getTime() + minutes * 60_000);
}
