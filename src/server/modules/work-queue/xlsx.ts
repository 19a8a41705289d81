import { Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate } from 'fflate';

/** A spreadsheet cell: text, a number, a calendar date (`{ date: 'YYYY-MM-DD' }`) or empty. */
export type SheetCell = string | number | { date: string } | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The fixed parts of a one-sheet workbook; style 1 is a date, style 2 a bold header. */
function staticParts(sheetName: string): [string, string][] {
  return [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" ` +
        `Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
        `<sheet name="${escapeXml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
        `<Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
        '<fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ],
  ];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids exactly these characters
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** XML text: escaped, without the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Column letters as spreadsheets name them: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** The spreadsheet serial of a calendar date: days since 30 December 1899. */
export function dateSerial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function cellXml(cell: SheetCell, ref: string, header: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'object') return `<c r="${ref}" s="1"><v>${dateSerial(cell.date)}</v></c>`;
  // Inline strings are never evaluated, so text starting with = cannot become a formula.
  return `<c r="${ref}" t="inlineStr"${header ? ' s="2"' : ''}><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
}

export function rowXml(cells: readonly SheetCell[], rowNumber: number, header = false): string {
  const body = cells.map((cell, index) => cellXml(cell, `${columnName(index)}${rowNumber}`, header)).join('');
  return `<row r="${rowNumber}">${body}</row>`;
}

/**
 * A one-sheet .xlsx workbook streamed as its rows arrive: the rows are compressed batch by batch,
 * so a queue of any length never sits in memory whole. The header row is bold and frozen.
 */
export function xlsxStream(
  sheetName: string,
  columns: readonly string[],
  batches: AsyncIterable<readonly (readonly SheetCell[])[]>,
): Readable {
  async function* generate() {
    const ready: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else ready.push(chunk);
    });
    function* take() {
      if (failure) throw failure;
      while (ready.length > 0) yield Buffer.from(ready.shift() as Uint8Array);
    }
    for (const [name, xml] of staticParts(sheetName)) {
      const part = new ZipDeflate(name, { level: 6 });
      zip.add(part);
      part.push(strToU8(xml), true);
    }
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    zip.add(sheet);
    sheet.push(
      strToU8(
        `${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">` +
          '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
          `<sheetData>${rowXml(columns, 1, true)}`,
      ),
    );
    yield* take();
    let rowNumber = 1;
    for await (const batch of batches) {
      const xml = batch.map((cells) => rowXml(cells, ++rowNumber)).join('');
      if (xml) sheet.push(strToU8(xml));
      yield* take();
    }
    sheet.push(strToU8('</sheetData></worksheet>'), true);
    zip.end();
    yield* take();
  }
  return Readable.from(generate(), { objectMode: false });
}
