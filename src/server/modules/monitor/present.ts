import type { Figure, IndicatorUnit } from '../../../shared/api/monitor';
import {
  type DisclosureConfig,
  displayValue,
  type ProtectedValue,
  protectedRate,
  protectTable,
  protectValue,
} from '../../platform/disclosure';

/**
 * The one protection step between a snapshot's raw results and anything shown, exported or
 * printed: counts of a parent and its child areas are protected as one table (so no hidden child
 * follows from the parent minus the others), rates come from the rounded counts, amounts and
 * survey figures are hidden when too few are behind them.
 */

export interface RawFigure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  respondents: number | null;
}

export const HIDDEN_FIGURE = (reason: 'klein' | 'secundair'): Figure => ({
  value: null,
  display: '.',
  hidden: reason,
});

export function figureOf(value: ProtectedValue): Figure {
  if ('hidden' in value) return HIDDEN_FIGURE(value.hidden);
  return { value: value.shown, display: displayValue(value), hidden: null };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function shownFigure(value: number, unit: IndicatorUnit | 'aantal'): Figure {
  const display = unit === 'euro' || unit === 'euro-per-inwoner' ? euro.format(value) : dutch.format(value);
  return { value, display: unit === 'procent' ? `${display}%` : display, hidden: null };
}

/**
 * Protects a parent's count with its children's in one table; the children must add up to the
 * parent (every fact has exactly one child of each parent, "onbekend" included).
 */
export function protectCounts(
  children: readonly number[],
  config: DisclosureConfig,
  /** The parent as the linked table above shows it (a gemeente in the region's table). */
  parentElsewhere?: ProtectedValue,
): { children: ProtectedValue[]; parent: ProtectedValue } {
  if (children.length === 0) return { children: [], parent: protectValue(0, config) };
  const total = [{ kind: 'columnTotal' as const, column: 0 }];
  const linked = parentElsewhere ? ('hidden' in parentElsewhere ? { hidden: total } : { shown: total }) : {};
  const table = protectTable(
    { cells: children.map((count) => [count]), totals: { columns: true } },
    config,
    linked,
  );
  return {
    children: table.cells.map((row) => row[0] ?? { hidden: 'klein' }),
    parent: table.columnTotals?.[0] ?? { hidden: 'klein' },
  };
}

/** A figure in the indicator's unit from its protected numerator (and denominator). */
export function figureInUnit(
  unit: IndicatorUnit,
  numerator: ProtectedValue,
  raw: RawFigure,
  protectedDenominator: ProtectedValue | null,
  config: DisclosureConfig,
): Figure {
  switch (unit) {
    case 'aantal':
      return figureOf(numerator);
    case 'procent':
    case 'per1000': {
      const denominator = protectedDenominator ?? (raw.denominator ? { shown: raw.denominator } : null);
      if (!denominator) return HIDDEN_FIGURE('klein');
      const rate = protectedRate(numerator, denominator, { per: unit === 'procent' ? 100 : 1000 });
      return 'hidden' in rate ? HIDDEN_FIGURE(rate.hidden) : shownFigure(rate.shown, unit);
    }
    case 'euro': {
      // An amount is shown when more provisions than the threshold are behind it, in whole euros.
      if ((raw.respondents ?? 0) <= config.threshold || raw.numerator === null) return HIDDEN_FIGURE('klein');
      return shownFigure(Math.round(raw.numerator / 100), 'euro');
    }
    case 'euro-per-inwoner': {
      if ((raw.respondents ?? 0) <= config.threshold || !raw.denominator || raw.numerator === null)
        return HIDDEN_FIGURE('klein');
      return shownFigure(Math.round(raw.numerator / raw.denominator) / 100, 'euro-per-inwoner');
    }
    case 'dagen': {
      // A mean over few decisions tells about those few: hidden like a small count.
      if (
        'hidden' in numerator ||
        !raw.denominator ||
        raw.denominator <= config.threshold ||
        raw.numerator === null
      )
        return HIDDEN_FIGURE('klein');
      return shownFigure(oneDecimal(raw.numerator / raw.denominator), 'dagen');
    }
  }
}

/** Imported survey figures: a percentage or score from a sample, hidden when too few answered. */
export function externalFigure(unit: IndicatorUnit, raw: RawFigure, config: DisclosureConfig): Figure {
  if (unit === 'aantal') return figureOf(protectValue(raw.numerator ?? raw.value ?? 0, config));
  if (raw.value === null) return HIDDEN_FIGURE('klein');
  if (raw.respondents !== null && raw.respondents <= config.threshold) return HIDDEN_FIGURE('klein');
  return shownFigure(oneDecimal(raw.value), unit);
}

/** What makes areas comparable: a rate itself, or a count per 1,000 inhabitants. */
export function comparableOf(unit: IndicatorUnit, figure: Figure, inhabitants: number | null): Figure | null {
  if (unit !== 'aantal') return figure;
  if (inhabitants === null || inhabitants <= 0) return null;
  if (figure.value === null) return figure;
  return shownFigure(oneDecimal((figure.value / inhabitants) * 1000), 'per1000');
}
