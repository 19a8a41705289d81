import { describe, expect, it } from 'vitest';
import type { ViewRow } from '../../../../shared/api/monitor';
import { renderCouncilReportPdf } from './pdf';
import { hiddenFigure, sampleCouncilReport, shownFigure } from './sample';

/** The lines of an uncompressed pdfkit file: its built-in fonts write each line as hex strings in a TJ array. */
function pdfLines(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)].map((line) =>
    [...(line[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)]
      .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
      .join(''),
  );
}

/** The page count the file's page tree states, and the page objects it holds. */
function pageCounts(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  const stated = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(raw)?.[1]);
  const objects = [...raw.matchAll(/\/Type \/Page(?![s\w])/g)].length;
  return { stated, objects };
}

describe('the raadsrapportage as PDF', () => {
  it('prints the report in plain Dutch: title, peilmoment, figures as shown, sources', async () => {
    const pdf = await renderCouncilReportPdf(sampleCouncilReport());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = pdfLines(pdf);
    const text = lines.join('\n');
    // Running text wraps: prose is matched on the lines joined with spaces.
    const prose = lines.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Raadsrapportage Monitor Toekomstagenda');
    expect(text).toContain('Eijsden-Margraten');
    expect(text).toContain('Peilmoment 30 juni 2026, versie 1, gepubliceerd op 15 juli 2026');
    expect(text).toContain('Eerste halfjaar 2026 (1 januari 2026 tot en met 30 juni 2026)');
    expect(text).toContain('Zo leest u deze rapportage');
    expect(prose).toContain(
      'alle aantallen afgerond op veelvouden van 5, en staan aantallen van 0 tot en met 7 er niet in',
    );
    expect(text).toContain(
      'Eijsden-Margraten: 2.715 (104,3 per 1.000 inwoners). Regio: 121,6 per 1.000 inwoners.',
    );
    expect(text).toContain('Eijsden-Margraten: 14,2%. Regio: 16,8%.');
    expect(lines.filter((line) => line.startsWith('Bron:')).length).toBeGreaterThanOrEqual(7);
    // Wijk 04 Sint Geertruid's jeugdhulp is not shown: a cell holding only ".".
    expect(lines).toContain('.');
    expect(text).toContain('Wijk 04 Sint Geertruid');
    expect(text).toContain('Verschil met regio');
    expect(text).toContain('-16,3');
    // Samenloop columns are the CBS combinations in words.
    expect(text).toContain('Wmo en Jeugd');
    expect(text).toContain('Definities en bronnen');
    expect(text).toContain('Bron: GGD Zuid Limburg, Gezondheidsmonitor Volwassenen en Ouderen 2024');
  });

  it('numbers every page "pagina x van y" with the page count of the file, and the snapshot on every page', async () => {
    const pdf = await renderCouncilReportPdf(sampleCouncilReport());
    const { stated, objects } = pageCounts(pdf);
    expect(stated).toBeGreaterThan(1);
    expect(objects).toBe(stated);
    const lines = pdfLines(pdf);
    const numbers = lines.filter((line) => /^pagina \d+ van \d+$/.test(line));
    expect(numbers).toEqual(
      Array.from({ length: stated }, (_, index) => `pagina ${index + 1} van ${stated}`),
    );
    const footers = lines.filter((line) =>
      line.startsWith('Eijsden-Margraten · 2026-H1 · Peilmoment 30 juni 2026'),
    );
    expect(footers).toHaveLength(stated);
  });

  it('sets the metadata: title, author, subject, language', async () => {
    const raw = (await renderCouncilReportPdf(sampleCouncilReport())).toString('latin1');
    expect(raw).toMatch(/\/Author (\(Sociale Zaken Maastricht Heuvelland\)|\d+ 0 R)/);
    expect(raw).toContain('(Sociale Zaken Maastricht Heuvelland)');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toMatch(/\/Title /);
    expect(raw).toMatch(/\/Subject /);
    expect(raw).toContain('/DisplayDocTitle true');
  });

  it('repeats the header row when a table goes on over a page break', async () => {
    const report = sampleCouncilReport();
    const [first] = report.sections;
    if (!first) throw new Error('sample has sections');
    const rows: ViewRow[] = Array.from({ length: 90 }, (_, index) => ({
      area: {
        code: `WK9999${String(index).padStart(2, '0')}`,
        name: `Wijk ${index} Voorbeeld`,
        level: 'wijk',
      },
      value: index % 10 === 3 ? hiddenFigure() : shownFigure(100 + index * 5),
      comparable: index % 10 === 3 ? hiddenFigure() : shownFigure(90 + index / 10),
      difference: index % 10 === 3 ? null : -5,
      rank: null,
    }));
    const pdf = await renderCouncilReportPdf({ ...report, sections: [{ ...first, rows }] });
    const lines = pdfLines(pdf);
    const continued = lines.filter((line) => line === 'Personen met ondersteuning (vervolg)').length;
    expect(continued).toBeGreaterThanOrEqual(2);
    // One header for the start of the table and one after every break.
    expect(lines.filter((line) => line === 'Verschil met regio')).toHaveLength(1 + continued);
    // The last rows and the source line stay together on the last page of the table.
    const last = lines.indexOf('Wijk 89 Voorbeeld');
    const before = lines.indexOf('Wijk 88 Voorbeeld');
    const source = lines.findIndex((line, index) => index > last && line.startsWith('Bron:'));
    expect(lines.slice(before, source).some((line) => /^pagina \d+ van/.test(line))).toBe(false);
  });

  it("prints a concept snapshot as such, and names without the built-in fonts' letters readably", async () => {
    const report = sampleCouncilReport();
    const pdf = await renderCouncilReportPdf({
      ...report,
      gemeente: { code: 'GM0000', name: 'Sępólno' },
      snapshot: { ...report.snapshot, status: 'berekend', publishedAt: null },
    });
    const text = pdfLines(pdf).join('\n');
    expect(text).toContain('Sepólno · 2026-H1');
    expect(text).toContain('nog niet gepubliceerd (concept)');
  });
});
