import type { Figure, SamenloopTable } from '../../../../shared/api/monitor';
import { type CouncilReport, samenloopLabel } from './model';
import { contentWidth, type Doc, heading, MARGINS, paragraph, subheading } from './pdf-page';
import { PAD, table } from './pdf-table';

/**
 * The samenloop pages of the raadsrapportage PDF: persons and households by combination of laws, and
 * provisions per person. On landscape pages of their own, because the tables are wide.
 */

export function writeSamenloop(doc: Doc, report: CouncilReport) {
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
