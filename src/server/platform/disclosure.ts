/**
 * Disclosure control for statistical tables (issue 5, the Monitor): everything shown, exported or
 * printed passes `protectTable` first. Counts up to the threshold are hidden ("klein"), the rest are
 * rounded to the base, and secondary suppression ("secundair") hides further cells until no hidden
 * value follows from the shown totals and cells. `suppression.ts` keeps the older one-group rule;
 * this is the general two-dimensional one. The rule is described in docs/disclosure-control.md.
 */

export interface DisclosureConfig {
  /** Counts 0..threshold are hidden. */
  threshold: number;
  /** Shown counts are rounded (half up) to a multiple of this. */
  roundingBase: number;
}

export const DEFAULT_DISCLOSURE: DisclosureConfig = { threshold: 7, roundingBase: 5 };

export type HiddenReason = 'klein' | 'secundair';
export type ProtectedValue = { shown: number } | { hidden: HiddenReason };

export interface CountTable {
  /** rows × columns of non-negative integer counts; every row has the same length. */
  cells: readonly (readonly number[])[];
  /** Which totals the table shows; they are computed here from the cells, so they are the true sums. */
  totals?: { rows?: boolean; columns?: boolean; grand?: boolean };
}

export interface ProtectedTable {
  cells: ProtectedValue[][];
  rowTotals?: ProtectedValue[];
  columnTotals?: ProtectedValue[];
  grandTotal?: ProtectedValue;
}

export type ValueRef =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'rowTotal'; row: number }
  | { kind: 'columnTotal'; column: number }
  | { kind: 'grandTotal' };

/**
 * Values this table shares with a table published beside it (a gemeente's figure is a child in
 * the region's table and the total of its wijken' table): hidden there means hidden here; shown
 * there means it is public, so it may not be hidden here and the rest is protected around it.
 */
export interface LinkedValues {
  hidden?: readonly ValueRef[];
  shown?: readonly ValueRef[];
}

export function validateConfig(config: DisclosureConfig): DisclosureConfig {
  const { threshold, roundingBase } = config;
  if (!Number.isInteger(threshold) || threshold < 0) throw new RangeError('threshold is an integer ≥ 0');
  if (!Number.isInteger(roundingBase) || roundingBase < 1)
    throw new RangeError('roundingBase is an integer ≥ 1');
  // A shown count must not round to 0: "0" next to "." would read as "nothing" where there is
  // something, and a rate over a shown 0 would be undefined. The smallest shown count,
  // threshold + 1, rounds half up to at least one base exactly when it is at least half a base.
  if (roundingBase > 2 * (threshold + 1))
    throw new RangeError('roundingBase may be at most 2 × (threshold + 1), or shown counts round to 0');
  return config;
}

/** Rounds half up to a multiple of the base (base 5: 12 → 10, 13 → 15). */
export function roundToBase(count: number, roundingBase: number): number {
  return Math.floor((count + roundingBase / 2) / roundingBase) * roundingBase;
}

/** Primary protection of one count: hidden at or below the threshold, otherwise rounded. */
export function protectValue(count: number, config: DisclosureConfig = DEFAULT_DISCLOSURE): ProtectedValue {
  validateConfig(config);
  if (!Number.isInteger(count) || count < 0) throw new RangeError('a count is a non-negative integer');
  return count <= config.threshold ? { hidden: 'klein' } : { shown: roundToBase(count, config.roundingBase) };
}

/**
 * The table as a flat list of values plus the "lines": sets of values where the last one is the
 * sum of the others. Cells come first (row-major), then row totals, column totals, grand total.
 * The same lines drive the heuristic and the exact check, so the two cannot disagree on structure.
 */
interface Layout {
  values: number[];
  refs: ValueRef[];
  /** Whether the value is part of the table at all (totals that are not shown are not). */
  present: boolean[];
  /** Each line: member ids, the total last. */
  lines: number[][];
}

