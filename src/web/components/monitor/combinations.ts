import { SAMENLOOP_COMBINATIONS, SAMENLOOP_LABELS, type SamenloopTable } from '../../../shared/api/monitor';

export type Combination = (typeof SAMENLOOP_COMBINATIONS)[number];

/**
 * The protected count of each combination: the table's column totals, matched by the column's code
 * or by its label (the server names columns with SAMENLOOP_LABELS).
 */
export function combinationCounts(
  table: Pick<SamenloopTable, 'columns' | 'totals'>,
): { code: Combination; display: string }[] {
  return SAMENLOOP_COMBINATIONS.map((code) => {
    const index = table.columns.findIndex((column) => column === code || column === SAMENLOOP_LABELS[code]);
    return { code, display: (index === -1 ? undefined : table.totals[index]?.display) ?? '.' };
  });
}
