import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, lockoutAfterFailure } from './lockout';

describe('login lock-out', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('allows a few mistakes without locking', () => {
    for (let before = 0; before < FREE_ATTEMPTS - 1; before++)
      expect(lockoutAfterFailure(before, now)).toBeNull();
  });
  it('locks from the fifth failure on, longer each time, at most an hour', () => {
    const minutes = (before: number) =>
      ((lockoutAfterFailure(before, now)?.getTime() ?? 0) - now.getTime()) / 60_000;
    expect(minutes(FREE_ATTEMPTS - 1)).toBe(1);
    expect(minutes(FREE_ATTEMPTS)).toBe(2);
    expect(minutes(FREE_ATTEMPTS + 1)).toBe(4);
    expect(minutes(FREE_ATTEMPTS + 20)).toBe(60);
  });
});