function layout(table: CountTable): Layout {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0) throw new RangeError('a table has at least one row and one column');
  const values: number[] = [];
  const refs: ValueRef[] = [];
  const present: boolean[] = [];
  for (let row = 0; row < rows; row++) {
    const line = table.cells[row] ?? [];
    if (line.length !== columns) throw new RangeError('every row has the same number of columns');
    for (let column = 0; column < columns; column++) {
      const count = line[column] ?? Number.NaN;
      if (!Number.isInteger(count) || count < 0) throw new RangeError('a count is a non-negative integer');
      values.push(count);
      refs.push({ kind: 'cell', row, column });
      present.push(true);
    }
  }
  const cell = (row: number, column: number) => row * columns + column;
  const rowTotal = (row: number) => rows * columns + row;
  const columnTotal = (column: number) => rows * columns + rows + column;
  const grand = rows * columns + rows + columns;
  const show = { rows: false, columns: false, grand: false, ...table.totals };
  const sum = (ids: number[]) => ids.reduce((total, id) => total + (values[id] ?? 0), 0);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  for (let row = 0; row < rows; row++) {
    values.push(sum(range(columns).map((column) => cell(row, column))));
    refs.push({ kind: 'rowTotal', row });
    present.push(show.rows);
  }
  for (let column = 0; column < columns; column++) {
    values.push(sum(range(rows).map((row) => cell(row, column))));
    refs.push({ kind: 'columnTotal', column });
    present.push(show.columns);
  }
  values.push(sum(range(rows * columns)));
  refs.push({ kind: 'grandTotal' });
  present.push(show.grand);

  const lines: number[][] = [];
  if (show.rows)
    for (let row = 0; row < rows; row++)
      lines.push([...range(columns).map((c) => cell(row, c)), rowTotal(row)]);
  if (show.columns)
    for (let column = 0; column < columns; column++)
      lines.push([...range(rows).map((r) => cell(r, column)), columnTotal(column)]);
  // The grand total is the sum of the row totals, of the column totals, or else of all cells.
  if (show.grand) {
    if (show.rows) lines.push([...range(rows).map(rowTotal), grand]);
    if (show.columns) lines.push([...range(columns).map(columnTotal), grand]);
    if (!show.rows && !show.columns) lines.push([...range(rows * columns), grand]);
  }
  return { values, refs, present, lines };
}

/**
 * Which hidden values are fixed by the line equations once every shown value is taken as exact
 * (the strict case: rounding would only blur the attacker's view). Hidden value i is determined
 * exactly when the unit vector e_i lies in the row space of the equations restricted to the hidden
 * values; in reduced row echelon form that is a pivot column whose row has no entry in a free
 * column. Exact BigInt arithmetic, so no floating-point tolerance decides a privacy question.
 */
function determined(lines: number[][], hidden: boolean[]): number[] {
  const vars = hidden.flatMap((isHidden, id) => (isHidden ? [id] : []));
  const column = new Map(vars.map((id, index) => [id, index]));
  const matrix: bigint[][] = lines.map((line) => {
    const row = vars.map(() => 0n);
    line.forEach((id, position) => {
      const index = column.get(id);
      if (index !== undefined) row[index] = position === line.length - 1 ? -1n : 1n;
    });
    return row;
  });
  const gcd = (a: bigint, b: bigint): bigint => {
    let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  };
  const pivotRowOf = new Map<number, bigint[]>();
  let next = 0;
  for (let col = 0; col < vars.length && next < matrix.length; col++) {
    const found = matrix.findIndex((row, index) => index >= next && row[col] !== 0n);
    if (found < 0) continue;
    const pivot = matrix[found] as bigint[];
    matrix[found] = matrix[next] as bigint[];
    matrix[next] = pivot;
    const a = pivot[col] as bigint;
    // Fraction-free elimination above and below: row := a·row − b·pivot, then divide out the gcd.
    matrix.forEach((row, index) => {
      const b = row[col] as bigint;
      if (index === next || b === 0n) return;
      let divisor = 0n;
      for (let k = 0; k < row.length; k++) {
        row[k] = a * (row[k] as bigint) - b * (pivot[k] as bigint);
        divisor = gcd(divisor, row[k] as bigint);
      }
      if (divisor > 1n) for (let k = 0; k < row.length; k++) row[k] = (row[k] as bigint) / divisor;
    });
    pivotRowOf.set(col, pivot);
    next++;
  }
  const result: number[] = [];
  for (const [col, row] of pivotRowOf) {
    // Other pivot columns are zero in this row; any other non-zero entry is a free column.
    if (row.every((entry, k) => k === col || entry === 0n)) result.push(vars[col] as number);
  }
  return result.sort((x, y) => x - y);
}

function hiddenFlags(shape: Layout, result: ProtectedTable): boolean[] {
  const isHidden = (value: ProtectedValue | undefined) => value !== undefined && 'hidden' in value;
  return shape.refs.map((ref, id) => {
    if (!shape.present[id]) return false;
    switch (ref.kind) {
      case 'cell':
        return isHidden(result.cells[ref.row]?.[ref.column]);
      case 'rowTotal':
        return isHidden(result.rowTotals?.[ref.row]);
      case 'columnTotal':
        return isHidden(result.columnTotals?.[ref.column]);
      default:
        return isHidden(result.grandTotal);
    }
  });
}

/** The hidden values of `result` that the shown values and totals of `table` pin down exactly. */
export function determinedHiddenCells(table: CountTable, result: ProtectedTable): ValueRef[] {
  const shape = layout(table);
  return determined(shape.lines, hiddenFlags(shape, result)).map((id) => shape.refs[id] as ValueRef);
}

/**
 * Among the lines containing one of `ids`, the shown member to hide next: the smallest value
 * (costs the least information and is most often small already), cells before totals (a total is
 * what readers look at first), then the lowest id so the result is deterministic.
 */
