import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from './document';
import { matrixDocument } from './documents';
import { risksDocument } from './documents-registers';
import { GENERATED_AT, sampleOverview, sampleRisks } from './sample';
import { renderPortfolioXlsx } from './xlsx';

type Cell =
  | { kind: 'number'; value: number; style: string | null }
  | { kind: 'text'; value: string; style: string | null };

function parts(workbook: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(workbook)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
  );
}

/** A worksheet's cells by reference ("C9"), numbers and inline strings told apart. */
function cells(sheetXml: string): Map<string, Cell> {
  const result = new Map<string, Cell>();
  for (const [, ref = '', attributes = '', body = ''] of sheetXml.matchAll(
    /<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs,
  )) {
    const style = /s="(\d+)"/.exec(attributes)?.[1] ?? null;
    if (attributes.includes('t="inlineStr"')) {
      const text = /<t xml:space="preserve">(.*?)<\/t>/s.exec(body)?.[1] ?? '';
      result.set(ref, {
        kind: 'text',
        value: text
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
        style,
      });
    } else result.set(ref, { kind: 'number', value: Number(/<v>(.*?)<\/v>/.exec(body)?.[1]), style });
  }
  return result;
}

/** The row number whose column A holds this text. */
function rowNumber(sheet: Map<string, Cell>, text: string): number {
  for (const [ref, cell] of sheet) if (/^A\d+$/.test(ref) && cell.value === text) return Number(ref.slice(1));
  throw new Error(`no row ${text}`);
}

describe('the portfolio export as Excel workbook', () => {
  const doc = matrixDocument(sampleOverview(), GENERATED_AT);
  const workbook = renderPortfolioXlsx(doc);
  const files = parts(workbook);

  it('is a zip with one declared sheet per section', () => {
    expect(new TextDecoder().decode(workbook.subarray(0, 2))).toBe('PK');
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets.sort()).toEqual(
      doc.sections.map((_, index) => `xl/worksheets/sheet${index + 1}.xml`).sort(),
    );
    const names = [...(files['xl/workbook.xml'] ?? '').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Bijdrage aan de ambitie', 'Projecten per doelstelling', 'Projecten per fase']);
    for (const index of doc.sections.keys()) {
      expect(files['[Content_Types].xml']).toContain(`/xl/worksheets/sheet${index + 1}.xml`);
      expect(files['xl/_rels/workbook.xml.rels']).toContain(`worksheets/sheet${index + 1}.xml`);
    }
  });

  it('writes the marks as text, the totals as numbers, a bold frozen header and no formulas', () => {
    const sheetXml = files['xl/worksheets/sheet1.xml'] ?? '';
    const sheet = cells(sheetXml);
    expect(sheet.get('A1')).toEqual({ kind: 'text', value: 'Project', style: '1' });
    expect(sheetXml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const row = rowNumber(sheet, 'Integrale toegang');
    expect(sheet.get(`C${row}`)).toMatchObject({ kind: 'text', value: '**' });
    expect(sheet.get(`E${row}`)).toMatchObject({ kind: 'text', value: '*' });
    expect(sheet.get(`B${row}`)).toBeUndefined();
    const totals = rowNumber(sheet, 'Totaal toekomstagenda (berekend)');
    expect(sheet.get(`E${totals}`)).toEqual({ kind: 'number', value: 1, style: '2' });
    const difference = rowNumber(sheet, 'Totaal toekomstagenda: verschil (berekend min bron)');
    expect(sheet.get(`E${difference}`)).toMatchObject({ kind: 'number', value: -1 });
    for (const xml of Object.values(files)) expect(xml).not.toMatch(/<f[ >]/);
    expect(sheetXml).toContain('Bron: Toekomstagenda Actieplan 2018-2019, Bijlage 1');
  });

  it('keeps text that starts with "=" as text, and wraps a cell with line breaks', () => {
    const register = sampleRisks();
    const risks = parts(renderPortfolioXlsx(risksDocument(register, GENERATED_AT)));
    const sheet = cells(risks['xl/worksheets/sheet1.xml'] ?? '');
    const row = rowNumber(sheet, 'I1');
    expect(sheet.get(`B${row}`)).toEqual({ kind: 'text', value: '=Draagvlak', style: null });
    expect(sheet.get(`F${row}`)).toMatchObject({ kind: 'text', value: 'niet beoordeeld' });
    expect(sheet.get(`F${rowNumber(sheet, 'M1')}`)).toMatchObject({ kind: 'number', value: 4 });
    const multiline: ExportDocument = {
      title: 'Proef',
      subtitle: null,
      generatedAt: GENERATED_AT,
      sections: [
        { heading: 'Proef', note: null, columns: [{ header: 'Tekst', width: 20 }], rows: [['a\nb']] },
      ],
    };
    const wrapped = cells(parts(renderPortfolioXlsx(multiline))['xl/worksheets/sheet1.xml'] ?? '');
    expect(wrapped.get('A2')).toEqual({ kind: 'text', value: 'a\nb', style: '3' });
  });

  it('gives sheets names Excel accepts: at most 31 characters, none of []:*?/\\, unique', () => {
    const section = (heading: string) => ({
      heading,
      note: null,
      columns: [{ header: 'Kolom', width: 10 }],
      rows: [[1]],
    });
    const names = [
      ...(
        parts(
          renderPortfolioXlsx({
            title: 'Proef',
            subtitle: null,
            generatedAt: GENERATED_AT,
            sections: [
              section('Bijlage 3: investeringsagenda [2018/2019] van de Toekomstagenda'),
              section('Bijlage 3: investeringsagenda [2018/2019] van de Toekomstagenda'),
            ],
          }),
        )['xl/workbook.xml'] ?? ''
      ).matchAll(/<sheet name="([^"]*)"/g),
    ].map((match) => match[1] ?? '');
    expect(names).toHaveLength(2);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(2);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('gives the same bytes for the same document', () => {
    expect(renderPortfolioXlsx(doc)).toEqual(workbook);
  });
});
