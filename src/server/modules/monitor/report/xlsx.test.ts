import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hiddenFigure, sampleCouncilReport, shownFigure } from './sample';
import { figureCell, renderCouncilReportXlsx, sheetName } from './xlsx';

type Cell =
  | { kind: 'number'; value: number; style: string | null }
  | { kind: 'text'; value: string; style: string | null };

/** The workbook's parts as text. */
function parts(workbook: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(workbook)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
  );
}

/** A worksheet's cells by reference ("C9"), numbers and inline strings told apart. */
function cells(sheetXml: string): Map<string, Cell> {
  const result = new Map<string, Cell>();
  for (const match of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
    const [, ref = '', attributes = '', body = ''] = match;
    const style = /s="(\d+)"/.exec(attributes)?.[1] ?? null;
    if (attributes.includes('t="inlineStr"')) {
      const text = /<t xml:space="preserve">(.*?)<\/t>/.exec(body)?.[1] ?? '';
      result.set(ref, {
        kind: 'text',
        value: text
          .replace(/&lt;/g, '<')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
        style,
      });
    } else result.set(ref, { kind: 'number', value: Number(/<v>(.*?)<\/v>/.exec(body)?.[1]), style });
  }
  return result;
}

/** The cells of the row whose column A holds this text (the first after `after`, if given). */
function rowOf(sheet: Map<string, Cell>, text: string, after = 0): Cell[] {
  for (const [ref, cell] of sheet) {
    const row = Number(ref.replace(/^[A-Z]+/, ''));
    if (/^A\d+$/.test(ref) && row > after && cell.value === text)
      return ['A', 'B', 'C', 'D', 'E']
        .map((column) => sheet.get(`${column}${row}`))
        .filter((c): c is Cell => !!c);
  }
  throw new Error(`no row ${text}`);
}

function rowNumber(sheet: Map<string, Cell>, text: string): number {
  for (const [ref, cell] of sheet) if (/^A\d+$/.test(ref) && cell.value === text) return Number(ref.slice(1));
  throw new Error(`no row ${text}`);
}

