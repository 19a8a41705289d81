import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  DEFAULT_DISCLOSURE,
  type DisclosureConfig,
  determinedHiddenCells,
  displayValue,
  type ProtectedTable,
  type ProtectedValue,
  protectedRate,
  protectTable,
  protectValue,
  roundToBase,
  validateConfig,
} from './disclosure';

const all = { rows: true, columns: true, grand: true };
const h = (value: ProtectedValue | undefined) => value !== undefined && 'hidden' in value;

/** Every protected value with its true count, so the properties can walk them all at once. */
function pairs(table: CountTable, result: ProtectedTable): [number, ProtectedValue][] {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const columns = table.cells[0]?.length ?? 0;
  const out: [number, ProtectedValue][] = [];
  table.cells.forEach((row, r) => {
    row.forEach((count, c) => {
      out.push([count, result.cells[r]?.[c] as ProtectedValue]);
    });
  });
  result.rowTotals?.forEach((value, r) => {
    out.push([sum(table.cells[r] ?? []), value]);
  });
  result.columnTotals?.forEach((value, c) => {
    out.push([sum(table.cells.map((row) => row[c] ?? 0)), value]);
  });
  if (result.grandTotal) out.push([sum(table.cells.flat()), result.grandTotal]);
  expect(out.length).toBe(
    table.cells.length * columns +
      (result.rowTotals?.length ?? 0) +
      (result.columnTotals?.length ?? 0) +
      (result.grandTotal ? 1 : 0),
  );
  return out;
}

/** The guarantees every protected table must keep, checked the same way for hand-made and random tables. */
function expectSafe(table: CountTable, config: DisclosureConfig = DEFAULT_DISCLOSURE): ProtectedTable {
  const result = protectTable(table, config);
  expect(determinedHiddenCells(table, result)).toEqual([]);
  for (const [count, value] of pairs(table, result)) {
    if (count <= config.threshold) expect(value).toEqual({ hidden: 'klein' });
    else if ('shown' in value) {
      expect(value.shown % config.roundingBase).toBe(0);
      expect(value.shown).toBe(roundToBase(count, config.roundingBase));
    } else expect(value).toEqual({ hidden: 'secundair' });
  }
  return result;
}

describe('config and single values', () => {
  it('validates threshold and base', () => {
    expect(validateConfig(DEFAULT_DISCLOSURE)).toEqual({ threshold: 7, roundingBase: 5 });
    expect(() => validateConfig({ threshold: -1, roundingBase: 5 })).toThrow(RangeError);
    expect(() => validateConfig({ threshold: 7, roundingBase: 0 })).toThrow(RangeError);
    expect(() => validateConfig({ threshold: 2.5, roundingBase: 5 })).toThrow(RangeError);
    // 4 would round to 0 with base 10.
    expect(() => validateConfig({ threshold: 3, roundingBase: 10 })).toThrow(RangeError);
  });

  it('hides 0 to 7 and rounds the rest half up to multiples of 5', () => {
    expect(protectValue(0)).toEqual({ hidden: 'klein' });
    expect(protectValue(7)).toEqual({ hidden: 'klein' });
    expect(protectValue(8)).toEqual({ shown: 10 });
    expect(protectValue(12)).toEqual({ shown: 10 });
    expect(protectValue(13)).toEqual({ shown: 15 });
    expect(protectValue(10, { threshold: 10, roundingBase: 3 })).toEqual({ hidden: 'klein' });
    expect(() => protectValue(-1)).toThrow(RangeError);
  });

  it('refuses tables that are not rectangular tables of counts', () => {
    expect(() => protectTable({ cells: [] })).toThrow(RangeError);
    expect(() => protectTable({ cells: [[10, 20], [30]] })).toThrow(RangeError);
    expect(() => protectTable({ cells: [[10, -1]] })).toThrow(RangeError);
  });

  it('displays hidden values as "." and shown values in Dutch notation', () => {
    expect(displayValue({ hidden: 'klein' })).toBe('.');
    expect(displayValue({ hidden: 'secundair' })).toBe('.');
    expect(displayValue({ shown: 35 })).toBe('35');
    expect(displayValue({ shown: 12.5 })).toBe('12,5');
  });
});

