import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { packageParts, type Styles, type XlsxWorkbook, xlsxPackage } from './package';

const STYLES: Styles = {
  fonts: [
    '<font><sz val="11"/><name val="Calibri"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/></font>',
  ],
  fills: ['<fill><patternFill patternType="solid"><fgColor rgb="FFE6E6E6"/></patternFill></fill>'],
  cellFormats: [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>',
  ],
};

const ROW = '<row r="1"><c r="A1"><v>1</v></c></row>';

function workbook(): XlsxWorkbook {
  return {
    title: 'Overzicht <2026> & "meer"',
    subtitle: null,
    creator: 'Samenhang',
    created: '2026-03-02T09:30:00.123Z',
    styles: STYLES,
    sheets: [
      { name: 'Eerste', rows: ROW, widths: [12, 30], freezeRows: 1 },
      { name: 'Kosten & baten <netto>', rows: ROW, widths: [] },
      { name: 'Derde "blad"', rows: '', widths: [8] },
    ],
  };
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
}

describe('the xlsx package', () => {
  const bytes = xlsxPackage(workbook());
  const files = parts(bytes);

  it('is a zip holding the fixed parts and one worksheet part per sheet', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    for (const number of [1, 2, 3]) {
      expect(files['[Content_Types].xml']).toContain(`PartName="/xl/worksheets/sheet${number}.xml"`);
      expect(files['xl/_rels/workbook.xml.rels']).toContain(
        `Id="rId${number}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${number}.xml"`,
      );
      expect(files['xl/workbook.xml']).toContain(`sheetId="${number}" r:id="rId${number}"`);
    }
    // The styles relationship follows the sheets' ids, never one of them.
    expect(files['xl/_rels/workbook.xml.rels']).toContain(
      'Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"',
    );
  });

  it('escapes the sheet names and the properties', () => {
    const names = [...(files['xl/workbook.xml'] ?? '').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Eerste', 'Kosten &amp; baten &lt;netto&gt;', 'Derde &quot;blad&quot;']);
    expect(files['docProps/core.xml']).toContain(
      '<dc:title>Overzicht &lt;2026&gt; &amp; &quot;meer&quot;</dc:title>',
    );
    expect(files['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:30:00Z</dcterms:created>',
    );
    expect(files['docProps/core.xml']).not.toContain('dc:subject');
    const withSubject = parts(xlsxPackage({ ...workbook(), subtitle: 'Stand & plan' }));
    expect(withSubject['docProps/core.xml']).toContain('<dc:subject>Stand &amp; plan</dc:subject>');
  });

  it('counts the styles, with the reserved fills and border in front', () => {
    const styles = files['xl/styles.xml'] ?? '';
    expect(styles).toContain('<fonts count="2">');
    expect(styles).toMatch(
      /<fills count="3"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/>/,
    );
    expect(styles).toContain('<borders count="1">');
    expect(styles).toContain('<cellXfs count="2">');
  });

  it('opens on the first sheet, freezes what is asked and writes the column widths', () => {
    expect(files['xl/workbook.xml']).toContain('<workbookView activeTab="0"/>');
    const first = files['xl/worksheets/sheet1.xml'] ?? '';
    expect(first).toContain(
      '<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2"',
    );
    expect(first).toContain(
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/></cols>',
    );
    expect(first).toContain(`<sheetData>${ROW}</sheetData>`);
    const second = files['xl/worksheets/sheet2.xml'] ?? '';
    expect(second).toContain('<sheetView workbookViewId="0"></sheetView>');
    expect(second).not.toContain('<cols>');
  });

  it('gives the same bytes for the same workbook at any time, and other bytes for another moment', () => {
    // Written a day apart by the clock: the files' time must come from the workbook, not from now.
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      const first = xlsxPackage(workbook());
      vi.setSystemTime(new Date('2030-01-02T12:00:00Z'));
      const second = xlsxPackage(workbook());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(first).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const later = xlsxPackage({ ...workbook(), created: '2026-03-03T09:30:00Z' });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });

  it('leaves the core properties and the book view out of a bare package', () => {
    const bare = Object.fromEntries(packageParts({ sheetNames: ['Werkvoorraad'], styles: STYLES }));
    expect(Object.keys(bare)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]);
    expect(bare['[Content_Types].xml']).not.toContain('core-properties');
    expect(bare['_rels/.rels']).not.toContain('docProps');
    expect(bare['xl/workbook.xml']).not.toContain('bookViews');
  });
});