describe('the raadsrapportage as Excel workbook', () => {
  const report = sampleCouncilReport();
  const files = parts(renderCouncilReportXlsx(report));

  it('holds the sheets Toelichting, Overzicht, Indicatoren and Samenloop, each declared and related', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
    const names = [
      ...(files['xl/workbook.xml'] ?? '').matchAll(/<sheet name="([^"]*)" sheetId="(\d+)" r:id="(rId\d+)"/g),
    ];
    expect(names.map((match) => match[1])).toEqual(['Toelichting', 'Overzicht', 'Indicatoren', 'Samenloop']);
    for (const [index] of names.entries()) {
      expect(files['xl/_rels/workbook.xml.rels']).toContain(
        `Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"`,
      );
      expect(files['[Content_Types].xml']).toContain(`PartName="/xl/worksheets/sheet${index + 1}.xml"`);
    }
    expect(files['docProps/core.xml']).toContain(
      '<dc:creator>Sociale Zaken Maastricht Heuvelland</dc:creator>',
    );
    expect(files['docProps/core.xml']).toContain('<dc:language>nl-NL</dc:language>');
  });

  it('states gemeente, period, peilmoment, version, publication, the disclosure rule and the sources', () => {
    const sheet = cells(files['xl/worksheets/sheet1.xml'] ?? '');
    expect(rowOf(sheet, 'Gemeente')[1]?.value).toBe('Eijsden-Margraten');
    expect(rowOf(sheet, 'Periode')[1]?.value).toBe('2026-H1 (eerste halfjaar 2026)');
    // Dates are date cells: 30 June 2026 and 15 July 2026 as spreadsheet serials.
    expect(rowOf(sheet, 'Peilmoment')[1]).toEqual({ kind: 'number', value: 46203, style: '1' });
    expect(rowOf(sheet, 'Publicatiedatum')[1]).toEqual({ kind: 'number', value: 46218, style: '1' });
    expect(rowOf(sheet, 'Versie')[1]?.value).toBe(1);
    expect(rowOf(sheet, 'Niet getoond: aantallen van 0 tot en met')[1]?.value).toBe(7);
    expect(rowOf(sheet, 'Afgerond op veelvouden van')[1]?.value).toBe(5);
    expect(rowOf(sheet, report.disclosure.description)).toHaveLength(1);
    for (const source of report.sources) expect(rowOf(sheet, source)).toHaveLength(1);
  });

  it('writes shown figures as numbers and figures not shown as the text "."', () => {
    const sheet = cells(files['xl/worksheets/sheet3.xml'] ?? '');
    const jeugd = rowNumber(sheet, 'Jongeren met jeugdhulp');
    const geertruid = rowOf(sheet, 'Wijk 04 Sint Geertruid', jeugd);
    expect(geertruid.slice(2)).toEqual([
      { kind: 'text', value: '.', style: '5' },
      { kind: 'text', value: '.', style: '5' },
      { kind: 'text', value: '.', style: '5' },
    ]);
    const eijsden = rowOf(sheet, 'Wijk 00 Eijsden', jeugd);
    expect(eijsden.slice(2)).toEqual([
      { kind: 'number', value: 140, style: null },
      { kind: 'number', value: 78.2, style: null },
      { kind: 'number', value: -10.7, style: null },
    ]);
    const [, , value, comparable] = rowOf(sheet, 'Eijsden-Margraten', jeugd);
    expect([value?.value, comparable?.value]).toEqual([355, 71.4]);
    expect(rowOf(sheet, 'Regio (ter vergelijking)', jeugd)[1]?.value).toBe(88.9);
    // Every indicator block has its definition and its source.
    for (const section of report.sections) {
      expect(rowOf(sheet, `Definitie: ${section.indicator.definition}`)).toHaveLength(1);
      expect(rowOf(sheet, section.source)).toHaveLength(1);
    }
  });

  it('has samenloop tables with the combinations in words and "." where a count is not shown', () => {
    const sheet = cells(files['xl/worksheets/sheet4.xml'] ?? '');
    const header = rowNumber(sheet, 'Wijk');
    expect(sheet.get(`C${header}`)?.value).toBe('Alleen Wmo');
    expect(sheet.get(`I${header}`)?.value).toBe('Wmo, Jeugd en Participatiewet');
    expect(sheet.get(`J${header}`)?.value).toBe('Totaal');
    const row = rowNumber(sheet, 'Wijk 04 Sint Geertruid');
    expect(sheet.get(`C${row}`)).toEqual({ kind: 'number', value: 120, style: null });
    expect(sheet.get(`D${row}`)).toEqual({ kind: 'text', value: '.', style: '5' });
    expect(rowOf(sheet, 'Totaal Eijsden-Margraten')[1]?.value).toBe('GM1903');
    expect(rowOf(sheet, '4 of meer voorzieningen')[1]?.value).toBe(50);
  });

  it('freezes the header of the one-table sheet Overzicht', () => {
    expect(files['xl/worksheets/sheet2.xml']).toContain(
      '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>',
    );
    const sheet = cells(files['xl/worksheets/sheet2.xml'] ?? '');
    expect(sheet.get('C2')?.value).toBe('Indicator');
    expect(sheet.get('E3')).toEqual({ kind: 'number', value: 2715, style: null });
    expect(files['xl/worksheets/sheet3.xml']).not.toContain('<pane');
  });

  it('contains no formulas, and keeps text that starts with "=" as text', () => {
    const hostile = renderCouncilReportXlsx({
      ...report,
      gemeente: { code: 'GM0000', name: '=HYPERLINK("http://example.org","klik")' },
      sources: ['=1+1', '@SUM(A1)', '+31 43 000'],
    });
    const hostileFiles = parts(hostile);
    for (const [name, xml] of Object.entries({ ...files, ...hostileFiles })) {
      expect(xml, name).not.toMatch(/<f[\s>]/);
      expect(xml, name).not.toMatch(/t="(str|s)"/);
    }
    const toelichting = cells(hostileFiles['xl/worksheets/sheet1.xml'] ?? '');
    expect(rowOf(toelichting, 'Gemeente')[1]).toEqual({
      kind: 'text',
      value: '=HYPERLINK("http://example.org","klik")',
      style: null,
    });
    expect(rowOf(toelichting, '=1+1')[0]).toEqual({ kind: 'text', value: '=1+1', style: null });
  });
});

describe('workbook parts', () => {
  it('makes sheet names Excel accepts: no []:*?/\\, at most 31 characters, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Fase 1: maatwerk [wijken] a/b\\c?*', taken)).toBe('Fase 1 maatwerk wijken a b c');
    expect(sheetName("'Toelichting'", taken)).toBe('Toelichting');
    expect(sheetName('toelichting', taken)).toBe('toelichting (2)');
    const long = sheetName('Fase 2: algemene voorzieningen, preventie, eigen en collectieve kracht', taken);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(sheetName('::', taken)).toBe('Blad');
    for (const name of taken) expect(name).not.toMatch(/[[\]:*?/\\]/);
  });

  it('turns a figure into a number, or into "." when it is not shown', () => {
    expect(figureCell(shownFigure(104.3))).toBe(104.3);
    expect(figureCell(hiddenFigure())).toEqual({ text: '.', style: 'hidden' });
    expect(figureCell(hiddenFigure('secundair'))).toEqual({ text: '.', style: 'hidden' });
    expect(figureCell(null)).toBeNull();
  });
});
