import { describe, expect, it } from 'vitest';
import { loadImportCatalog } from './catalog';
import { parseDutchNumber } from './dutch-number';
import { DemographicsMapping, SurveyMapping } from './mapping';
import { validateDemographicsImport } from './validate-demographics';
import { validateSurveyImport } from './validate-survey';
import { type ImportContext, MAX_LISTED, REGION_AREA } from './validation-types';

const catalog = loadImportCatalog();
const context: ImportContext = {
  areas: [
    REGION_AREA,
    { code: 'GM0935', level: 'gemeente', name: 'Maastricht' },
    { code: 'GM0938', level: 'gemeente', name: 'Meerssen' },
    { code: 'WK093500', level: 'wijk', name: 'Wijk 00 Centrum' },
    { code: 'WK093800', level: 'wijk', name: 'Meerssen' },
    { code: 'WK099405', level: 'wijk', name: 'Wijk 05: Walem' },
  ],
  indicators: catalog.indicators,
  groupCodes: catalog.groupCodes,
};

const survey = (overrides: Partial<SurveyMapping> = {}) =>
  SurveyMapping.parse({
    areaColumn: 'Gebied',
    period: '2024',
    respondentsColumn: 'Respondenten',
    source: 'Testbron',
    columns: [
      { column: 'Regie (%)', indicatorCode: 'P2-EIGEN-REGIE' },
      { column: 'Deelnemers', indicatorCode: 'P2-ALGEMENE-VOORZIENINGEN' },
    ],
    ...overrides,
  });
const HEADER = ['Gebied', 'Regie (%)', 'Deelnemers', 'Respondenten'];
const check = (rows: string[][], mapping = survey()) =>
  validateSurveyImport([HEADER, ...rows], mapping, context);

describe('parseDutchNumber', () => {
  it('reads decimal commas and thousands separators, refuses what is no Dutch number', () => {
    expect(parseDutchNumber('12,5')).toBe(12.5);
    expect(parseDutchNumber('1.234')).toBe(1234);
    expect(parseDutchNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseDutchNumber(' 1 234 ')).toBe(1234);
    expect(parseDutchNumber('-3')).toBe(-3);
    expect(parseDutchNumber('−3,5')).toBe(-3.5);
    for (const wrong of ['12.5', '1.23', '1,234,567', 'abc', '12,', ',5', '1e3', '', '12 %'])
      expect(parseDutchNumber(wrong), wrong).toBeUndefined();
  });
});

