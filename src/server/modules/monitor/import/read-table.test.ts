import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxStream } from '../../work-queue/xlsx';
import { columnIndex, detectSeparator, readTable, TableReadError } from './read-table';

const csv = (text: string) => strToU8(text);

async function bufferOf(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

async function* once<T>(value: T) {
  yield value;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A workbook as Excel writes one: shared strings, a rich-text string, gaps between cells and rows. */
function excelLikeWorkbook(): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="r"><sheets><sheet name="Gegevens" sheetId="7" r:id="rId3"/><sheet name="Tweede" sheetId="8" r:id="rId4"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId4" Type="ws" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="ws" Target="worksheets/sheet2.xml"/></Relationships>',
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN}" count="4"><si><t>Gebied</t></si><si><t xml:space="preserve">Eigen regie </t></si><si><r><t>Maas</t></r><r><rPr><b/></rPr><t>tricht</t></r><rPh><t>x</t></rPh></si><si><t>A &amp; B</t></si></sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>verkeerd blad</t></is></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml':
      `<worksheet xmlns="${MAIN}"><sheetData>` +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"/><c r="C2"><v>82.5</v></c></row>' +
      '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" t="str"><f>1+1</f><v>2</v></c><c r="D4" t="b"><v>1</v></c></row>' +
      '<row r="5"/>' +
      '</sheetData></worksheet>',
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}

describe('readTable: CSV', () => {
  it('reads a semicolon file with BOM, CRLF, quoted fields and a trailing newline', () => {
    const rows = readTable(
      'ggd.csv',
      csv('\uFEFFGebied;Eigen regie (%);Toelichting\r\nGM0935;81,5;"Zei ""ja""; of nee"\r\nGM0938;;\r\n'),
    );
    expect(rows).toEqual([
      ['Gebied', 'Eigen regie (%)', 'Toelichting'],
      ['GM0935', '81,5', 'Zei "ja"; of nee'],
      ['GM0938', '', ''],
    ]);
  });

  it('detects the comma from the header and keeps line breaks inside quotes', () => {
    const rows = readTable(
      'a.CSV',
      csv('code,naam,aantal\nWK093500,"Wijk 00, Centrum","1.275"\nWK093501,"Twee\nregels",3'),
    );
    expect(rows).toEqual([
      ['code', 'naam', 'aantal'],
      ['WK093500', 'Wijk 00, Centrum', '1.275'],
      ['WK093501', 'Twee\nregels', '3'],
    ]);
  });

  it('keeps blank lines in the middle as empty rows so row numbers match the file', () => {
    const rows = readTable('a.csv', csv('a;b\n\n1;2\n\n\n'));
    expect(rows).toEqual([['a', 'b'], [], ['1', '2']]);
  });

  it('chooses the separator outside quotes on the first line', () => {
    expect(detectSeparator('"a,b,c";d;e\n1,2,3')).toBe(';');
    expect(detectSeparator('a,b;c,d\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('alleen')).toBe(',');
  });

  it('refuses non-UTF-8, binary, empty and unterminated files in Dutch', () => {
    expect(() => readTable('a.csv', new Uint8Array([0x47, 0x65, 0x6d, 0xe9, 0x3b]))).toThrow(/UTF-8/);
    expect(() => readTable('a.csv', new Uint8Array([0x61, 0x00, 0x62]))).toThrow(/binaire/);
    expect(() => readTable('a.csv', csv(' \r\n \n'))).toThrow('Het bestand is leeg.');
    expect(() => readTable('a.csv', csv('a;b\n1;"open\n2;3'))).toThrow(/Regel 2: een aanhalingsteken/);
  });
});

describe('readTable: formats', () => {
  it('refuses .xls, other types and names without an extension', () => {
    expect(() => readTable('oud.xls', csv('x'))).toThrow(/oude Excel-formaat/);
    expect(() => readTable('cijfers.ods', csv('x'))).toThrow(/\(\.ods\) worden niet gelezen/);
    expect(() => readTable('cijfers', csv('x'))).toThrow(TableReadError);
  });
});

describe('readTable: XLSX', () => {
  it('reads the workbook the work-queue export writes (inline strings, numbers with a decimal comma)', async () => {
    const bytes = await bufferOf(
      xlsxStream(
        'Blad',
        ['Gebied', 'Mantelzorg (%)', 'Respondenten'],
        once([
          ['GM0935', 14.5, 1234],
          ['Valkenburg aan de Geul', null, 0.25],
        ]),
      ),
    );
    expect(readTable('export.xlsx', bytes)).toEqual([
      ['Gebied', 'Mantelzorg (%)', 'Respondenten'],
      ['GM0935', '14,5', '1234'],
      ['Valkenburg aan de Geul', '', '0,25'],
    ]);
  });

  it('reads the first sheet through its relationship, shared and rich strings, gaps in rows and columns', () => {
    expect(readTable('excel.xlsx', excelLikeWorkbook())).toEqual([
      ['Gebied', '', 'Eigen regie '],
      ['Maastricht', '', '82,5'],
      [],
      ['A & B', '', '2', 'WAAR'],
    ]);
  });

  it('refuses a corrupt or sheetless workbook', () => {
    expect(() => readTable('kapot.xlsx', csv('geen zip'))).toThrow(/geen geldige Excel-werkmap/);
    const noSheet = zipSync({ 'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}"><sheets/></workbook>`) });
    expect(() => readTable('leeg.xlsx', noSheet)).toThrow(/geen werkblad/);
  });

  it('names spreadsheet columns by their letters', () => {
    expect([columnIndex('A'), columnIndex('Z'), columnIndex('AA'), columnIndex('AZ')]).toEqual([
      0, 25, 26, 51,
    ]);
  });
});
