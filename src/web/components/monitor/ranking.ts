import type { Figure, ViewRow } from '../../../shared/api/monitor';

/** The figure areas are compared on: per 1,000 inhabitants for counts, the figure itself for rates. */
export function comparedFigure(row: Pick<ViewRow, 'value' | 'comparable'>): Figure {
  return row.comparable ?? row.value;
}

export interface RankedBar {
  code: string;
  name: string;
  display: string;
  /** Bar length as a share of the longest bar (0–1); null without a bar (hidden figure). */
  share: number | null;
}

/**
 * The child areas in the server's rank order (highest first), hidden figures last in name order.
 * Bar lengths are layout only: each shown value against the largest one.
 */
export function rankBars(rows: ViewRow[]): RankedBar[] {
  const sorted = [...rows].sort((a, b) => {
    const fa = comparedFigure(a).value;
    const fb = comparedFigure(b).value;
    if (fa === null || fb === null) {
      if (fa === fb) return a.area.name.localeCompare(b.area.name, 'nl');
      return fa === null ? 1 : -1;
    }
    if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return a.rank - b.rank;
    return fb - fa || a.area.name.localeCompare(b.area.name, 'nl');
  });
  const max = Math.max(0, ...sorted.map((row) => comparedFigure(row).value ?? 0));
  return sorted.map((row) => {
    const figure = comparedFigure(row);
    return {
      code: row.area.code,
      name: row.area.name,
      display: figure.display,
      share: figure.value === null ? null : max > 0 ? Math.max(0, figure.value) / max : 0,
    };
  });
}

/** The signed difference with the region in Dutch notation: "+1,2", "−0,8", "0". */
export function formatDifference(difference: number | null): string {
  if (difference === null) return '.';
  const text = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    difference,
  );
  return text.replace('-', '−');
}
