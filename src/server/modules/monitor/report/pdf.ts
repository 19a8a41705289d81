import PDFDocument from 'pdfkit';
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
  sectionsByPhase,
  snapshotLine,
} from './model';
import {
  bullet,
  capitalise,
  contentWidth,
  type Doc,
  ensureSpace,
  GREY,
  heading,
  LINE,
  MARGINS,
  paragraph,
  subheading,
} from './pdf-page';
import { writeSamenloop } from './pdf-samenloop';
import { measureTable, sourceLine, sourceLineHeight, type TableSpec, table } from './pdf-table';

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
