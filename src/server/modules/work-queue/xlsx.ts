import { Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import {
  columnName,
  dateSerial,
  escapeXml,
  inlineString,
  packageParts,
  SPREADSHEETML,
  type Styles,
  XML_HEAD,
} from '../../platform/xlsx/package';

/** A spreadsheet cell: text, a number, a calendar date (`{ date: 'YYYY-MM-DD' }`) or empty. */
export type SheetCell = string | number | { date: string } | null;

// These moved to the platform's package writer; importers of the work queue's helpers keep them.
export { columnName, dateSerial, escapeXml };

/** Style 1 is a date, style 2 a bold header. */
const STYLES: Styles = {
  fonts: [
    '<font><sz val="11"/><name val="Calibri"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/></font>',
  ],
  cellFormats: [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  ],
};

function cellXml(cell: SheetCell, ref: string, header: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'object') return `<c r="${ref}" s="1"><v>${dateSerial(cell.date)}</v></c>`;
  return inlineString(cell, ref, header ? 2 : 0);
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
    // The bare package: this export carries no document properties and no book view.
    const parts = packageParts({ sheetNames: [sheetName.slice(0, 31)], styles: STYLES });
    for (const [name, xml] of parts) {
      const part = new ZipDeflate(name, { level: 6 });
      zip.add(part);
      part.push(strToU8(xml), true);
    }
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    zip.add(sheet);
    sheet.push(
      strToU8(
        `${XML_HEAD}<worksheet xmlns="${SPREADSHEETML}"><sheetViews><sheetView workbookViewId="0">` +
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