describe('validateSurveyImport', () => {
  it('accepts codes and names, Dutch numbers, a % sign, the region, and reports ignored columns', () => {
    const { report, values } = validateSurveyImport(
      [
        [...HEADER, 'Opmerking'],
        ['GM0935', '81,5', '1.234', '2.345', 'x'],
        ['maastricht ', '', '', '', ''],
        ['REGIO', '80 %', '', '5000', ''],
      ],
      survey({ areaLevel: 'gemeente' }),
      context,
    );
    expect(report.refused).toEqual([]);
    expect(report).toMatchObject({
      rowsRead: 3,
      valuesAccepted: 3,
      valuesEmpty: 3,
      ignoredColumns: ['Opmerking'],
    });
    expect(values).toEqual([
      {
        indicatorCode: 'P2-EIGEN-REGIE',
        areaCode: 'GM0935',
        period: '2024',
        numerator: null,
        denominator: null,
        value: 81.5,
        respondents: 2345,
        source: 'Testbron',
      },
      expect.objectContaining({ indicatorCode: 'P2-ALGEMENE-VOORZIENINGEN', numerator: 1234, value: 1234 }),
      expect.objectContaining({ areaCode: 'REGIO', value: 80, respondents: 5000 }),
    ]);
  });

  it("skips CBS's '.' as not published, listing it, without refusing", () => {
    const { report, values } = check([['WK099405', '.', '.', '12']]);
    expect(report.refusedTotal).toBe(0);
    expect(report.valuesNotPublished).toBe(2);
    expect(report.notPublished).toEqual([
      { row: 2, column: 'Regie (%)' },
      { row: 2, column: 'Deelnemers' },
    ]);
    expect(values).toEqual([]);
  });

  it('refuses an unknown area and an ambiguous name, naming row, column and value', () => {
    const { report } = check([
      ['GM9999', '80', '', ''],
      ['Meerssen', '80', '', ''],
      ['', '80', '', ''],
    ]);
    expect(report.refused).toEqual([
      {
        row: 2,
        column: 'Gebied',
        value: 'GM9999',
        reason: expect.stringContaining('Onbekend gebied "GM9999"'),
      },
      {
        row: 3,
        column: 'Gebied',
        value: 'Meerssen',
        reason: expect.stringMatching(/meer dan één gebied \(GM0938, WK093800\); gebruik de CBS-code/),
      },
      { row: 4, column: 'Gebied', value: '', reason: 'Geen gebied ingevuld' },
    ]);
  });

  it('refuses an area at a level the indicator is not shown at', () => {
    const mapping = survey({ columns: [{ column: 'Regie (%)', indicatorCode: 'P3-CLIENTERVARING-WMO' }] });
    const { report } = check([['WK093500', '75', '', '']], mapping);
    expect(report.refused).toEqual([
      {
        row: 2,
        column: 'Regie (%)',
        value: '75',
        reason: expect.stringMatching(
          /P3-CLIENTERVARING-WMO wordt niet per wijk getoond, alleen per regio, gemeente/,
        ),
      },
    ]);
  });

  it('refuses an unknown indicator, a computed one, a mapped column missing from the header (as row 1)', () => {
    const mapping = survey({
      columns: [
        { column: 'Regie (%)', indicatorCode: 'P2-BESTAAT-NIET' },
        { column: 'Deelnemers', indicatorCode: 'P1-PERSONEN' },
        { column: 'Eenzaam (%)', indicatorCode: 'P2-EENZAAMHEID' },
      ],
    });
    const { report } = check([['GM0935', '1', '2', '3']], mapping);
    expect(report.refused).toEqual([
      { row: 1, column: 'Regie (%)', reason: 'Onbekende indicator "P2-BESTAAT-NIET"' },
      {
        row: 1,
        column: 'Deelnemers',
        reason: 'Indicator P1-PERSONEN wordt berekend uit de eigen gegevens en kan niet worden geïmporteerd',
      },
      {
        row: 1,
        column: 'Eenzaam (%)',
        reason: 'Kolom "Eenzaam (%)" staat niet in de kopregel van het bestand',
      },
    ]);
  });

  it('refuses non-numbers, percentages outside 0–100, negative and fractional counts', () => {
    const { report, values } = check([
      ['GM0935', 'veel', '12.5', ''],
      ['GM0938', '100,1', '-1', ''],
      ['WK093500', '-0,5', '2,5', ''],
      ['WK093800', '100', '0', ''],
    ]);
    expect(report.refused.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [2, 'Regie (%)', expect.stringContaining('Geen getal: "veel"')],
      [2, 'Deelnemers', expect.stringContaining('Geen getal: "12.5"')],
      [3, 'Regie (%)', 'Een percentage ligt tussen 0 en 100'],
      [3, 'Deelnemers', 'Een aantal kan niet negatief zijn'],
      [4, 'Regie (%)', 'Een percentage ligt tussen 0 en 100'],
      [4, 'Deelnemers', 'Een aantal moet een geheel getal zijn'],
    ]);
    expect(values).toHaveLength(2);
  });

  it('refuses respondents that are not a whole, non-negative number (the row, once)', () => {
    const { report, values } = check([
      ['GM0935', '80', '5', '12,5'],
      ['GM0938', '80', '5', '-3'],
      ['WK093500', '80', '5', 'veel'],
    ]);
    expect(report.refused.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [2, 'Respondenten', 'Het aantal respondenten moet een geheel getal zijn'],
      [3, 'Respondenten', 'Het aantal respondenten kan niet negatief zijn'],
      [4, 'Respondenten', expect.stringContaining('Geen getal')],
    ]);
    expect(values).toEqual([]);
  });

  it('takes respondents per column when a column names its own', () => {
    const mapping = SurveyMapping.parse({
      areaColumn: 'Gemeente',
      periodColumn: 'Jaar',
      source: 'Testbron',
      columns: [
        { column: 'Wmo', indicatorCode: 'P3-CLIENTERVARING-WMO', respondentsColumn: 'n Wmo' },
        { column: 'Jeugd', indicatorCode: 'P3-CLIENTERVARING-JEUGD', respondentsColumn: 'n Jeugd' },
      ],
    });
    const { report, values } = validateSurveyImport(
      [
        ['Gemeente', 'Jaar', 'Wmo', 'n Wmo', 'Jeugd', 'n Jeugd'],
        ['Maastricht', '2025', '80', '800', '70', '0,5'],
      ],
      mapping,
      context,
    );
    expect(report.refused).toEqual([
      {
        row: 2,
        column: 'n Jeugd',
        value: '0,5',
        reason: 'Het aantal respondenten moet een geheel getal zijn',
      },
    ]);
    expect(values).toEqual([
      expect.objectContaining({ indicatorCode: 'P3-CLIENTERVARING-WMO', respondents: 800 }),
    ]);
  });

  it('refuses a second value for the same indicator, area and period, also when named differently', () => {
    const { report } = check([
      ['GM0935', '80', '', ''],
      ['Maastricht', '81', '', ''],
    ]);
    expect(report.refused).toEqual([
      {
        row: 3,
        column: 'Regie (%)',
        value: '81',
        reason: expect.stringContaining('Dubbel: P2-EIGEN-REGIE voor GM0935 in 2024 staat al in rij 2'),
      },
    ]);
  });

  it('reads periods as year, half year or quarter from a column, refusing anything else', () => {
    const mapping = survey({ period: undefined, periodColumn: 'Periode' });
    const { report, values } = validateSurveyImport(
      [
        ['Gebied', 'Periode', 'Regie (%)', 'Deelnemers', 'Respondenten'],
        ['GM0935', '2024', '80', '', ''],
        ['GM0935', '2024-h1', '80', '', ''],
        ['GM0935', '2024-K3', '80', '', ''],
        ['GM0935', '2024-Q3', '80', '', ''],
        ['GM0935', '', '80', '', ''],
        ['GM0935', '24', '80', '', ''],
      ],
      mapping,
      context,
    );
    expect(values.map((value) => value.period)).toEqual(['2024', '2024-H1', '2024-K3']);
    expect(report.refused.map(({ row, reason }) => [row, reason])).toEqual([
      [5, '"2024-Q3" is geen jaar (2024), halfjaar (2024-H1) of kwartaal (2024-K3)'],
      [6, 'Geen periode ingevuld'],
      [7, '"24" is geen jaar (2024), halfjaar (2024-H1) of kwartaal (2024-K3)'],
    ]);
  });

  it('counts data rows without blank lines and names rows as the file does', () => {
    const { report } = check([[], ['GM0935', 'x', '', ''], ['', '', '', '']]);
    expect(report.rowsRead).toBe(1);
    expect(report.refused[0]?.row).toBe(3);
  });

  it('refuses a file with only a header, and lists at most MAX_LISTED refusals while counting all', () => {
    expect(check([]).report.refused).toEqual([
      { row: 1, reason: 'Het bestand bevat alleen een kopregel, geen gegevens' },
    ]);
    const many = Array.from({ length: MAX_LISTED + 5 }, () => ['GM9999', '1', '', '']);
    const { report } = check(many);
    expect(report.refusedTotal).toBe(MAX_LISTED + 5);
    expect(report.refused).toHaveLength(MAX_LISTED);
  });
});

