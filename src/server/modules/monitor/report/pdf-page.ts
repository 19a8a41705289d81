import { safe } from '../../plans/pdf';

/**
 * The page furniture of the raadsrapportage PDF: margins, colours, page breaks that keep the
 * orientation, and the headings and paragraphs of running text. Kept apart so the table layout and
 * the report's sections share one idea of where a page ends.
 */

export type Doc = PDFKit.PDFDocument;

export const MARGINS = { top: 56, bottom: 72, left: 56, right: 56 };
export const GREY = '#444444';
export const LINE = '#b8b8b8';

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page in the current orientation (pdfkit's own page breaks always use the first one). */
export function newPage(doc: Doc) {
  doc.addPage({
    size: 'A4',
    layout: doc.page.width > doc.page.height ? 'landscape' : 'portrait',
    margins: MARGINS,
  });
}

/** Starts a new page unless this much room is left. */
export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottomOf(doc)) newPage(doc);
}

export function heading(doc: Doc, text: string, keepWith: number, spaceBefore = true) {
  ensureSpace(doc, 40 + keepWith);
  if (spaceBefore) doc.moveDown(1.2);
  doc.x = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(15).text(safe(text));
  doc.moveDown(0.3);
}

export function subheading(doc: Doc, text: string, keepWith = 60) {
  ensureSpace(doc, 30 + keepWith);
  doc.moveDown(0.7);
  doc.x = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(12).text(safe(text));
  doc.moveDown(0.2);
}

export function paragraph(doc: Doc, text: string) {
  doc.x = doc.page.margins.left;
  doc.font('Helvetica').fontSize(10.5).text(safe(text), { lineGap: 2, paragraphGap: 4 });
}

export function bullet(doc: Doc, text: string) {
  doc.x = doc.page.margins.left;
  doc
    .font('Helvetica')
    .fontSize(10.5)
    .text(`•  ${safe(text)}`, { indent: 0, lineGap: 2, paragraphGap: 3 });
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
