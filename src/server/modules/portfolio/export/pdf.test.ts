import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../../shared/api/portfolio';
import { capacityDocument, matrixDocument } from './documents';
import { financeDocument } from './documents-finance';
import { risksDocument } from './documents-registers';
import { renderPortfolioPdf } from './pdf';
import { GENERATED_AT, sampleCapacity, sampleFinance, sampleId, sampleOverview, sampleRisks } from './sample';

/** The lines of an uncompressed pdfkit file: its built-in fonts write each line as hex strings in a TJ array. */
function pdfLines(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)].map((line) =>
    [...(line[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)]
      .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
      .join(''),
  );
}

/** The page count the file's page tree states, the page objects it holds and their sizes. */
function pages(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  const stated = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(raw)?.[1]);
  const objects = [...raw.matchAll(/\/Type \/Page(?![s\w])/g)].length;
  const boxes = [...raw.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (m) => Number(m[1]) > Number(m[2]),
  );
  return { stated, objects, landscape: boxes };
}

function manyRisks(count: number): Risk[] {
  const [template] = sampleRisks().risks;
  if (!template) throw new Error('sample has risks');
  return Array.from({ length: count }, (_, index) => ({
    ...template,
    id: sampleId(1000 + index),
    code: `R${index + 1}`,
    title: `Risico nummer ${index + 1}`,
  }));
}

describe('the portfolio export as PDF', () => {
  it('prints the title, the day it was made, the marks, the totals and the "Bron:" line', async () => {
    const pdf = await renderPortfolioPdf(matrixDocument(sampleOverview(), GENERATED_AT));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = pdfLines(pdf);
    const text = lines.join('\n');
    expect(text).toContain('Toekomstagenda: bijdrage van de projecten aan de ambitie (Bijlage 1)');
    expect(text).toContain('Gemaakt op 2 maart 2026 met Samenhang.');
    expect(lines).toContain('**');
    expect(lines).toContain('*');
    expect(text).toContain('Totaal toekomstagenda: verschil (berekend min bron)');
    expect(text).toContain('Bron: Toekomstagenda Actieplan 2018-2019, Bijlage 1');
    expect(lines).toContain('pagina 1 van 1');
    // Four matrix columns and a project name fit a portrait page.
    expect(pages(pdf).landscape).toEqual([false]);
  });

  it('writes numbers in Dutch notation and keeps the line breaks of a cell', async () => {
    const lines = pdfLines(await renderPortfolioPdf(capacityDocument(sampleCapacity(), GENERATED_AT)));
    expect(lines).toContain('1.200,5');
    expect(lines).toContain('0,8');
    expect(lines).toContain('Projectleider, Eijsden-Margraten');
    expect(lines).toContain('Beleidsadviseur, Vaals: nog in te vullen');
    const finance = pdfLines(await renderPortfolioPdf(financeDocument(sampleFinance(), GENERATED_AT)));
    expect(finance).toContain('1.000.000');
    expect(finance).toContain('-10.000');
  });

  it('repeats the header row on every page of a long table and numbers the pages "pagina x van y"', async () => {
    const register = { ...sampleRisks(), risks: manyRisks(150) };
    const pdf = await renderPortfolioPdf(risksDocument(register, GENERATED_AT));
    const { stated, objects, landscape } = pages(pdf);
    const lines = pdfLines(pdf);
    // One table, so one header per page: the first, and one after every break.
    const headers = lines.filter((line) => line === 'Beheersmaatregel').length;
    const continued = lines.filter((line) => line === "Risico's (vervolg)").length;
    expect(headers).toBe(1 + continued);
    expect(stated).toBe(headers);
    expect(objects).toBe(stated);
    // 150 rows of two or three lines each cannot fit fewer than five landscape pages.
    expect(stated).toBeGreaterThanOrEqual(5);
    expect(landscape.every(Boolean)).toBe(true);
    expect(lines.filter((line) => /^pagina \d+ van \d+$/.test(line))).toEqual(
      Array.from({ length: stated }, (_, index) => `pagina ${index + 1} van ${stated}`),
    );
    // Every row is printed once, the last one on the last page together with the "Bron:" line.
    expect(lines.filter((line) => /^R\d+$/.test(line))).toHaveLength(150);
    const last = lines.indexOf('R150');
    const bron = lines.findIndex((line, index) => index > last && line.startsWith('Bron:'));
    expect(bron).toBeGreaterThan(last);
    expect(lines.slice(last, bron).some((line) => /^pagina \d+ van/.test(line))).toBe(false);
  });

  it('never leaves the last row on a page of its own: the last two rows go over with the "Bron:" line', async () => {
    // Across these lengths the first page fills up exactly once, so one of them breaks before its last row.
    for (let count = 15; count <= 40; count++) {
      const register = { ...sampleRisks(), risks: manyRisks(count) };
      const lines = pdfLines(await renderPortfolioPdf(risksDocument(register, GENERATED_AT)));
      const beforeLast = lines.indexOf(`R${count - 1}`);
      const bron = lines.findIndex((line) => line.startsWith('Bron:'));
      expect(beforeLast).toBeGreaterThan(-1);
      expect(lines.slice(beforeLast, bron).some((line) => /^pagina \d+ van/.test(line))).toBe(false);
    }
  });

  it('turns to landscape pages for a wide section after a narrow one', async () => {
    const doc = matrixDocument(sampleOverview(), GENERATED_AT);
    const [wide] = risksDocument(sampleRisks(), GENERATED_AT).sections;
    if (!wide) throw new Error('risks have a section');
    const pdf = await renderPortfolioPdf({ ...doc, sections: [...doc.sections, wide] });
    const { landscape } = pages(pdf);
    expect(landscape[0]).toBe(false);
    expect(landscape.at(-1)).toBe(true);
    expect(pdfLines(pdf)).toContain(`pagina ${landscape.length} van ${landscape.length}`);
  });
});
