import {
  columnName,
  inlineString,
  type Styles,
  sheetName,
  xlsxPackage,
} from '../../../platform/xlsx/package';
import { bronLine, dutchDay, type ExportCell, type ExportDocument, type ExportSection } from './document';

/**
 * An export document as an Excel workbook: one sheet per section, its header row bold and frozen,
 * the "Bron:" line and the explanation under the table. Numbers are number cells (Excel shows them
 * in the reader's own notation); all text is written as inline strings and the workbook holds no
 * formulas, so text that starts with "=" stays text.
 */
export function renderPortfolioXlsx(doc: ExportDocument): Uint8Array {
  // A workbook needs at least one sheet; a document without sections still opens.
  const sections: ExportSection[] =
    doc.sections.length > 0
      ? doc.sections
      : [{ heading: 'Overzicht', note: null, columns: [{ header: '', width: 40 }], rows: [] }];
  const taken = new Set<string>();
  return xlsxPackage({
    title: doc.title,
    subtitle: doc.subtitle,
    creator: 'Samenhang',
    created: doc.generatedAt,
    styles: STYLES,
    sheets: sections.map((section) => ({
      name: sheetName(section.heading, taken),
      rows: sheetRows(doc, section),
      widths: section.columns.map((column) => Math.max(4, Math.min(column.width, 255))),
      freezeRows: 1,
    })),
  });
}

// ——— cells ———

/** Styles: 0 normal, 1 header, 2 bold, 3 wrapped text, 4 bold wrapped text, 5 note (italic). */
const STYLE = { normal: 0, header: 1, bold: 2, wrap: 3, boldWrap: 4, note: 5 } as const;

function cellXml(cell: ExportCell, ref: string, bold: boolean): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') {
    // Infinity and NaN have no number cell; they are written as the text they are.
    if (!Number.isFinite(cell)) return inlineString(String(cell), ref, bold ? STYLE.bold : STYLE.normal);
    return `<c r="${ref}"${bold ? ` s="${STYLE.bold}"` : ''}><v>${cell}</v></c>`;
  }
  const multiline = cell.includes('\n');
  const style = multiline ? (bold ? STYLE.boldWrap : STYLE.wrap) : bold ? STYLE.bold : STYLE.normal;
  return inlineString(cell, ref, style);
}

function rowXml(
  cells: readonly ExportCell[],
  rowNumber: number,
  style: 'header' | 'bold' | 'normal',
): string {
  const body = cells
    .map((cell, index) => {
      const ref = `${columnName(index)}${rowNumber}`;
      if (style === 'header') return inlineString(String(cell ?? ''), ref, STYLE.header);
      return cellXml(cell, ref, style === 'bold');
    })
    .join('');
  return body ? `<row r="${rowNumber}">${body}</row>` : '';
}

/** The header row, the section's rows and the notes under the table, as `<row>` elements. */
function sheetRows(doc: ExportDocument, section: ExportSection): string {
  const emphasised = new Set(section.emphasisedRows ?? []);
  const rows: string[] = [
    rowXml(
      section.columns.map((column) => column.header),
      1,
      'header',
    ),
  ];
  let rowNumber = 1;
  for (const [index, cells] of section.rows.entries())
    rows.push(rowXml(cells, ++rowNumber, emphasised.has(index) ? 'bold' : 'normal'));
  if (section.rows.length === 0) rows.push(rowXml(['Geen regels in dit overzicht.'], ++rowNumber, 'normal'));
  rowNumber++;
  const notes = [
    section.note ? bronLine(section.note) : null,
    section.explanation ?? null,
    doc.subtitle ? `${doc.title}: ${doc.subtitle}` : doc.title,
    `Gemaakt op ${dutchDay(doc.generatedAt)} met Samenhang.`,
  ];
  for (const note of notes)
    if (note) rows.push(`<row r="${++rowNumber}">${inlineString(note, `A${rowNumber}`, STYLE.note)}</row>`);
  return rows.join('');
}

// ——— styles ———

/** The cell formats in the order of STYLE; the header's grey fill is fillId 2, its rule borderId 1. */
const STYLES: Styles = {
  fonts: [
    '<font><sz val="11"/><name val="Calibri"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/></font>',
    '<font><i/><sz val="10"/><color rgb="FF444444"/><name val="Calibri"/></font>',
  ],
  fills: [
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE6E6E6"/><bgColor indexed="64"/></patternFill></fill>',
  ],
  borders: [
    '<border><left/><right/><top/><bottom style="thin"><color rgb="FF888888"/></bottom><diagonal/></border>',
  ],
  cellFormats: [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  ],
};
