import { strToU8, zipSync } from 'fflate';
import type { Figure, IndicatorUnit, SamenloopTable } from '../../../../shared/api/monitor';
import { columnName, dateSerial, escapeXml } from '../../work-queue/xlsx';
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
  const sheets: Sheet[] = [
    toelichting(report),
    overzicht(report),
    indicatoren(report),
    samenloop(report),
  ].map((sheet) => ({ ...sheet, name: sheetName(sheet.name, taken) }));
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of workbookParts(report, sheets)) files[path] = strToU8(xml);
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheetXml(sheet, index === 0));
  });
  return zipSync(files, { level: 6, mtime: new Date(report.generatedAt) });
}

// ——— cells and sheets ———

type Style = 'title' | 'bold' | 'note' | 'hidden';

/** Text, a number, a calendar date, styled text, or empty. */
export type ReportCell = string | number | { date: string } | { text: string; style: Style } | null;

interface Sheet {
  name: string;
  rows: ReportCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** Rows kept in view while scrolling (a sheet that is one table freezes its header). */
  freezeRows?: number;
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

/** Inline strings are never evaluated: text starting with "=" cannot become a formula. */
function inlineString(text: string, ref: string, style: number): string {
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function worksheetXml(sheet: Sheet, selected: boolean): string {
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const cols = sheet.widths
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((cells, index) => {
      const body = cells.map((cell, column) => cellXml(cell, `${columnName(column)}${index + 1}`)).join('');
      return body ? `<row r="${index + 1}">${body}</row>` : '';
    })
    .join('');
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

/**
 * A name Excel accepts: none of []:*?/\, no apostrophe at either end, at most 31 characters, and
 * unique in the workbook regardless of case.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .slice(0, 31)
      .trim() || 'Blad';
  let name = base;
  for (let number = 2; taken.has(name.toLowerCase()); number++) {
    const suffix = ` (${number})`;
    name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
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

// ——— the workbook's fixed parts ———

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Styles: 0 normal, 1 date, 2 bold, 3 title, 4 note (italic), 5 a figure not shown (right-aligned "."). */
const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/></font>' +
  '<font><i/><sz val="10"/><color rgb="FF444444"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function workbookParts(report: CouncilReport, sheets: readonly Sheet[]): [string, string][] {
  const created = new Date(report.generatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        sheets
          .map(
            (_, index) =>
              `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
          )
          .join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
        `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
        '</Relationships>',
    ],
    [
      'docProps/core.xml',
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:title>${escapeXml(reportTitle(report))}</dc:title>` +
        `<dc:subject>${escapeXml(`Monitor Toekomstagenda sociaal domein, ${report.snapshot.periodLabel}: ${snapshotLine(report.snapshot)}`)}</dc:subject>` +
        `<dc:creator>${escapeXml(REPORT_AUTHOR)}</dc:creator><dc:language>nl-NL</dc:language>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        sheets
          .map(
            (sheet, index) =>
              `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
        sheets
          .map(
            (_, index) =>
              `<Relationship Id="rId${index + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
  ];
}
