import { safe } from '../../plans/pdf';
import { bottomOf, contentWidth, type Doc, ensureSpace, GREY, LINE, newPage } from './pdf-page';

/**
 * Tables in the raadsrapportage PDF and their page breaks: measured before they are drawn, so a
 * section can decide to move to a new page, and a table that goes on over a break repeats its header
 * and never leaves its last rows or its source line behind on their own.
 */

const HEADER_FILL = '#e6e6e6';
const TOTAL_FILL = '#f2f2f2';

export interface Column {
  header: string;
  width: number;
  align: 'left' | 'right';
}

export interface TableSpec {
  /** Named above the header when the table goes on over a page break. */
  caption: string;
  columns: Column[];
  rows: Array<{ cells: string[]; total?: boolean }>;
  source: string;
  fontSize?: number;
}

export const PAD = 4;

/**
 * A table with a grey header row, a thin line under every row and the source line under it. Before
 * a row that does not fit, a new page starts with "<caption> (vervolg)" and the header again; the
 * last two rows go over together with the source line, so no page holds only a table's tail end.
 */
export function table(doc: Doc, spec: TableSpec) {
  const fontSize = spec.fontSize ?? FONT_SIZE;
  const x0 = doc.page.margins.left;
  const { headerHeight, rowHeights, tailFrom, tailHeight, start } = measureTable(doc, spec);

  const drawRow = (cells: string[], y: number, height: number, kind: 'header' | 'row' | 'total') => {
    const totalWidth = spec.columns.reduce((sum, column) => sum + column.width, 0);
    if (kind !== 'row')
      doc.rect(x0, y, totalWidth, height).fill(kind === 'header' ? HEADER_FILL : TOTAL_FILL);
    doc.fillColor('black');
    let x = x0;
    spec.columns.forEach((column, index) => {
      doc
        .font(kind === 'row' ? 'Helvetica' : 'Helvetica-Bold')
        .fontSize(fontSize)
        .text(safe(cells[index] ?? ''), x + PAD, y + PAD, {
          width: column.width - 2 * PAD,
          align: column.align,
        });
      x += column.width;
    });
    doc
      .moveTo(x0, y + height)
      .lineTo(x0 + totalWidth, y + height)
      .lineWidth(kind === 'header' ? 0.8 : 0.4)
      .strokeColor(LINE)
      .stroke();
  };

  ensureSpace(doc, start);
  let y = doc.y;
  drawRow(
    spec.columns.map((column) => column.header),
    y,
    headerHeight,
    'header',
  );
  y += headerHeight;
  spec.rows.forEach((row, index) => {
    const height = rowHeights[index] ?? 0;
    const needed = index === tailFrom ? tailHeight : index > tailFrom ? 0 : height;
    if (y + needed > bottomOf(doc)) {
      newPage(doc);
      doc
        .font('Helvetica-Oblique')
        .fontSize(9)
        .fillColor(GREY)
        .text(safe(`${spec.caption} (vervolg)`), x0, doc.y)
        .fillColor('black');
      doc.moveDown(0.3);
      y = doc.y;
      drawRow(
        spec.columns.map((column) => column.header),
        y,
        headerHeight,
        'header',
      );
      y += headerHeight;
    }
    drawRow(row.cells, y, height, row.total ? 'total' : 'row');
    y += height;
  });
  doc.x = x0;
  doc.y = y + 4;
  sourceLine(doc, spec.source);
}

const FONT_SIZE = 9.5;

/**
 * The heights a table needs: its header, every row, the tail (last two rows and the source line,
 * which go over a page break together), what must fit before it starts, and all of it.
 */
export function measureTable(doc: Doc, spec: TableSpec) {
  const fontSize = spec.fontSize ?? FONT_SIZE;
  const cellHeight = (text: string, width: number, bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
    return doc.heightOfString(safe(text), { width: width - 2 * PAD }) + 2 * PAD;
  };
  const headerHeight = Math.max(
    ...spec.columns.map((column) => cellHeight(column.header, column.width, true)),
  );
  const rowHeights = spec.rows.map((row) =>
    Math.max(
      ...spec.columns.map((column, index) => cellHeight(row.cells[index] ?? '', column.width, !!row.total)),
    ),
  );
  const sum = (heights: number[]) => heights.reduce((total, height) => total + height, 0);
  const sourceHeight = sourceLineHeight(doc, spec.source);
  const tailFrom = Math.max(0, spec.rows.length - 2);
  const tailHeight = sum(rowHeights.slice(tailFrom)) + sourceHeight;
  const start = headerHeight + (spec.rows.length <= 2 ? tailHeight : sum(rowHeights.slice(0, 2)));
  const total = headerHeight + sum(rowHeights) + 4 + sourceHeight;
  return { headerHeight, rowHeights, tailFrom, tailHeight, start, total };
}

export function sourceLine(doc: Doc, source: string) {
  doc
    .font('Helvetica-Oblique')
    .fontSize(8.5)
    .fillColor(GREY)
    .text(safe(source), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1 })
    .fillColor('black');
}

export function sourceLineHeight(doc: Doc, source: string): number {
  doc.font('Helvetica-Oblique').fontSize(8.5);
  return doc.heightOfString(safe(source), { width: contentWidth(doc), lineGap: 1 }) + 6;
}
