/**
 * Burgerservicenummer: nine digits passing the eleven-check
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11), and never all zeros.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.exec(value)) return false;
  if (value === '000000000') return false;
  return elevenCheckSum(value) % 11 === 0;
}

function elevenCheckSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return sum - Number(digits[8]);
}

/**
 * Completes eight digits with the ninth that makes a valid BSN, or undefined when none does
 * (the check digit would have to be 10).
 */
export function completeBsn(firstEight: string): string | undefined {
  if (!/^\d{8}$/.exec(firstEight)) throw new Error('completeBsn needs exactly eight digits');
  let partial = 0;
  for (let i = 0; i < 8; i++) partial += Number(firstEight[i]) * (9 - i);
  const check = partial % 11;
  if (check > 9) return undefined;
  const bsn = `${firstEight}${check}`;
  return isValidBsn(bsn) ? bsn : undefined;
}

/**
 * Demo and test BSNs start with 9: numbers from 900000000 up are not issued to persons by the
 * BRP (documented test range used across Dutch government test environments), so demo data can
 * never collide with a real citizen.
 */
export const TEST_BSN_PREFIX = '9';

export function testBsnFromNumber(n: number): string {
  for (let candidate = n; ; candidate++) {
    const eight = `${TEST_BSN_PREFIX}${String(candidate % 10_000_000).padStart(7, '0')}`;
    const bsn = completeBsn(eight);
    if (bsn) return bsn;
  }
}
