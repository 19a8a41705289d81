import { strFromU8, unzipSync } from 'fflate';

/**
 * A file that cannot be read as a table, with the reason in Dutch for the person who chose it.
 * Validation never sees such a file: the whole import is refused with this message.
 */
export class TableReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableReadError';
  }
}

/**
 * Reads a CSV or Excel (.xlsx) file into rows of text cells. Row i of the result is line i + 1 of
 * the file (spreadsheet row i + 1), header included, so a report can name rows as the file shows
 * them; a blank line stays as an empty row. Numbers of a workbook come back as their text with a
 * decimal comma ("12,5"), so that validation reads every file the Dutch way.
 */
export function readTable(fileName: string, bytes: Uint8Array): string[][] {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (extension === 'csv' || extension === 'txt') return readCsv(bytes);
  if (extension === 'xlsx') return readXlsx(bytes);
  if (extension === 'xls')
    throw new TableReadError(
      'Het oude Excel-formaat (.xls) wordt niet gelezen. Sla het bestand op als Excel-werkmap (.xlsx) of als CSV.',
    );
  throw new TableReadError(
    `Bestanden van dit type${extension ? ` (.${extension})` : ''} worden niet gelezen. Kies een CSV- of Excel-bestand (.csv of .xlsx).`,
  );
}

// ——— CSV ———

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TableReadError(
      'Het bestand is geen UTF-8-tekst. Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)".',
    );
  }
  if (text.includes('\u0000'))
    throw new TableReadError('Het bestand bevat binaire gegevens en is geen CSV-tekst.');
  if (text.trim() === '') throw new TableReadError('Het bestand is leeg.');
  return trimTrailingBlankRows(parseCsv(text, detectSeparator(text)));
}

/** `;` or `,`: whichever occurs more often outside quotes on the header line. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** RFC 4180 with a chosen separator: quoted fields may hold separators, "" and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteOpenedOn = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row.length === 1 && row[0] === '' ? [] : row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteOpenedOn = line;
      cell = '';
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line += 1;
    } else {
      cell += char;
    }
  }
  if (quoted)
    throw new TableReadError(
      `Regel ${quoteOpenedOn}: een aanhalingsteken (") wordt niet gesloten; het bestand is onvolledig of beschadigd.`,
    );
  endRow();
  return rows;
}

function trimTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end -= 1;
  if (end === 0) throw new TableReadError('Het bestand is leeg.');
  return rows.slice(0, end);
}

// ——— XLSX ———

const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

function readXlsx(bytes: Uint8Array): string[][] {
  let parts: Record<string, Uint8Array>;
  let unzipped = 0;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        // Only the parts we read; a zip bomb's size shows up in the declared sizes.
        const wanted = file.name.startsWith('xl/') || file.name === '[Content_Types].xml';
        if (wanted) unzipped += file.originalSize;
        if (unzipped > MAX_UNZIPPED_BYTES) throw new Error('too large');
        return wanted;
      },
    });
  } catch {
    throw new TableReadError(
      'Het bestand is geen geldige Excel-werkmap (.xlsx): het kan niet worden uitgepakt.',
    );
  }
  const text = (name: string) => {
    const part = parts[name];
    return part ? strFromU8(part) : undefined;
  };
  const sheetPath = firstSheetPath(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = sheetPath ? text(sheetPath) : undefined;
  if (!sheet)
    throw new TableReadError('Het bestand is geen geldige Excel-werkmap (.xlsx): er staat geen werkblad in.');
  const shared = sharedStrings(text('xl/sharedStrings.xml'));
  return trimTrailingBlankRows(sheetRows(sheet, shared));
}

/** The path of the workbook's first sheet, through the relationship it names. */
function firstSheetPath(workbook: string | undefined, relations: string | undefined): string | undefined {
  if (!workbook) return undefined;
  const sheet = workbook.match(/<(?:\w+:)?sheet\b[^>]*>/)?.[0];
  const relationId = sheet?.match(/\br:id="([^"]+)"/)?.[1] ?? sheet?.match(/\bid="([^"]+)"/)?.[1];
  if (!relationId || !relations) return 'xl/worksheets/sheet1.xml';
  for (const relation of relations.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    if (attribute(relation, 'Id') !== relationId) continue;
    const target = attribute(relation, 'Target') ?? '';
    if (target.startsWith('/')) return target.slice(1);
    return `xl/${target.replace(/^\.\//, '')}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

function attribute(tag: string, name: string): string | undefined {
  const value = tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return value === undefined ? undefined : decodeXml(value);
}

/** Shared strings: each <si> is its text runs (<t>) joined; phonetic runs (<rPh>) are not text. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const items: string[] = [];
  for (const item of xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)) {
    items.push(textRuns((item[1] ?? '').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')));
  }
  return items;
}

function textRuns(xml: string): string {
  let text = '';
  for (const run of xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) text += decodeXml(run[1] ?? '');
  return text;
}

function sheetRows(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  const data = xml.match(/<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/)?.[1] ?? '';
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const declared = Number(rowMatch[1]?.match(/\br="(\d+)"/)?.[1]);
    const rowIndex = Number.isInteger(declared) && declared > rows.length ? declared - 1 : rows.length;
    while (rows.length < rowIndex) rows.push([]);
    const cells: string[] = [];
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cellMatch[1] ?? '';
      const reference = attributes.match(/\br="([A-Z]+)\d*"/)?.[1];
      const column = reference ? columnIndex(reference) : cells.length;
      while (cells.length < column) cells.push('');
      cells[column] = cellText(attributes.match(/\bt="(\w+)"/)?.[1] ?? 'n', cellMatch[2] ?? '', shared);
    }
    rows.push(cells);
  }
  return rows;
}

/** A → 0, Z → 25, AA → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function cellText(type: string, body: string, shared: readonly string[]): string {
  if (type === 'inlineStr') return textRuns(body.match(/<is\b[^>]*>([\s\S]*?)<\/is>/)?.[1] ?? '');
  const value = decodeXml(body.match(/<v\b[^>]*>([\s\S]*?)<\/v>/)?.[1] ?? '');
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'WAAR' : 'ONWAAR';
  if (type === 'n' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? String(number).replace('.', ',') : value;
  }
  return value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}
