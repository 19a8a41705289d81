import { describe, expect, it } from 'vitest';
import { csvCell } from './export';

describe('CSV cells', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(csvCell('Jansen; M.')).toBe('"Jansen; M."');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });
});
