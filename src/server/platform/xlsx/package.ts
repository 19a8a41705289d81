import { strToU8, zipSync } from 'fflate';

/**
 * The SpreadsheetML package (.xlsx) around a workbook's sheets: content types, relationships,
 * core properties, the workbook, its style sheet and the worksheet frame, plus the cell-level
 * helpers every writer needs. Each writer keeps its own styles and sheet content; what a package
 * must hold to open in Excel and LibreOffice is written here once, so the writers cannot drift
 * apart (a sheet declared in one part and missing from another makes the file unreadable).
 */

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

// ——— cells ———

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids exactly these characters
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** XML text: escaped, without the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Column letters as spreadsheets name them: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** The spreadsheet serial of a calendar date: days since 30 December 1899. */
export function dateSerial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * A text cell with an optional style index (0 is the default style, written as no attribute).
 * Inline strings are never evaluated: text starting with "=" cannot become a formula.
 */
export function inlineString(text: string, ref: string, style = 0): string {
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
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

// ——— the package's fixed parts ———

/**
 * A writer's own formatting. The two fills Excel reserves (none, gray125) and the empty border are
 * added in front, so a writer's own fills count from fillId 2 and its borders from borderId 1.
 */
export interface Styles {
  fonts: readonly string[];
  fills?: readonly string[];
  borders?: readonly string[];
  /** The `<xf>` cell formats; a cell's style index is its place in this list. */
  cellFormats: readonly string[];
}

/** Title, subject, author and date, as the file's properties show them. */
export interface CoreProperties {
  title: string;
  /** Left out when empty. */
  subtitle?: string | null;
  creator: string;
  /** An ISO moment; written to the second, as W3CDTF. */
  created: string;
}

export interface PackageParts {
  /** Already valid and unique (see `sheetName`); escaped here. */
  sheetNames: readonly string[];
  styles: Styles;
  /** Without them the package has no docProps/core.xml (the streamed work-queue export). */
  properties?: CoreProperties;
  /** The tab the workbook opens on; left out, Excel opens the first without saying so. */
  activeTab?: number;
}

// The counts must match the lists or Excel reports the file as damaged; they are counted here.
const list = (tag: string, items: readonly string[]) =>
  `<${tag} count="${items.length}">${items.join('')}</${tag}>`;

function styleSheetXml(styles: Styles): string {
  return (
    `${XML_HEAD}<styleSheet xmlns="${SPREADSHEETML}">` +
    list('fonts', styles.fonts) +
    list('fills', [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...(styles.fills ?? []),
    ]) +
    list('borders', [
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
      ...(styles.borders ?? []),
    ]) +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    list('cellXfs', styles.cellFormats) +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

function corePropertiesXml(properties: CoreProperties): string {
  const created = new Date(properties.created).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    (properties.subtitle ? `<dc:subject>${escapeXml(properties.subtitle)}</dc:subject>` : '') +
    // Every workbook Samenhang writes is Dutch.
    `<dc:creator>${escapeXml(properties.creator)}</dc:creator><dc:language>nl-NL</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`
  );
}

/**
 * Every part of the package except the worksheets, in the order they are zipped; worksheet n
 * belongs at `xl/worksheets/sheet{n}.xml` (n from 1). Exposed for writers that stream their
 * worksheet; the others use `xlsxPackage`.
 */
export function packageParts({
  sheetNames,
  styles,
  properties,
  activeTab,
}: PackageParts): [string, string][] {
  const numbers = sheetNames.map((_, index) => index + 1);
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        numbers
          .map(
            (number) =>
              `<Override PartName="/xl/worksheets/sheet${number}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
          )
          .join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
        (properties
          ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          : '') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
        `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
        (properties
          ? `<Relationship Id="rId2" Type="${PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>`
          : '') +
        '</Relationships>',
    ],
  ];
  if (properties) parts.push(['docProps/core.xml', corePropertiesXml(properties)]);
  parts.push(
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${SPREADSHEETML}" xmlns:r="${RELS}">` +
        (activeTab === undefined ? '' : `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>`) +
        '<sheets>' +
        sheetNames
          .map(
            (name, index) =>
              `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
        numbers
          .map(
            (number) =>
              `<Relationship Id="rId${number}" Type="${RELS}/worksheet" Target="worksheets/sheet${number}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${numbers.length + 1}" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', styleSheetXml(styles)],
  );
  return parts;
}

// ——— a whole workbook ———

export interface XlsxSheet {
  name: string;
  /** The sheet's `<row>` elements. */
  rows: string;
  /** Column widths in characters. */
  widths: readonly number[];
  /** Rows kept in view while scrolling (a sheet that is one table freezes its header). */
  freezeRows?: number;
}

export interface XlsxWorkbook extends CoreProperties {
  /** At least one: a workbook without sheets does not open. */
  sheets: readonly XlsxSheet[];
  styles: Styles;
}

function worksheetXml(sheet: XlsxSheet, selected: boolean): string {
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const cols = sheet.widths
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${SPREADSHEETML}" xmlns:r="${RELS}">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${sheet.rows}</sheetData></worksheet>`
  );
}

/**
 * The workbook as .xlsx bytes, opening on its first sheet. The files carry the workbook's own
 * moment as their time, so the same workbook always gives the same bytes.
 */
export function xlsxPackage({ sheets, styles, ...properties }: XlsxWorkbook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const parts = packageParts({
    sheetNames: sheets.map((sheet) => sheet.name),
    styles,
    properties,
    activeTab: 0,
  });
  for (const [path, xml] of parts) files[path] = strToU8(xml);
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheetXml(sheet, index === 0));
  });
  return zipSync(files, { level: 6, mtime: new Date(properties.created) });
}
