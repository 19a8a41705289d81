import { describe, expect, it } from 'vitest';
import { PORTFOLIO_EXPORT_VIEWS } from '../../../../shared/api/portfolio';
import type { ExportDocument, ExportSection } from './document';
import { assignmentText, matrixDocument } from './documents';
import { buildExportDocument, type ExportInput, exportFileName } from './index';
import {
  GENERATED_AT,
  sampleAnnualPlan,
  sampleCapacity,
  sampleDecisions,
  sampleEvi,
  sampleFinance,
  sampleOverview,
  sampleRisks,
  sampleTimeline,
} from './sample';

/** The row whose first cell is this text. */
function rowOf(section: ExportSection | undefined, label: string) {
  const row = section?.rows.find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row "${label}" in ${section?.heading}`);
  return row;
}

/** A row's cells by column header. */
function byHeader(section: ExportSection | undefined, label: string): Record<string, unknown> {
  const row = rowOf(section, label);
  return Object.fromEntries(section?.columns.map((column, index) => [column.header, row[index]]) ?? []);
}

const inputs: ExportInput[] = [
  { view: 'matrix', data: sampleOverview() },
  { view: 'capaciteit', data: sampleCapacity() },
  { view: 'tijdlijn', data: sampleTimeline() },
  { view: 'risicos', data: sampleRisks() },
  { view: 'jaarplan', data: sampleAnnualPlan() },
  { view: 'evi', data: sampleEvi() },
  { view: 'besluiten', data: sampleDecisions() },
  { view: 'financien', data: sampleFinance() },
];

describe('the matrix (Bijlage 1)', () => {
  const doc = matrixDocument(sampleOverview(), GENERATED_AT);
  const [matrix] = doc.sections;

  it('puts ** for primair and * for draagt-bij in the column of the contribution, and the phase', () => {
    expect(matrix?.columns.map((column) => column.header)).toEqual([
      'Project',
      'KO1',
      'KO2',
      'D2',
      'KO3',
      'Fase',
    ]);
    expect(byHeader(matrix, 'Integrale toegang')).toEqual({
      Project: 'Integrale toegang',
      KO1: null,
      KO2: '**',
      D2: null,
      KO3: '*',
      Fase: 'Uitvoering',
    });
    expect(byHeader(matrix, 'Jeugdgezondheidszorg 0-18 jaar: Stevig ouderschap')).toMatchObject({
      KO1: '*',
      KO3: '**',
      Fase: null,
    });
  });

  it('groups as the source does: toekomstagenda, randvoorwaardelijk, then going concern per domain', () => {
    const firstCells = matrix?.rows.map((row) => row[0]);
    expect(firstCells?.slice(0, 8)).toEqual([
      'Toekomstagenda',
      'Integrale toegang',
      'Randvoorwaardelijk aan de toekomstagenda',
      'Regionaal inkoopkader',
      'Going concern: Jeugd',
      'Jeugdgezondheidszorg 0-18 jaar: Stevig ouderschap',
      'Going concern: Wmo',
      'Beschermd wonen',
    ]);
    const headings = ['Toekomstagenda', 'Going concern: Jeugd'].map((label) =>
      matrix?.rows.findIndex((row) => row[0] === label),
    );
    for (const index of headings) expect(matrix?.emphasisedRows).toContain(index);
  });

  it('shows the computed totals, and the stated figure and the difference only where they differ', () => {
    expect(byHeader(matrix, 'Totaal toekomstagenda (berekend)')).toMatchObject({
      KO1: 0,
      KO2: 1,
      D2: 1,
      KO3: 1,
    });
    // KO3: computed 1, stated 2. D2 has no stated figure, KO2 agrees: neither is repeated.
    expect(byHeader(matrix, 'Totaal toekomstagenda volgens bron')).toMatchObject({
      KO2: null,
      D2: null,
      KO3: 2,
    });
    expect(byHeader(matrix, 'Totaal toekomstagenda: verschil (berekend min bron)')).toMatchObject({
      KO1: null,
      KO3: -1,
    });
    // Going concern agrees with its source everywhere: only the computed row.
    expect(rowOf(matrix, 'Totaal going concern (berekend)')).toBeTruthy();
    expect(matrix?.rows.some((row) => row[0] === 'Totaal going concern volgens bron')).toBe(false);
    expect(matrix?.note).toBe('Toekomstagenda Actieplan 2018-2019, Bijlage 1');
  });

  it('counts projects per goal and per phase as the server did', () => {
    const perGoal = doc.sections[1];
    expect(rowOf(perGoal, 'Totaal going concern').slice(1)).toEqual([2, 0, 1]);
    expect(rowOf(doc.sections[2], 'Besluit')).toEqual(['Besluit', 1]);
  });
});

describe('the other views', () => {
  it('names the gemeente of an assignment and says when a role is still open', () => {
    const doc = buildExportDocument({ view: 'capaciteit', data: sampleCapacity() }, GENERATED_AT);
    const row = byHeader(doc.sections[0], 'Integrale toegang');
    expect(row['Rol en gemeente']).toBe(
      'Projectleider, Eijsden-Margraten\nBeleidsadviseur, Vaals: nog in te vullen',
    );
    expect(row['Uren per jaar']).toBe(1200.5);
    expect(byHeader(doc.sections[0], 'Regionaal inkoopkader')).toMatchObject({
      'Nog te bepalen': 'nog te bepalen',
      'Rol en gemeente': 'nog in te vullen',
    });
    expect(rowOf(doc.sections[0], 'Totaal (berekend)').slice(2, 4)).toEqual([1200.5, 0.8]);
    expect(
      assignmentText({
        role: 'Secretaris',
        gemeenteCode: 'GM0994',
        organisation: null,
        hours: null,
        filled: true,
        note: null,
      }),
    ).toBe('Secretaris, Valkenburg aan de Geul');
  });

  it('gives a role its share of the hours where the split is known, and the hours per gemeente', () => {
    const overview = sampleCapacity();
    const [line] = overview.lines;
    const [leader, adviser] = line?.assignments ?? [];
    if (!leader || !adviser) throw new Error('the sample lost its assignments');
    leader.hours = 600;
    adviser.hours = 600.5;
    adviser.note = 'vanaf 2019';
    overview.totals.perGemeente = [
      { gemeenteCode: 'GM1903', name: 'Eijsden-Margraten', assignments: 1, hours: 600 },
      { gemeenteCode: 'GM0981', name: 'Vaals', assignments: 1, hours: 600.5 },
      { gemeenteCode: 'GM0935', name: 'Maastricht', assignments: 0, hours: 0 },
    ];
    const doc = buildExportDocument({ view: 'capaciteit', data: overview }, GENERATED_AT);
    expect(byHeader(doc.sections[0], 'Integrale toegang')['Rol en gemeente']).toBe(
      'Projectleider, Eijsden-Margraten (600 uur)\n' +
        'Beleidsadviseur, Vaals (600,5 uur): nog in te vullen (vanaf 2019)',
    );
    const perGemeente = doc.sections[2];
    expect(perGemeente?.heading).toBe('Rollen en uren per gemeente');
    expect(perGemeente?.columns.map((column) => column.header)).toEqual([
      'Gemeente',
      'Rollen',
      'Uren per jaar',
    ]);
    expect(perGemeente?.rows).toEqual([
      ['Eijsden-Margraten', 1, 600],
      ['Vaals', 1, 600.5],
      ['Maastricht', 0, 0],
    ]);
    // The totals no longer repeat the gemeenten.
    expect(doc.sections[1]?.rows.some((row) => row[0] === 'Vaals')).toBe(false);
  });

  it('writes "niet beoordeeld" for a risk not assessed and marks a late review', () => {
    const [risks] = buildExportDocument({ view: 'risicos', data: sampleRisks() }, GENERATED_AT).sections;
    expect(byHeader(risks, 'M1')).toMatchObject({
      Kans: 4,
      Impact: 3,
      Score: 12,
      'Herzien op': '15-01-2026 (te laat)',
    });
    expect(byHeader(risks, 'I1')).toMatchObject({ Kans: 'niet beoordeeld', Score: 'niet beoordeeld' });
  });

  it('flags late actions and keeps their progress notes', () => {
    const [plan] = buildExportDocument({ view: 'jaarplan', data: sampleAnnualPlan() }, GENERATED_AT).sections;
    expect(byHeader(plan, '1.1')).toMatchObject({
      'Te laat': 'te laat',
      Subacties: '- Locatie kiezen\n- Medewerkers opleiden',
      Voortgang: '12-09-2018 (Beleidsadviseur): Locatie gekozen.',
    });
  });

  it('shows every checked finance total as berekend, and bron and verschil where they differ', () => {
    const [investment, formation, efficiency] = buildExportDocument(
      { view: 'financien', data: sampleFinance() },
      GENERATED_AT,
    ).sections;
    expect(rowOf(investment, 'Uitgaven per jaar (berekend)')).toEqual([
      'Uitgaven per jaar (berekend)',
      200000,
      250000,
    ]);
    expect(rowOf(investment, 'Uitgaven per jaar volgens bron')).toEqual([
      'Uitgaven per jaar volgens bron',
      210000,
      null,
    ]);
    expect(rowOf(investment, 'Uitgaven per jaar: verschil (berekend min bron)')).toEqual([
      'Uitgaven per jaar: verschil (berekend min bron)',
      -10000,
      null,
    ]);
    expect(rowOf(investment, 'Beginsaldo (berekend)')).toEqual(['Beginsaldo (berekend)', 1000000, 800000]);
    expect(rowOf(formation, 'Subtotaal Uitbreiding: verschil (berekend min bron)')[2]).toBe(0.5);
    expect(byHeader(efficiency, 'Totaal alle jaren volgens bron')).toMatchObject({
      Totaal: 61000,
      Fte: null,
    });
    expect(byHeader(efficiency, 'Boven de taakstelling (berekend totaal min taakstelling)').Totaal).toBe(
      10000,
    );
  });

  it('builds a document for every view, each section as wide as its header', () => {
    expect(inputs.map((input) => input.view)).toEqual([...PORTFOLIO_EXPORT_VIEWS]);
    for (const input of inputs) {
      const doc: ExportDocument = buildExportDocument(input, GENERATED_AT);
      expect(doc.generatedAt).toBe(GENERATED_AT);
      expect(doc.sections.length).toBeGreaterThan(0);
      for (const section of doc.sections)
        for (const row of section.rows) expect(row).toHaveLength(section.columns.length);
    }
  });

  it('names the file after the view and the Dutch day', () => {
    expect(exportFileName('risicos', 'xlsx', '2026-02-28T23:30:00.000Z')).toBe(
      'toekomstagenda-risicos-2026-03-01.xlsx',
    );
  });
});
