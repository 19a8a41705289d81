import type { Readable } from 'node:stream';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, dateSerial, escapeXml, rowXml, xlsxStream } from './xlsx';

async function collect(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

describe('xlsx cells', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('counts dates from 30 December 1899, as spreadsheets do', () => {
    expect(dateSerial('1900-03-01')).toBe(61);
    expect(dateSerial('2000-01-01')).toBe(36526);
    expect(dateSerial('2026-12-02')).toBe(46358);
  });

  it('escapes any text into well-formed XML', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;)/);
        const codes = [...escaped].map((char) => char.codePointAt(0) ?? 0);
        expect(codes.every((code) => code >= 0x20 || [0x09, 0x0a, 0x0d].includes(code))).toBe(true);
      }),
    );
  });

  it('writes text inline, numbers and dates as values, and leaves empty cells out', () => {
    expect(rowXml(['a<b', 3, { date: '2000-01-01' }, null, '=1+1'], 2)).toBe(
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c>' +
        '<c r="B2"><v>3</v></c><c r="C2" s="1"><v>36526</v></c>' +
        '<c r="E2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c></row>',
    );
  });
});

describe('xlsx workbook stream', () => {
  it('zips the parts of a workbook with every batch of rows in order', async () => {
    async function* batches() {
      yield [['een', 1]];
      yield [];
      yield [
        ['twee', 2],
        ['drie', 3],
      ];
    }
    const files = unzipSync(await collect(xlsxStream('Werkvoorraad', ['naam', 'getal'], batches())));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    expect([...sheet.matchAll(/<row r="(\d+)">/g)].map((match) => match[1])).toEqual(['1', '2', '3', '4']);
    expect(sheet.indexOf('een')).toBeLessThan(sheet.indexOf('drie'));
    expect(sheet.endsWith('</sheetData></worksheet>')).toBe(true);
    expect(new TextDecoder().decode(files['xl/workbook.xml'])).toContain('name="Werkvoorraad"');
  });

  it('passes on a failure of the rows as a failed stream', async () => {
    async function* failing(): AsyncGenerator<(string | number)[][]> {
      yield [['een', 1]];
      throw new Error('database weg');
    }
    await expect(collect(xlsxStream('x', ['a'], failing()))).rejects.toThrow('database weg');
  });
});
