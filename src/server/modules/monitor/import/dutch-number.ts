// Numbers as Dutch files write them. Kept on their own because both validations read figures
// this way and the rule ("12.5" is no number) must be the same for both.

const PLAIN = /^\d+(,\d+)?$/;
const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const GROUPED_SPACES = /^\d{1,3}([ \u00a0\u202f]\d{3})+(,\d+)?$/;

/**
 * A number written the Dutch way: decimal comma ("12,5"), dots or spaces between thousands
 * ("1.234", "1 234"). "12.5" is refused rather than guessed: in Dutch it is no number.
 */
export function parseDutchNumber(raw: string): number | undefined {
  let text = raw.trim().replace(/^[−–]/, '-');
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) sign = -1;
    text = text.slice(1).trim();
  }
  if (!PLAIN.test(text) && !GROUPED_DOTS.test(text) && !GROUPED_SPACES.test(text)) return undefined;
  const number = Number(text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(number) ? sign * number : undefined;
}

export const notANumber = (raw: string) =>
  `Geen getal: "${raw}". Schrijf getallen op z'n Nederlands, bijvoorbeeld 12,5 of 1.234`;

/** A whole, non-negative count ("1.234" is 1234); undefined for empty and ".". */
export function readCount(raw: string, what: string): { count: number } | { reason: string } {
  const number = parseDutchNumber(raw);
  if (number === undefined) return { reason: notANumber(raw) };
  if (number < 0) return { reason: `${what} kan niet negatief zijn` };
  if (!Number.isInteger(number)) return { reason: `${what} moet een geheel getal zijn` };
  if (number > 2_147_483_647) return { reason: `${what} is onwaarschijnlijk groot` };
  return { count: number };
}
