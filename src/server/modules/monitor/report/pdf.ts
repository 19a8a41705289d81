import PDFDocument from 'pdfkit';
import type { Figure, SamenloopTable } from '../../../../shared/api/monitor';
import { safe } from '../../plans/pdf';
import {
  type CouncilReport,
  type CouncilReportSection,
  comparableWithLabel,
  dayInAmsterdam,
  differenceText,
  figureWithUnit,
  longDate,
  periodName,
  phaseTitle,
  REPORT_AUTHOR,
  REPORT_TITLE,
  samenloopLabel,
  sectionsByPhase,
  snapshotLine,
} from './model';

/**
 * The raadsrapportage of one gemeente as a PDF: A4, plain Dutch, one column. A reading guide, then
 * per phase of the monitor every indicator with the gemeente's figure, the region's for comparison,
 * what is counted and a table of the wijken; then the samenloop tables (on landscape pages, they
 * are wide), and the definitions and sources. Every table ends in its "Bron:" line; a table that
 * goes on over a page break repeats its header row, and never leaves its last rows or its source
 * line behind on their own. Every page carries the snapshot and "pagina x van y".
 *
 * Only figures that passed the disclosure step go in, and they are printed as `display` ("." when
 * not shown): nothing is computed here. Streams are uncompressed, as for the plan: the report is
 * text in the built-in fonts, and uncompressed its text can be checked by tests and by anyone.
 */
