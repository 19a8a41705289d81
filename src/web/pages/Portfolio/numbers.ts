import type { CheckedTotal } from '../../../shared/api/portfolio';

/** Dutch notation for the portfolio's figures: euros, fte, hours and signed differences. */

/** A figure's notation; `signed` writes a sign before every non-zero value ("+2", "€ -1.500"). */
export type Format = (value: number, signed?: boolean) => string;

const formats = (options: Intl.NumberFormatOptions) => {
  const plain = new Intl.NumberFormat('nl-NL', options);
  const signed = new Intl.NumberFormat('nl-NL', { ...options, signDisplay: 'exceptZero' });
  return (value: number, withSign = false) => (withSign ? signed : plain).format(value);
};

export const formatEuro: Format = formats({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
export const formatFte: Format = formats({ maximumFractionDigits: 2 });
export const formatCount: Format = formats({ maximumFractionDigits: 0 });

/**
 * The difference between a computed total and the source's, when there is one: the server gives it;
 * should it be missing while a stated total is there, it is computed here (computed − stated).
 */
export function differenceOf(total: CheckedTotal): number | null {
  if (total.stated === null) return null;
  return total.difference ?? total.computed - total.stated;
}

/**
 * What to write beside a computed total: nothing when the source stated none or agrees, otherwise
 * "bron: X, verschil: Y" in the same notation as the figure.
 */
export function checkedTotalNote(
  total: CheckedTotal,
  format: Format,
  note: (stated: string, difference: string) => string,
): string | null {
  const difference = differenceOf(total);
  if (total.stated === null || difference === null || Math.abs(difference) < 1e-9) return null;
  return note(format(total.stated), format(difference, true));
}
