import type { Figure, IndicatorUnit, SamenloopTable } from '../../../../shared/api/monitor';
import {
  columnName,
  dateSerial,
  inlineString,
  type Styles,
  sheetName,
  type XlsxSheet,
  xlsxPackage,
} from '../../../platform/xlsx/package';
import {
  type CouncilReport,
  differenceText,
  isoDayInAmsterdam,
  periodName,
  phaseTitle,
  REPORT_AUTHOR,
  REPORT_TITLE,
  samenloopLabel,
  sectionsByPhase,
  snapshotLine,
} from './model';

// The sanitiser moved to the platform with the rest of the package; its tests still import it here.
export { sheetName };

/**
 * The tables of the raadsrapportage as an Excel workbook: "Toelichting" (the snapshot, the
 * disclosure rule, the sources), "Overzicht" (one row per indicator for the gemeente, a single table
 * with its header frozen), "Indicatoren" (per indicator its name, definition, the gemeente, the
 * region and the wijken, and its "Bron:" line) and "Samenloop".
 *
 * Shown figures are number cells holding the protected value; a figure the disclosure rule does
 * not show is the text "." — never a number, never empty. All text is written as inline strings
 * and the workbook holds no formulas, so text that starts with "=" stays text.
 */
export function renderCouncilReportXlsx(report: CouncilReport): Uint8Array {
  const taken = new Set<string>();
  const sheets = [toelichting(report), overzicht(report), indicatoren(report), samenloop(report)];
  return xlsxPackage({
    title: reportTitle(report),
    subtitle: `Monitor Toekomstagenda sociaal domein, ${report.snapshot.periodLabel}: ${snapshotLine(report.snapshot)}`,
    creator: REPORT_AUTHOR,
    created: report.generatedAt,
    styles: STYLES,
    sheets: sheets.map((sheet) => ({
      ...sheet,
      name: sheetName(sheet.name, taken),
      rows: rowsXml(sheet.rows),
    })),
  });
}

// ——— cells and sheets ———

type Style = 'title' | 'bold' | 'note' | 'hidden';

/** Text, a number, a calendar date, styled text, or empty. */
export type ReportCell = string | number | { date: string } | { text: string; style: Style } | null;

/** A sheet as cells; the package gets it as row XML. */
interface Sheet extends Omit<XlsxSheet, 'rows'> {
  rows: ReportCell[][];
}

const STYLE_INDEX: Record<Style | 'date', number> = { date: 1, bold: 2, title: 3, note: 4, hidden: 5 };

/** A figure as a cell: the shown value as a number, a figure not shown as the text ".". */
export function figureCell(figure: Figure | null): ReportCell {
  if (figure === null) return null;
  if (figure.hidden !== null || figure.value === null || !Number.isFinite(figure.value))
    return { text: figure.display, style: 'hidden' };
  return figure.value;
}

const bold = (text: string): ReportCell => ({ text, style: 'bold' });
const title = (text: string): ReportCell => ({ text, style: 'title' });
const note = (text: string): ReportCell => ({ text, style: 'note' });

function cellXml(cell: ReportCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : cellXml(String(cell), ref);
  if (typeof cell === 'string') return inlineString(cell, ref, 0);
  if ('date' in cell) return `<c r="${ref}" s="${STYLE_INDEX.date}"><v>${dateSerial(cell.date)}</v></c>`;
  return inlineString(cell.text, ref, STYLE_INDEX[cell.style]);
}

/** The rows as `<row>` elements; a row without cells is left out, its number stays taken. */
function rowsXml(rows: readonly (readonly ReportCell[])[]): string {
  return rows
    .map((cells, index) => {
      const body = cells.map((cell, column) => cellXml(cell, `${columnName(column)}${index + 1}`)).join('');
      return body ? `<row r="${index + 1}">${body}</row>` : '';
    })
    .join('');
}

// ——— the sheets ———

const UNIT_NAMES: Record<IndicatorUnit, string> = {
  aantal: 'aantal',
  procent: 'procent',
  per1000: 'per 1.000',
  euro: 'euro',
  'euro-per-inwoner': 'euro per inwoner',
  dagen: 'dagen',
};

const reportTitle = (report: CouncilReport) => `${REPORT_TITLE} — ${report.gemeente.name}`;
const snapshotNote = (report: CouncilReport) =>
  note(`${report.gemeente.name} · ${report.snapshot.periodLabel} · ${snapshotLine(report.snapshot)}`);

function toelichting(report: CouncilReport): Sheet {
  const { gemeente, snapshot, disclosure } = report;
  const published =
    snapshot.status === 'gepubliceerd' && snapshot.publishedAt
      ? { date: isoDayInAmsterdam(snapshot.publishedAt) }
      : 'nog niet gepubliceerd (concept)';
  const rows: ReportCell[][] = [
    [title(reportTitle(report))],
    [],
    [bold('Gemeente'), gemeente.name],
    [bold('Gemeentecode (CBS)'), gemeente.code],
    [bold('Periode'), `${snapshot.periodLabel} (${periodName(snapshot.periodLabel)})`],
    [bold('Begin van de periode'), { date: snapshot.periodStart }],
    [bold('Peilmoment'), { date: snapshot.periodEnd }],
    [bold('Versie'), snapshot.version],
    [bold('Publicatiedatum'), published],
  ];
  if (snapshot.correctionReason) rows.push([bold('Reden van de correctie'), snapshot.correctionReason]);
  rows.push(
    [bold('Gemaakt op'), { date: isoDayInAmsterdam(report.generatedAt) }],
    [bold('Gemaakt door'), REPORT_AUTHOR],
    [],
    [bold('Zo leest u de tabellen')],
    ['Waarde: het aantal, het percentage of het bedrag in het gebied.'],
    [
      'Vergelijkbaar: bij aantallen het aantal per 1.000 inwoners, zodat grote en kleine wijken te vergelijken zijn; bij percentages het percentage zelf.',
    ],
    ['Verschil met regio: het vergelijkbare cijfer van de wijk min dat van de hele regio.'],
    [],
    [bold('Afronden en niet tonen')],
    [disclosure.description],
    [bold('Niet getoond: aantallen van 0 tot en met'), disclosure.threshold],
    [bold('Afgerond op veelvouden van'), disclosure.roundingBase],
    ['Een cijfer dat niet getoond wordt, staat in de tabellen als een punt (.).'],
    [],
    [bold('Bronnen')],
    ...report.sources.map((source) => [source]),
  );
  return { name: 'Toelichting', rows, widths: [42, 60] };
}