export function renderCouncilReportPdf(report: CouncilReport): Promise<Buffer> {
  const title = `${REPORT_TITLE} — ${report.gemeente.name}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    compress: false,
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: safe(title),
      Author: REPORT_AUTHOR,
      Subject: safe(
        `Monitor Toekomstagenda sociaal domein, ${report.gemeente.name}, ${report.snapshot.periodLabel}: ${snapshotLine(report.snapshot)}`,
      ),
      Keywords: 'raadsrapportage, monitor, sociaal domein, Wmo, Jeugdwet, Participatiewet, wijken',
      Creator: 'Samenhang',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeReport(doc, report, title);
  writeFooters(doc, report);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

const MARGINS = { top: 56, bottom: 72, left: 56, right: 56 };
const GREY = '#444444';
const LINE = '#b8b8b8';
const HEADER_FILL = '#e6e6e6';
const TOTAL_FILL = '#f2f2f2';

function writeReport(doc: Doc, report: CouncilReport, title: string) {
  const { snapshot } = report;
  doc.font('Helvetica-Bold').fontSize(20).text(safe(title), { lineGap: 2 });
  doc.moveDown(0.4);
  const period = periodName(snapshot.periodLabel);
  doc
    .font('Helvetica')
    .fontSize(12)
    .text(
      `${capitalise(period)} (${longDate(snapshot.periodStart)} tot en met ${longDate(snapshot.periodEnd)})`,
    );
  doc.text(`${snapshotLine(snapshot)}.`);
  if (snapshot.correctionReason) {
    doc.moveDown(0.3);
    paragraph(
      doc,
      `Deze versie vervangt een eerdere versie. Reden van de correctie: ${snapshot.correctionReason}`,
    );
  }
  doc.moveDown(0.3);
  doc
    .fontSize(10)
    .fillColor(GREY)
    .text(`Gemaakt op ${dayInAmsterdam(report.generatedAt)} door ${REPORT_AUTHOR}.`)
    .fillColor('black');

  writeReadingGuide(doc, report, period);

  for (const [phase, sections] of sectionsByPhase(report)) {
    heading(doc, phaseTitle(phase), 200);
    for (const section of sections) writeSection(doc, report, section);
  }

  writeSamenloop(doc, report);
  writeDefinitions(doc, report);
}

function writeReadingGuide(doc: Doc, report: CouncilReport, period: string) {
  const { threshold, roundingBase, description } = report.disclosure;
  heading(doc, 'Zo leest u deze rapportage', 160);
  paragraph(
    doc,
    `De Monitor Toekomstagenda sociaal domein laat zien hoeveel inwoners van ${report.gemeente.name} ondersteuning krijgen, en hoe dat per wijk verschilt. ` +
      'De cijfers gaan over het hele sociaal domein samen: de Wmo, de Jeugdwet, de Participatiewet, minimaregelingen en leerlingenvervoer. ' +
      'Ze komen uit de eigen registratie van zaken en voorzieningen, uit onderzoeken onder inwoners en cliënten, en uit de bevolkingscijfers van het CBS.',
  );
  paragraph(
    doc,
    `De cijfers gaan over het ${period}. Het peilmoment is ${longDate(report.snapshot.periodEnd)}: leeftijden en woonplaats gelden op die dag. ` +
      'Een gepubliceerde versie verandert niet meer; blijkt er later een fout in te zitten, dan komt er een nieuwe versie met de reden erbij.',
  );
  subheading(doc, 'De tabellen');
  bullet(doc, 'Waarde: het aantal, het percentage of het bedrag in de wijk.');
  bullet(
    doc,
    'Vergelijkbaar: bij aantallen het aantal per 1.000 inwoners, zodat u grote en kleine wijken kunt vergelijken. Bij percentages is dit het percentage zelf.',
  );
  bullet(
    doc,
    'Verschil met regio: het vergelijkbare cijfer van de wijk min dat van de hele regio. Een plus betekent hoger dan in de regio, een min lager.',
  );
  bullet(doc, 'Onder iedere tabel staat met "Bron:" waar de cijfers vandaan komen.');
  subheading(doc, 'Privacy: afgeronde en niet getoonde cijfers');
  paragraph(
    doc,
    `Niemand mag uit deze cijfers te herkennen zijn. Daarom zijn alle aantallen afgerond op veelvouden van ${roundingBase}, ` +
      `en staan aantallen van 0 tot en met ${threshold} er niet in: op die plaats staat een punt (.). ` +
      'Een punt betekent dus niet dat er niemand is, maar dat het aantal klein is of uit andere cijfers terug te rekenen zou zijn.',
  );
  paragraph(doc, `De regel: ${description}`);
}

function writeSection(doc: Doc, report: CouncilReport, section: CouncilReportSection) {
  const { indicator, value, comparable, regionComparable, comparableLabel, rows } = section;
  // A rate is its own comparable figure: it is printed once, with the label that says per what.
  const isOwnComparable = comparable !== null && comparable.display === value.display;
  let figures = `${report.gemeente.name}: ${
    isOwnComparable
      ? comparableWithLabel(value, comparableLabel, indicator.unit)
      : figureWithUnit(value, indicator.unit)
  }`;
  if (comparable && comparableLabel && !isOwnComparable)
    figures += ` (${comparableWithLabel(comparable, comparableLabel, indicator.unit)})`;
  figures += '.';
  if (regionComparable)
    figures += ` Regio: ${comparableWithLabel(regionComparable, comparableLabel, indicator.unit)}.`;
  const definition = `Wat telt mee: ${indicator.definition}`;
  const width = contentWidth(doc);
  const comparableHeader = comparableLabel ? `Vergelijkbaar (${comparableLabel})` : 'Vergelijkbaar';
  const spec: TableSpec = {
    caption: indicator.name,
    columns: [
      { header: 'Wijk', width: width - 3 * 95, align: 'left' },
      { header: 'Waarde', width: 95, align: 'right' },
      { header: comparableHeader, width: 95, align: 'right' },
      { header: 'Verschil met regio', width: 95, align: 'right' },
    ],
    rows: rows.map((row) => ({
      cells: [
        row.area.name,
        row.value.display,
        row.comparable ? row.comparable.display : '–',
        differenceText(row),
      ],
    })),
    source: section.source,
  };
  // The name, figures and definition stay with the table: the whole section moves to a new page
  // when it fits on one, otherwise at least the header and first rows come along.
  doc.font('Helvetica-Bold').fontSize(12);
  let introHeight = 24 + doc.heightOfString(safe(indicator.name), { width, lineGap: 1 });
  doc.font('Helvetica').fontSize(10.5);
  introHeight += doc.heightOfString(safe(figures), { width, lineGap: 2 });
  introHeight += doc.heightOfString(safe(definition), { width, lineGap: 2 }) + 8;
  const layout = rows.length > 0 ? measureTable(doc, spec) : null;
  const tableHeight = layout ? layout.total : 40 + sourceLineHeight(doc, section.source);
  const fresh = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  ensureSpace(
    doc,
    introHeight + (introHeight + tableHeight <= fresh ? tableHeight : (layout?.start ?? tableHeight)),
  );
  doc.x = doc.page.margins.left;
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(12).text(safe(indicator.name), { lineGap: 1 });
  doc.moveDown(0.2);
  doc.font('Helvetica').fontSize(10.5).text(safe(figures), { lineGap: 2 });
  doc.fillColor(GREY).text(safe(definition), { lineGap: 2 }).fillColor('black');
  doc.moveDown(0.4);
  if (layout) table(doc, spec);
  else {
    paragraph(doc, 'Voor dit cijfer zijn er geen cijfers per wijk.');
    sourceLine(doc, section.source);
  }
}

function writeSamenloop(doc: Doc, report: CouncilReport) {
  const { samenloop } = report;
  doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
  heading(doc, 'Samenloop: ondersteuning uit meer wetten tegelijk', 0, false);
  paragraph(
    doc,
    'Hoeveel inwoners en huishoudens kregen in de periode ondersteuning uit de Wmo, de Jeugdwet of de Participatiewet, en hoeveel uit meer dan één van deze wetten tegelijk? ' +
      'Iedereen telt één keer mee, in de kolom die bij hem of haar past. De indeling is dezelfde als die van het CBS.',
  );
  samenloopTable(doc, 'Personen', samenloop.persons, samenloop.source);
  samenloopTable(doc, 'Huishoudens', samenloop.households, samenloop.source);
  subheading(doc, 'Personen naar het aantal voorzieningen', 120);
  paragraph(doc, 'Hoeveel voorzieningen een persoon in de periode had, over alle wetten samen.');
  table(doc, {
    caption: 'Personen naar het aantal voorzieningen',
    columns: [
      { header: 'Aantal voorzieningen', width: 220, align: 'left' },
      { header: 'Personen', width: 100, align: 'right' },
    ],
    rows: samenloop.provisionsPerPerson.map((entry) => ({ cells: [entry.label, entry.value.display] })),
    source: samenloop.source,
  });
}

function samenloopTable(doc: Doc, unit: string, data: SamenloopTable, source: string) {
  subheading(doc, unit, 140);
  const width = contentWidth(doc);
  const fontSize = 8.5;
  // Wide enough for the longest word of a label ("Participatiewet"), so no word is split.
  doc.font('Helvetica-Bold').fontSize(fontSize);
  const longestWord = Math.max(
    ...data.columns.flatMap((column) =>
      samenloopLabel(column)
        .split(/\s+/)
        .map((word) => doc.widthOfString(word)),
    ),
  );
  const numberWidth = Math.ceil(longestWord) + 2 * PAD + 4;
  const totalWidth = 60;
  table(doc, {
    caption: `Samenloop, ${unit.toLowerCase()}`,
    fontSize,
    columns: [
      { header: 'Wijk', width: width - data.columns.length * numberWidth - totalWidth, align: 'left' },
      ...data.columns.map((column) => ({
        header: samenloopLabel(column),
        width: numberWidth,
        align: 'right' as const,
      })),
      { header: 'Totaal', width: totalWidth, align: 'right' },
    ],
    rows: [
      ...data.rows.map((row) => ({ cells: [row.area.name, ...row.cells.map(shown), row.total.display] })),
      { cells: ['Totaal', ...data.totals.map(shown), data.grandTotal.display], total: true },
    ],
    source,
  });
}

const shown = (figure: Figure) => figure.display;

function writeDefinitions(doc: Doc, report: CouncilReport) {
  doc.addPage({ size: 'A4', layout: 'portrait', margins: MARGINS });
  heading(doc, 'Definities en bronnen', 0, false);
  for (const [phase, sections] of sectionsByPhase(report)) {
    subheading(doc, phaseTitle(phase), 80);
    for (const section of sections) {
      ensureSpace(doc, 50);
      doc.font('Helvetica-Bold').fontSize(10.5).text(safe(section.indicator.name), { lineGap: 1 });
      doc.font('Helvetica').fontSize(10.5).text(safe(section.indicator.definition), { lineGap: 2 });
      doc
        .fontSize(9)
        .fillColor(GREY)
        .text(safe(section.source), { lineGap: 1, paragraphGap: 6 })
        .fillColor('black');
    }
  }
  subheading(doc, 'Samenloop', 60);
  paragraph(
    doc,
    'Personen en huishoudens met ondersteuning uit de Wmo (W), de Jeugdwet (J) en de Participatiewet (P) in de periode, naar de combinatie van wetten. Iedere persoon of elk huishouden telt één keer.',
  );
  subheading(doc, 'Bronnen', 60);
  for (const source of report.sources) bullet(doc, source);
  subheading(doc, 'Afronden en niet tonen', 60);
  paragraph(doc, report.disclosure.description);
}

/** "pagina x van y" and the snapshot on every page, written once all pages exist. */
function writeFooters(doc: Doc, report: CouncilReport) {
  const range = doc.bufferedPageRange();
  const left = safe(
    `${report.gemeente.name} · ${report.snapshot.periodLabel} · ${snapshotLine(report.snapshot)}`,
  );
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const page = doc.page;
    const bottom = page.margins.bottom;
    // Writing below the bottom margin would start a new page; the footer lives there on purpose.
    page.margins.bottom = 0;
    const x = page.margins.left;
    const width = page.width - page.margins.left - page.margins.right;
    const y = page.height - bottom + 24;
    doc
      .moveTo(x, y - 6)
      .lineTo(x + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(left, x, y, { width: width - 90, lineBreak: false });
    doc.text(`pagina ${index - range.start + 1} van ${range.count}`, x + width - 90, y, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    page.margins.bottom = bottom;
  }
}

// ——— tables ———

interface Column {
  header: string;
  width: number;
  align: 'left' | 'right';
}

interface TableSpec {
  /** Named above the header when the table goes on over a page break. */
  caption: string;
  columns: Column[];
  rows: Array<{ cells: string[]; total?: boolean }>;
  source: string;
  fontSize?: number;
}

const PAD = 4;

/**
 * A table with a grey header row, a thin line under every row and the source line under it. Before
 * a row that does not fit, a new page starts with "<caption> (vervolg)" and the header again; the
 * last two rows go over together with the source line, so no page holds only a table's tail end.
 */
function table(doc: Doc, spec: TableSpec) {
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
function measureTable(doc: Doc, spec: TableSpec) {
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

function sourceLine(doc: Doc, source: string) {
  doc
    .font('Helvetica-Oblique')
    .fontSize(8.5)
    .fillColor(GREY)
    .text(safe(source), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1 })
    .fillColor('black');
}

function sourceLineHeight(doc: Doc, source: string): number {
  doc.font('Helvetica-Oblique').fontSize(8.5);
  return doc.heightOfString(safe(source), { width: contentWidth(doc), lineGap: 1 }) + 6;
}

// ——— pages and text ———

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page in the current orientation (pdfkit's own page breaks always use the first one). */
function newPage(doc: Doc) {
  doc.addPage({
    size: 'A4',
    layout: doc.page.width > doc.page.height ? 'landscape' : 'portrait',
    margins: MARGINS,
  });
}

/** Starts a new page unless this much room is left. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottomOf(doc)) newPage(doc);
}

function heading(doc: Doc, text: string, keepWith: number, spaceBefore = true) {
  ensureSpace(doc, 40 + keepWith);
  if (spaceBefore) doc.moveDown(1.2);
  doc.x = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(15).text(safe(text));
  doc.moveDown(0.3);
}

function subheading(doc: Doc, text: string, keepWith = 60) {
  ensureSpace(doc, 30 + keepWith);
  doc.moveDown(0.7);
  doc.x = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(12).text(safe(text));
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, text: string) {
  doc.x = doc.page.margins.left;
  doc.font('Helvetica').fontSize(10.5).text(safe(text), { lineGap: 2, paragraphGap: 4 });
}

function bullet(doc: Doc, text: string) {
  doc.x = doc.page.margins.left;
  doc
    .font('Helvetica')
    .fontSize(10.5)
    .text(`•  ${safe(text)}`, { indent: 0, lineGap: 2, paragraphGap: 3 });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