describe('determinedHiddenCells (the exact check)', () => {
  it('finds a lone hidden cell in a row with a shown total', () => {
    const table: CountTable = { cells: [[3, 40]], totals: { rows: true } };
    const leaky: ProtectedTable = {
      cells: [[{ hidden: 'klein' }, { shown: 40 }]],
      rowTotals: [{ shown: 45 }],
    };
    expect(determinedHiddenCells(table, leaky)).toEqual([{ kind: 'cell', row: 0, column: 0 }]);
  });

  it('finds cells pinned down only by combining rows and columns', () => {
    // Hidden: (0,0), (0,1), (1,0). Column 1 fixes (0,1), then row 0 fixes (0,0), then column 0 fixes (1,0).
    const table: CountTable = {
      cells: [
        [3, 20],
        [30, 40],
      ],
      totals: { rows: true, columns: true },
    };
    const leaky: ProtectedTable = {
      cells: [
        [{ hidden: 'klein' }, { hidden: 'secundair' }],
        [{ hidden: 'secundair' }, { shown: 40 }],
      ],
      rowTotals: [{ shown: 25 }, { shown: 70 }],
      columnTotals: [{ shown: 35 }, { shown: 60 }],
    };
    expect(determinedHiddenCells(table, leaky)).toHaveLength(3);
  });

  it('accepts the classic 2×2 rectangle of hidden cells', () => {
    const table: CountTable = {
      cells: [
        [3, 20, 9],
        [30, 5, 12],
      ],
      totals: { rows: true, columns: true },
    };
    const safe: ProtectedTable = {
      cells: [
        [{ hidden: 'klein' }, { hidden: 'secundair' }, { shown: 10 }],
        [{ hidden: 'secundair' }, { hidden: 'klein' }, { shown: 10 }],
      ],
      rowTotals: [{ shown: 30 }, { shown: 45 }],
      columnTotals: [{ shown: 35 }, { shown: 25 }, { shown: 20 }],
    };
    expect(determinedHiddenCells(table, safe)).toEqual([]);
  });
});

describe('protectTable on tables built to tempt recovery', () => {
  it('a single small cell in a row with a shown total', () => {
    const result = expectSafe({ cells: [[3, 40, 12, 25]], totals: { rows: true } });
    expect(result.cells[0]).toEqual([
      { hidden: 'klein' },
      { shown: 40 },
      { hidden: 'secundair' },
      { shown: 25 },
    ]);
    expect(result.rowTotals).toEqual([{ shown: 80 }]);
  });

  it('a line whose only shown member is its total: the total goes', () => {
    const result = expectSafe({ cells: [[3, 40]], totals: all });
    expect(result.cells[0]).toEqual([{ hidden: 'klein' }, { hidden: 'secundair' }]);
    expect(result.columnTotals).toEqual([{ hidden: 'klein' }, { hidden: 'secundair' }]);
    expect(result.rowTotals).toEqual([{ shown: 45 }]);
    expect(result.grandTotal).toEqual({ shown: 45 });
  });

  it('a small cell whose column total also shows', () => {
    expectSafe({
      cells: [
        [2, 30, 41],
        [25, 33, 18],
        [40, 12, 60],
      ],
      totals: all,
    });
  });

  it('2×2 corner cases', () => {
    // biome-ignore format: the tables read best as grids
    const tables = [[[1, 20], [30, 40]], [[1, 2], [30, 40]], [[1, 20], [30, 2]], [[9, 9], [9, 9]], [[0, 0], [0, 50]], [[8, 8], [8, 3]]];
    const totals = [all, { rows: true }, { columns: true }, { grand: true }, { rows: true, grand: true }];
    for (const cells of tables) for (const shown of totals) expectSafe({ cells, totals: shown });
  });

  it('zero rows and zero columns', () => {
    const result = expectSafe({
      cells: [
        [0, 0, 0, 0],
        [15, 22, 0, 31],
        [44, 18, 0, 27],
      ],
      totals: all,
    });
    expect(result.rowTotals?.[0]).toEqual({ hidden: 'klein' });
    expect(result.columnTotals?.[2]).toEqual({ hidden: 'klein' });
  });

  it('every cell small: the cells go, large totals may stay where they reveal no cell', () => {
    const result = expectSafe({
      cells: [
        [1, 7, 3],
        [6, 2, 5],
        [4, 7, 7],
      ],
      totals: all,
    });
    expect(result.cells.flat().every((value) => h(value))).toBe(true);
  });

  it('only the totals would leak: a grand total with one hidden row total', () => {
    // Row totals 5, 40, 50; grand 95. Grand minus the shown row totals would give the first row.
    const result = expectSafe({
      cells: [
        [2, 3],
        [20, 20],
        [25, 25],
      ],
      totals: { rows: true, grand: true },
    });
    expect(result.rowTotals?.filter(h)).toHaveLength(2);
  });

  it('only the totals would leak: column totals and grand total around one small column', () => {
    expectSafe({
      cells: [
        [1, 30, 40],
        [2, 35, 45],
      ],
      totals: { columns: true, grand: true },
    });
  });

  it('a grand total over the cells alone', () => {
    const result = expectSafe({
      cells: [
        [5, 30],
        [40, 50],
      ],
      totals: { grand: true },
    });
    expect(result.cells.flat().filter(h)).toHaveLength(2);
  });

  it('works with other thresholds and bases', () => {
    expectSafe(
      {
        cells: [
          [3, 11, 40],
          [12, 4, 9],
          [30, 31, 10],
        ],
        totals: all,
      },
      { threshold: 10, roundingBase: 3 },
    );
    expectSafe(
      {
        cells: [
          [3, 11, 40],
          [12, 4, 9],
        ],
        totals: all,
      },
      { threshold: 3, roundingBase: 1 },
    );
  });
});