describe('validateDemographicsImport', () => {
  const mapping = DemographicsMapping.parse({
    areaColumn: 'Codering',
    yearColumn: 'Jaar',
    source: 'CBS',
    columns: [
      { column: 'Inwoners', groupCode: 'inwoners' },
      { column: '0 tot 15 jaar', groupCode: '0-14', estimated: true },
    ],
  });
  const header = ['Codering', 'Jaar', 'Inwoners', '0 tot 15 jaar'];

  it('accepts counts with thousands dots, marks estimates, skips empty and "."', () => {
    const { report, values } = validateDemographicsImport(
      [
        header,
        ['GM0935', '2024', '125.285', '12115'],
        ['GM0938', '2024', '18576', '.'],
        ['WK093500', '2024', '', ''],
      ],
      mapping,
      context,
    );
    expect(report).toMatchObject({ rowsRead: 3, valuesAccepted: 3, valuesEmpty: 2, valuesNotPublished: 1 });
    expect(report.notPublished).toEqual([{ row: 3, column: '0 tot 15 jaar' }]);
    expect(values[0]).toEqual({
      areaCode: 'GM0935',
      year: 2024,
      groupCode: 'inwoners',
      count: 125285,
      estimated: false,
      source: 'CBS',
    });
    expect(values[1]).toMatchObject({ groupCode: '0-14', estimated: true });
  });

  it('refuses negative and fractional counts, bad years, duplicates and unknown groups', () => {
    const { report } = validateDemographicsImport(
      [
        header,
        ['GM0935', '2024', '-5', '1,5'],
        ['GM0935', '1850', '1', '1'],
        ['GM0938', '2024', '1', ''],
        ['GM0938', '2024', '2', ''],
      ],
      mapping,
      context,
    );
    expect(report.refused.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [2, 'Inwoners', 'Een aantal kan niet negatief zijn'],
      [2, '0 tot 15 jaar', 'Een aantal moet een geheel getal zijn'],
      [3, 'Jaar', '"1850" is geen jaartal tussen 1990 en 2100'],
      [5, 'Inwoners', expect.stringContaining('Dubbel: inwoners voor GM0938 in 2024 staat al in rij 4')],
    ]);
    const unknown = validateDemographicsImport(
      [header, ['GM0935', '2024', '1', '1']],
      { ...mapping, columns: [{ column: 'Inwoners', groupCode: 'mannen' }] },
      context,
    );
    expect(unknown.report.refused[0]).toMatchObject({
      row: 1,
      column: 'Inwoners',
      reason: expect.stringContaining('Onbekende bevolkingsgroep "mannen"'),
    });
  });
});

describe('mappings', () => {
  it('want exactly one of period and periodColumn (year and yearColumn), with Dutch messages', () => {
    const both = SurveyMapping.safeParse({
      areaColumn: 'a',
      period: '2024',
      periodColumn: 'p',
      source: 'bron',
      columns: [{ column: 'x', indicatorCode: 'P2-MANTELZORG' }],
    });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toBe(
      'Geef óf een kolom met de periode óf één periode voor het hele bestand',
    );
    const badPeriod = SurveyMapping.safeParse({
      areaColumn: 'a',
      period: '2024-M1',
      source: 'bron',
      columns: [{ column: 'x', indicatorCode: 'P2-MANTELZORG' }],
    });
    expect(badPeriod.error?.issues[0]?.message).toMatch(/halfjaar \(2024-H1\)/);
    const neither = DemographicsMapping.safeParse({ areaColumn: 'a', source: 'bron', columns: [] });
    expect(neither.error?.issues.map((issue) => issue.message)).toEqual([
      'Koppel ten minste één kolom aan een bevolkingsgroep',
      'Geef óf een kolom met het jaar óf één jaar voor het hele bestand',
    ]);
  });
});