function overzicht(report: CouncilReport): Sheet {
  const header: ReportCell[] = [
    'Fase',
    'Code',
    'Indicator',
    'Eenheid',
    `Waarde ${report.gemeente.name}`,
    'Vergelijkbaar',
    'Vergelijkbaar: per',
    'Regio, vergelijkbaar',
    'Definitie',
    'Bron',
  ].map(bold);
  const rows: ReportCell[][] = [[snapshotNote(report)], header];
  for (const [phase, sections] of sectionsByPhase(report)) {
    for (const section of sections) {
      rows.push([
        phase,
        section.indicator.code,
        section.indicator.name,
        UNIT_NAMES[section.indicator.unit] ?? section.indicator.unit,
        figureCell(section.value),
        figureCell(section.comparable),
        section.comparableLabel,
        figureCell(section.regionComparable),
        section.indicator.definition,
        section.source,
      ]);
    }
  }
  return { name: 'Overzicht', rows, widths: [6, 22, 48, 14, 18, 14, 30, 18, 80, 60], freezeRows: 2 };
}

function indicatoren(report: CouncilReport): Sheet {
  const rows: ReportCell[][] = [[title(reportTitle(report))], [snapshotNote(report)]];
  for (const [phase, sections] of sectionsByPhase(report)) {
    rows.push([], [title(phaseTitle(phase))]);
    for (const section of sections) {
      const { indicator } = section;
      const comparableHeader = section.comparableLabel
        ? `Vergelijkbaar (${section.comparableLabel})`
        : 'Vergelijkbaar';
      rows.push(
        [],
        [bold(indicator.name)],
        [`Definitie: ${indicator.definition}`],
        [bold('Gebied'), bold('Code'), bold('Waarde'), bold(comparableHeader), bold('Verschil met regio')],
        [
          bold(report.gemeente.name),
          report.gemeente.code,
          figureCell(section.value),
          figureCell(section.comparable),
          null,
        ],
        ['Regio (ter vergelijking)', null, null, figureCell(section.regionComparable), null],
        ...section.rows.map((row): ReportCell[] => [
          row.area.name,
          row.area.code,
          figureCell(row.value),
          row.comparable ? figureCell(row.comparable) : '–',
          row.difference !== null ? row.difference : { text: differenceText(row), style: 'hidden' },
        ]),
      );
      if (section.rows.length === 0) rows.push(['Voor dit cijfer zijn er geen cijfers per wijk.']);
      rows.push([note(section.source)]);
    }
  }
  return { name: 'Indicatoren', rows, widths: [42, 12, 14, 30, 20] };
}

function samenloop(report: CouncilReport): Sheet {
  const data = report.samenloop;
  const rows: ReportCell[][] = [
    [title('Samenloop: ondersteuning uit meer wetten tegelijk')],
    [snapshotNote(report)],
    [
      'Personen en huishoudens met ondersteuning uit de Wmo, de Jeugdwet en de Participatiewet in de periode, naar de combinatie van wetten. Iedereen telt één keer.',
    ],
  ];
  const table = (caption: string, part: SamenloopTable) => {
    rows.push(
      [],
      [bold(caption)],
      [
        bold('Wijk'),
        bold('Code'),
        ...part.columns.map((column) => bold(samenloopLabel(column))),
        bold('Totaal'),
      ],
      ...part.rows.map((row): ReportCell[] => [
        row.area.name,
        row.area.code,
        ...row.cells.map(figureCell),
        figureCell(row.total),
      ]),
      [
        bold(`Totaal ${data.area.name}`),
        data.area.code,
        ...part.totals.map(figureCell),
        figureCell(part.grandTotal),
      ],
      [note(data.source)],
    );
  };
  table('Personen', data.persons);
  table('Huishoudens', data.households);
  rows.push(
    [],
    [bold('Personen naar het aantal voorzieningen')],
    [bold('Aantal voorzieningen'), bold('Personen')],
    ...data.provisionsPerPerson.map((entry): ReportCell[] => [entry.label, figureCell(entry.value)]),
    [note(data.source)],
  );
  const combinations = Math.max(data.persons.columns.length, data.households.columns.length);
  return { name: 'Samenloop', rows, widths: [34, 12, ...Array<number>(combinations).fill(16), 12] };
}

// ——— styles ———

/** Styles: 0 normal, 1 date, 2 bold, 3 title, 4 note (italic), 5 a figure not shown (right-aligned "."). */
const STYLES: Styles = {
  fonts: [
    '<font><sz val="11"/><name val="Calibri"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/></font>',
    '<font><b/><sz val="14"/><name val="Calibri"/></font>',
    '<font><i/><sz val="10"/><color rgb="FF444444"/><name val="Calibri"/></font>',
  ],
  cellFormats: [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf>',
  ],
};