function cheapestShown(
  shape: Layout,
  hidden: boolean[],
  lines: number[][],
  pinned: readonly boolean[] = [],
): number | undefined {
  let best: number | undefined;
  let bestKey: [number, number, number] | undefined;
  for (const line of lines)
    line.forEach((id, position) => {
      if (hidden[id] !== false || pinned[id] === true) return;
      const isTotal = position === line.length - 1 || shape.refs[id]?.kind !== 'cell';
      const key: [number, number, number] = [isTotal ? 1 : 0, shape.values[id] ?? 0, id];
      if (bestKey === undefined || compare(key, bestKey) < 0) [best, bestKey] = [id, key];
    });
  return best;
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Protects a whole table: primary suppression, then the cheap line rule (a line with exactly one
 * hidden member gives it away as total minus the rest, so a second member goes), then the exact
 * check, hiding more until it finds nothing determined. That loop ends: every round hides one more
 * value, and with everything hidden nothing is determined (any cell can move by one with its totals).
 */
export function protectTable(
  table: CountTable,
  config: DisclosureConfig = DEFAULT_DISCLOSURE,
  linked: LinkedValues = {},
): ProtectedTable {
  validateConfig(config);
  const shape = layout(table);
  const hidden = shape.values.map((value, id) => shape.present[id] === true && value <= config.threshold);
  const secondary = shape.values.map(() => false);
  const idOf = (ref: ValueRef) =>
    shape.refs.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(ref));
  for (const ref of linked.hidden ?? []) {
    const id = idOf(ref);
    if (id >= 0 && shape.present[id] && !hidden[id]) {
      hidden[id] = true;
      secondary[id] = true;
    }
  }
  const pinned = shape.values.map(() => false);
  for (const ref of linked.shown ?? []) {
    const id = idOf(ref);
    if (id >= 0 && !hidden[id]) pinned[id] = true;
  }
  const hide = (id: number) => {
    hidden[id] = true;
    secondary[id] = true;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of shape.lines) {
      if (line.filter((id) => hidden[id]).length !== 1) continue;
      const id = cheapestShown(shape, hidden, [line], pinned);
      if (id !== undefined) {
        hide(id);
        changed = true;
      }
    }
  }

  for (
    let found = determined(shape.lines, hidden);
    found.length > 0;
    found = determined(shape.lines, hidden)
  ) {
    // Break the first determined value's equations first; fall back to any line that has one.
    const first = found[0] as number;
    const id =
      cheapestShown(
        shape,
        hidden,
        shape.lines.filter((line) => line.includes(first)),
        pinned,
      ) ??
      cheapestShown(
        shape,
        hidden,
        shape.lines.filter((line) => line.some((member) => found.includes(member))),
        pinned,
      );
    // Row totals and column totals both add up to the same (unshown) grand total, which is no
    // line of its own; a value pinned down through that lands here: hide the cheapest shown value.
    const anyShown = shape.values.flatMap((_, id) => (shape.present[id] ? [id] : []));
    const fallback = id ?? cheapestShown(shape, hidden, [[...anyShown, -1]], pinned);
    // With nothing pinned this is unreachable: with everything hidden each cell can move by one
    // together with its totals. With pinned values (published in a linked table) a value they
    // alone determine is disclosed by that table already; hiding it here would protect nothing.
    if (fallback === undefined) {
      if (pinned.some(Boolean)) break;
      throw new Error('disclosure: determined value with nothing left to hide');
    }
    hide(fallback);
  }

  const protect = (id: number): ProtectedValue => {
    if (hidden[id]) return { hidden: secondary[id] ? 'secundair' : 'klein' };
    return { shown: roundToBase(shape.values[id] ?? 0, config.roundingBase) };
  };
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const result: ProtectedTable = {
    cells: table.cells.map((_, row) =>
      Array.from({ length: columns }, (_, column) => protect(row * columns + column)),
    ),
  };
  if (table.totals?.rows)
    result.rowTotals = Array.from({ length: rows }, (_, row) => protect(rows * columns + row));
  if (table.totals?.columns)
    result.columnTotals = Array.from({ length: columns }, (_, column) =>
      protect(rows * columns + rows + column),
    );
  if (table.totals?.grand) result.grandTotal = protect(rows * columns + rows + columns);
  return result;
}

/**
 * A rate or percentage from protected counts: computed from the rounded figures (so it cannot be
 * used to undo the rounding) and hidden whenever either count is hidden. One decimal.
 */
export function protectedRate(
  numerator: ProtectedValue,
  denominator: ProtectedValue,
  options: { per: 100 | 1000 },
): ProtectedValue {
  if ('hidden' in numerator) return { hidden: numerator.hidden };
  if ('hidden' in denominator) return { hidden: denominator.hidden };
  // validateConfig keeps shown counts above 0; this guards hand-made input.
  if (denominator.shown === 0) return { hidden: 'klein' };
  return { shown: Math.round((numerator.shown / denominator.shown) * options.per * 10) / 10 };
}

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** How a protected value is displayed: "." for not shown (the CBS convention), else Dutch notation. */
export function displayValue(value: ProtectedValue): string {
  return 'hidden' in value ? '.' : dutch.format(value.shown);
}
