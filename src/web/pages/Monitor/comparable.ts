import type { IndicatorUnit, MonitorView } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';

/** Rates compare across areas as they are; only counts and amounts get a separate comparable column. */
const RATE_UNITS: IndicatorUnit[] = ['procent', 'per1000', 'euro-per-inwoner', 'dagen'];

export function showsComparable(view: Pick<MonitorView, 'comparableLabel' | 'indicator'>): boolean {
  return view.comparableLabel !== null && !RATE_UNITS.includes(view.indicator.unit);
}

/** The label of the figure that compares areas: the comparable's label, else the value with its unit. */
export function comparedLabel(view: Pick<MonitorView, 'comparableLabel' | 'indicator'>): string {
  if (showsComparable(view) && view.comparableLabel) return view.comparableLabel;
  return valueLabel(view.indicator.unit);
}

export const valueLabel = (unit: IndicatorUnit) => `${nl.monitor.value} (${nl.monitor.units[unit] ?? unit})`;
