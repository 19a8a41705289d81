import PDFDocument from 'pdfkit';
import { dutchDay, type ExportDocument, type ExportSection } from './document';
import {
  contentWidth,
  type Doc,
  drawTable,
  GREY,
  isLandscape,
  MARGINS,
  measureTable,
  newPage,
  note,
  noteHeight,
  printable,
} from './pdf-table';

/**
 * An export document as a PDF: A4, the title, subtitle and the day it was made, then every section
 * as a table under its heading. From the first section whose columns do not fit the width of a
 * portrait page on, the pages are landscape. Every page carries the title and "pagina x van y".
 *
 * Streams are uncompressed, as for the plan and the council report: the file is text in the
 * built-in fonts, so its text can be checked by tests and by anyone.
 */
export function renderPortfolioPdf(document: ExportDocument): Promise<Buffer> {
  const first = document.sections[0];
  const doc = new PDFDocument({
    size: 'A4',
    layout: first && isWide(first) ? 'landscape' : 'portrait',
    margins: MARGINS,
    compress: false,
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: printable(document.title),
      ...(document.subtitle ? { Subject: printable(document.subtitle) } : {}),
      Author: 'Samenhang',
      Creator: 'Samenhang',
      CreationDate: new Date(document.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeTitle(doc, document);
  document.sections.forEach((section, index) => {
    writeSection(doc, section, index === 0);
  });
  writeFooters(doc, document);
  doc.end();
  return done;
}

/** Wider than about 100 characters of table text does not fit a portrait page at 8,5 points. */
const PORTRAIT_CHARACTERS = 100;

export function isWide(section: ExportSection): boolean {
  return section.columns.reduce((sum, column) => sum + column.width, 0) > PORTRAIT_CHARACTERS;
}

function writeTitle(doc: Doc, document: ExportDocument) {
  const width = contentWidth(doc);
  doc.font('Helvetica-Bold').fontSize(17).text(printable(document.title), { width, lineGap: 2 });
  if (document.subtitle) {
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(11).text(printable(document.subtitle), { width, lineGap: 1 });
  }
  doc.moveDown(0.2);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor(GREY)
    .text(`Gemaakt op ${dutchDay(document.generatedAt)} met Samenhang.`, { width })
    .fillColor('black');
}

function writeSection(doc: Doc, section: ExportSection, first: boolean) {
  // A wide table turns the pages to landscape; a narrow one after it stays on the landscape page
  // rather than starting a portrait page of its own.
  const landscape = isWide(section) || (!first && isLandscape(doc));
  if (!first && landscape !== isLandscape(doc)) newPage(doc, landscape);
  const heading = printable(section.heading);
  const explanation = section.explanation ? printable(section.explanation) : null;
  doc.font('Helvetica-Bold').fontSize(13);
  let intro = doc.heightOfString(heading, { width: contentWidth(doc) }) + 20;
  if (explanation) intro += noteHeight(doc, explanation);
  // The whole section moves to a new page when it fits on one; otherwise at least the heading, the
  // explanation, the header and the first rows stay together.
  const table = measureTable(doc, section);
  const fresh = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const keepTogether = intro + (intro + table.total <= fresh ? table.total : table.start);
  if (doc.y + keepTogether > doc.page.height - doc.page.margins.bottom) newPage(doc, landscape);
  doc.x = doc.page.margins.left;
  if (doc.y > doc.page.margins.top + 1) doc.moveDown(1);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(heading, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  if (explanation) {
    note(doc, explanation);
    doc.moveDown(0.4);
  }
  drawTable(doc, section);
}

/** The title and "pagina x van y" on every page, written once all pages exist. */
function writeFooters(doc: Doc, document: ExportDocument) {
  const range = doc.bufferedPageRange();
  const left = printable(`${document.title} · gemaakt op ${dutchDay(document.generatedAt)}`);
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const page = doc.page;
    const bottom = page.margins.bottom;
    // Writing below the bottom margin would start a new page; the footer lives there on purpose.
    page.margins.bottom = 0;
    const x = page.margins.left;
    const width = page.width - page.margins.left - page.margins.right;
    const y = page.height - bottom + 22;
    doc
      .moveTo(x, y - 6)
      .lineTo(x + width, y - 6)
      .lineWidth(0.5)
      .strokeColor('#b8b8b8')
      .stroke();
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(left, x, y, { width: width - 90, lineBreak: false, ellipsis: true, height: 10 });
    doc.text(`pagina ${index - range.start + 1} van ${range.count}`, x + width - 90, y, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    page.margins.bottom = bottom;
  }
}
