import { safe } from '../../plans/pdf';
import { bronLine, dutchNumber, type ExportCell, type ExportSection } from './document';

/**
 * One section of an export as a PDF table: a grey header row that comes back on every page the
 * table goes on to, cell text wrapped within its column (line breaks in a cell are kept), bold
 * group headings and totals, and the "Bron:" line under it. The last row never leaves the "Bron:"
 * line behind on a page of its own.
 */

export type Doc = PDFKit.PDFDocument;

export const MARGINS = { top: 48, bottom: 64, left: 48, right: 48 };
export const GREY = '#444444';
const LINE = '#b8b8b8';
const HEADER_FILL = '#e6e6e6';
const EMPHASIS_FILL = '#f2f2f2';
const PAD = 3;

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

export function isLandscape(doc: Doc): boolean {
  return doc.page.width > doc.page.height;
}

/** A new A4 page; pdfkit's own page breaks would always take the first page's orientation. */
export function newPage(doc: Doc, landscape = isLandscape(doc)) {
  doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margins: MARGINS });
}

/** Text the built-in fonts can draw, with the line breaks of a cell kept (safe() flattens them). */
export function printable(text: string): string {
  return text.split(/\r?\n/).map(safe).join('\n');
}

/** A cell as printed: numbers in Dutch notation (1.234,5), nothing for an empty cell. */
export function cellText(cell: ExportCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? dutchNumber(cell) : printable(cell);
}

export interface TableLayout {
  fontSize: number;
  widths: number[];
  headerHeight: number;
  rowHeights: number[];
  bron: string | null;
  bronHeight: number;
  /** What must fit before the table starts: the header and two rows, or all of a short table. */
  start: number;
  /** The whole table with its "Bron:" line. */
  total: number;
}

const sum = (heights: readonly number[]) => heights.reduce((total, height) => total + height, 0);

/** The table's measures on the current page's width, before anything is drawn. */
export function measureTable(doc: Doc, section: ExportSection): TableLayout {
  const fontSize = isLandscape(doc) ? 8 : 8.5;
  const share = section.columns.reduce((total, column) => total + column.width, 0) || 1;
  const widths = section.columns.map((column) => (column.width / share) * contentWidth(doc));
  const emphasised = new Set(section.emphasisedRows ?? []);
  const measure = (cells: readonly string[], bold: boolean) =>
    Math.max(
      fontSize + 2 * PAD,
      ...widths.map((width, index) => {
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
        return doc.heightOfString(cells[index] ?? '', { width: width - 2 * PAD }) + 2 * PAD;
      }),
    );
  const headerHeight = measure(
    section.columns.map((column) => printable(column.header)),
    true,
  );
  const page = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  // No row is taller than a page holds under the "(vervolg)" caption and the header: a longer cell
  // is cut off with "…" in the PDF (the workbook keeps all of it) instead of running off the page.
  const maxRowHeight = page - headerHeight - 2 * fontSize - 12;
  const rowHeights = section.rows.map((row, index) =>
    Math.min(maxRowHeight, measure(row.map(cellText), emphasised.has(index))),
  );
  const bron = section.note ? printable(bronLine(section.note)) : null;
  const bronHeight = (bron ? noteHeight(doc, bron) : 0) + 4;
  const body = rowHeights.length > 0 ? sum(rowHeights) : EMPTY_HEIGHT;
  const start = headerHeight + (rowHeights.length <= 2 ? body + bronHeight : sum(rowHeights.slice(0, 2)));
  return {
    fontSize,
    widths,
    headerHeight,
    rowHeights,
    bron,
    bronHeight,
    start,
    total: headerHeight + body + bronHeight,
  };
}

const EMPTY_HEIGHT = 16;

/**
 * Draws the section's table at the current position. Before a row that does not fit, a new page
 * starts with "<heading> (vervolg)" and the header again; the last two rows go over together with
 * the "Bron:" line, so no page holds only a table's tail end.
 */
export function drawTable(doc: Doc, section: ExportSection) {
  const x0 = doc.page.margins.left;
  const { fontSize, widths, headerHeight, rowHeights, bron, bronHeight, start } = measureTable(doc, section);
  const emphasised = new Set(section.emphasisedRows ?? []);
  const totalWidth = sum(widths);

  const drawRow = (cells: readonly string[], y: number, height: number, kind: 'header' | 'row' | 'bold') => {
    if (kind !== 'row')
      doc.rect(x0, y, totalWidth, height).fill(kind === 'header' ? HEADER_FILL : EMPHASIS_FILL);
    doc.fillColor('black');
    let x = x0;
    widths.forEach((width, index) => {
      doc
        .font(kind === 'row' ? 'Helvetica' : 'Helvetica-Bold')
        .fontSize(fontSize)
        .text(cells[index] ?? '', x + PAD, y + PAD, {
          width: width - 2 * PAD,
          height: height - 2 * PAD,
          ellipsis: true,
          align: section.columns[index]?.numeric ? 'right' : 'left',
        });
      x += width;
    });
    doc
      .moveTo(x0, y + height)
      .lineTo(x0 + totalWidth, y + height)
      .lineWidth(kind === 'header' ? 0.8 : 0.4)
      .strokeColor(LINE)
      .stroke();
  };
  const header = section.columns.map((column) => printable(column.header));

  if (doc.y + start > bottomOf(doc)) newPage(doc);
  let y = doc.y;
  drawRow(header, y, headerHeight, 'header');
  y += headerHeight;
  let pageTop = y;
  const count = section.rows.length;
  const tailFrom = count > 2 ? count - 2 : count;
  section.rows.forEach((row, index) => {
    const height = rowHeights[index] ?? 0;
    const needed =
      index === tailFrom
        ? sum(rowHeights.slice(tailFrom)) + bronHeight
        : index === count - 1
          ? height + bronHeight
          : height;
    // Never a break right under a header: a row too tall for the rest of a fresh page goes there anyway.
    if (y > pageTop && y + needed > bottomOf(doc)) {
      newPage(doc);
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .fillColor(GREY)
        .text(printable(`${section.heading} (vervolg)`), x0, doc.y)
        .fillColor('black');
      doc.moveDown(0.3);
      y = doc.y;
      drawRow(header, y, headerHeight, 'header');
      y += headerHeight;
      pageTop = y;
    }
    drawRow(row.map(cellText), y, height, emphasised.has(index) ? 'bold' : 'row');
    y += height;
  });
  doc.x = x0;
  doc.y = y + 4;
  if (count === 0) {
    doc.font('Helvetica').fontSize(9).text('Geen regels in dit overzicht.', x0, doc.y);
    doc.moveDown(0.3);
  }
  if (!bron) return;
  // Text past the bottom margin would make pdfkit add a page in the first page's orientation.
  if (doc.y + bronHeight > bottomOf(doc)) newPage(doc);
  note(doc, bron);
}

export function note(doc: Doc, text: string) {
  doc
    .font('Helvetica-Oblique')
    .fontSize(8)
    .fillColor(GREY)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1 })
    .fillColor('black');
}

export function noteHeight(doc: Doc, text: string): number {
  doc.font('Helvetica-Oblique').fontSize(8);
  return doc.heightOfString(text, { width: contentWidth(doc), lineGap: 1 }) + 6;
}