describe('protectedRate', () => {
  it('computes from the rounded counts', () => {
    // True 13 of 38 is 34.2%; from 15 of 40 it is 37.5%.
    expect(protectedRate(protectValue(13), protectValue(38), { per: 100 })).toEqual({ shown: 37.5 });
    expect(protectedRate(protectValue(13), protectValue(1234), { per: 1000 })).toEqual({ shown: 12.1 });
  });

  it('is hidden when either count is hidden', () => {
    expect(protectedRate({ hidden: 'klein' }, { shown: 40 }, { per: 100 })).toEqual({ hidden: 'klein' });
    expect(protectedRate({ shown: 40 }, { hidden: 'secundair' }, { per: 100 })).toEqual({
      hidden: 'secundair',
    });
    expect(protectedRate({ shown: 40 }, { shown: 0 }, { per: 100 })).toEqual({ hidden: 'klein' });
  });
});

describe('properties over random tables', () => {
  const config = fc
    .integer({ min: 3, max: 10 })
    .chain((threshold) =>
      fc.record({ threshold: fc.constant(threshold), roundingBase: fc.integer({ min: 1, max: 10 }) }),
    )
    // Configs whose smallest shown count would round to 0 are refused by validateConfig.
    .filter((c) => c.roundingBase <= 2 * (c.threshold + 1));
  const table = fc
    .record({ rows: fc.integer({ min: 1, max: 8 }), columns: fc.integer({ min: 1, max: 8 }) })
    .chain(({ rows, columns }) =>
      fc.record({
        cells: fc.array(
          fc.array(fc.integer({ min: 0, max: 60 }), { minLength: columns, maxLength: columns }),
          {
            minLength: rows,
            maxLength: rows,
          },
        ),
        totals: fc.record({ rows: fc.boolean(), columns: fc.boolean(), grand: fc.boolean() }),
      }),
    );

  it('hides every small count, rounds every shown one and leaves no hidden value determined', () => {
    fc.assert(
      fc.property(table, config, (t, c) => {
        expectSafe(t, c);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(table, config, (t, c) => {
        expect(protectTable(t, c)).toEqual(protectTable(structuredClone(t), { ...c }));
      }),
    );
  });

  it('hides a rate exactly when one of its counts is hidden', () => {
    fc.assert(
      fc.property(table, config, (t, c) => {
        const result = protectTable({ ...t, totals: { rows: true } }, c);
        result.cells.forEach((row, r) => {
          for (const cell of row) {
            const total = result.rowTotals?.[r] as ProtectedValue;
            const rate = protectedRate(cell, total, { per: 100 });
            expect(h(rate)).toBe(h(cell) || h(total));
            if ('shown' in rate && 'shown' in cell && 'shown' in total)
              expect(rate.shown).toBe(Math.round((cell.shown / total.shown) * 100 * 10) / 10);
          }
        });
      }),
    );
  });

  it('the exact check agrees with an independent rank test on arbitrary hidden sets', () => {
    // Hidden value v is determined iff dropping its column lowers the rank of the equations over
    // the hidden values by one. Floating point is fine here: the matrices are small and 0/±1.
    const rank = (m: number[][]): number => {
      const a = m.map((row) => [...row]);
      let r = 0;
      for (let c = 0; c < (a[0]?.length ?? 0) && r < a.length; c++) {
        const p = a.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
        if (p < 0) continue;
        [a[r], a[p]] = [a[p] as number[], a[r] as number[]];
        const pivot = a[r] as number[];
        for (const row of a)
          if (row !== pivot) {
            const f = (row[c] ?? 0) / (pivot[c] ?? 1);
            for (let k = 0; k < row.length; k++) row[k] = (row[k] ?? 0) - f * (pivot[k] ?? 0);
          }
        r++;
      }
      return r;
    };
    const masked = table.chain((t) =>
      fc.record({
        t: fc.constant({ ...t, totals: t.totals }),
        mask: fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
      }),
    );
    fc.assert(
      fc.property(masked, ({ t, mask }) => {
        const rows = t.cells.length;
        const columns = t.cells[0]?.length ?? 0;
        let i = 0;
        const pick = (): ProtectedValue => (mask[i++] ? { hidden: 'klein' } : { shown: 10 });
        const result: ProtectedTable = { cells: t.cells.map((row) => row.map(pick)) };
        if (t.totals.rows) result.rowTotals = t.cells.map(pick);
        if (t.totals.columns) result.columnTotals = Array.from({ length: columns }, pick);
        if (t.totals.grand) result.grandTotal = pick();
        // Variables: keys of hidden values; equations written out from the table's structure.
        const vars: string[] = [];
        result.cells.forEach((row, r) => {
          row.forEach((v, c) => {
            if (h(v)) vars.push(`c${r},${c}`);
          });
        });
        result.rowTotals?.forEach((v, r) => {
          if (h(v)) vars.push(`r${r}`);
        });
        result.columnTotals?.forEach((v, c) => {
          if (h(v)) vars.push(`k${c}`);
        });
        if (h(result.grandTotal)) vars.push('g');
        const equation = (plus: string[], minus: string) =>
          vars.map((v) => (plus.includes(v) ? 1 : v === minus ? -1 : 0));
        const cellsOf = (r: number) => Array.from({ length: columns }, (_, c) => `c${r},${c}`);
        const eqs: number[][] = [];
        if (t.totals.rows) for (let r = 0; r < rows; r++) eqs.push(equation(cellsOf(r), `r${r}`));
        if (t.totals.columns)
          for (let c = 0; c < columns; c++)
            eqs.push(
              equation(
                Array.from({ length: rows }, (_, r) => `c${r},${c}`),
                `k${c}`,
              ),
            );
        if (t.totals.grand)
          eqs.push(equation(Array.from({ length: rows }, (_, r) => cellsOf(r)).flat(), 'g'));
        const full = rank(eqs);
        const expected = vars.filter((_, j) => rank(eqs.map((row) => row.filter((_, k) => k !== j))) < full);
        const actual = determinedHiddenCells(t, result).map((ref) =>
          ref.kind === 'cell'
            ? `c${ref.row},${ref.column}`
            : ref.kind === 'rowTotal'
              ? `r${ref.row}`
              : ref.kind === 'columnTotal'
                ? `k${ref.column}`
                : 'g',
        );
        expect(actual.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('linked tables', () => {
  const column = (counts: number[]) => ({ cells: counts.map((count) => [count]), totals: { columns: true } });

  it('keeps a total shown that a linked table publishes, and hides children around it', () => {
    const table = column([3, 20, 30]);
    const result = protectTable(table, DEFAULT_DISCLOSURE, { shown: [{ kind: 'columnTotal', column: 0 }] });
    expect(result.columnTotals?.[0]).toEqual({ shown: 55 });
    expect(result.cells.map((row) => 'hidden' in (row[0] ?? { hidden: 'klein' }))).toEqual([
      true,
      true,
      false,
    ]);
    expect(determinedHiddenCells(table, result)).toEqual([]);
  });

  it('hides a total that a linked table hides, and one child with it', () => {
    const table = column([20, 30]);
    const result = protectTable(table, DEFAULT_DISCLOSURE, { hidden: [{ kind: 'columnTotal', column: 0 }] });
    expect(result.columnTotals?.[0]).toEqual({ hidden: 'secundair' });
    expect(result.cells.filter((row) => row[0] && 'hidden' in row[0])).toHaveLength(1);
    expect(determinedHiddenCells(table, result)).toEqual([]);
  });

  it('leaves a child that only the published total determines, rather than failing', () => {
    const table = column([12]);
    const result = protectTable(table, DEFAULT_DISCLOSURE, { shown: [{ kind: 'columnTotal', column: 0 }] });
    expect(result.columnTotals?.[0]).toEqual({ shown: 10 });
  });
});
