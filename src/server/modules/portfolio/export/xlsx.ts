import { strToU8, zipSync } from 'fflate';
import { sheetName } from '../../monitor/report/xlsx';
import { columnName, escapeXml } from '../../work-queue/xlsx';
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
  const names = sections.map((section) => sheetName(section.heading, taken));
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of workbookParts(doc, names)) files[path] = strToU8(xml);
  sections.forEach((section, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheetXml(doc, section, index === 0));
  });
  // The document's own moment as the files' time: the same document always gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(doc.generatedAt) });
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

/** Inline strings are never evaluated: text starting with "=" cannot become a formula. */
function inlineString(text: string, ref: string, style: number): string {
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
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

function worksheetXml(doc: ExportDocument, section: ExportSection, selected: boolean): string {
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
  const cols = section.columns
    .map(
      (column, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${Math.max(4, Math.min(column.width, 255))}" customWidth="1"/>`,
    )
    .join('');
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

// ——— the workbook's fixed parts ———

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><i/><sz val="10"/><color rgb="FF444444"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE6E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left/><right/><top/><bottom style="thin"><color rgb="FF888888"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function workbookParts(doc: ExportDocument, names: readonly string[]): [string, string][] {
  const created = new Date(doc.generatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const sheets = names.map((name, index) => ({ name, number: index + 1 }));
  return [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        sheets
          .map(
            ({ number }) =>
              `<Override PartName="/xl/worksheets/sheet${number}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
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
        `<dc:title>${escapeXml(doc.title)}</dc:title>` +
        (doc.subtitle ? `<dc:subject>${escapeXml(doc.subtitle)}</dc:subject>` : '') +
        '<dc:creator>Samenhang</dc:creator><dc:language>nl-NL</dc:language>' +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        sheets
          .map(
            ({ name, number }) =>
              `<sheet name="${escapeXml(name)}" sheetId="${number}" r:id="rId${number}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
        sheets
          .map(
            ({ number }) =>
              `<Relationship Id="rId${number}" Type="${RELS}/worksheet" Target="worksheets/sheet${number}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
  ];
}
