import {
  type Figure,
  type IndicatorSummary,
  type IndicatorUnit,
  type MonitorSamenloop,
  SAMENLOOP_COMBINATIONS,
  type SamenloopTable,
  type SnapshotSummary,
  type ViewRow,
} from '../../../../shared/api/monitor';
import type { CouncilReport, CouncilReportSection } from './model';

// A sample report, for tests and for trying the layout: kept apart from the model so the
// renderers never depend on invented figures.

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A shown figure as the disclosure step hands it on. */
export function shownFigure(value: number): Figure {
  return { value, display: dutchNumber.format(value), hidden: null };
}

/** A figure the disclosure rule does not show. */
export function hiddenFigure(reason: 'klein' | 'secundair' = 'klein'): Figure {
  return { value: null, display: '.', hidden: reason };
}

const fig = (value: number | 'klein' | 'secundair'): Figure =>
  typeof value === 'number' ? shownFigure(value) : hiddenFigure(value);

const SAMPLE_WIJKEN = [
  { code: 'WK190300', name: 'Wijk 00 Eijsden' },
  { code: 'WK190301', name: 'Wijk 01 Gronsveld' },
  { code: 'WK190302', name: 'Wijk 02 Margraten' },
  { code: 'WK190303', name: 'Wijk 03 Cadier en Keer' },
  { code: 'WK190304', name: 'Wijk 04 Sint Geertruid' },
  { code: 'WK190305', name: 'Wijk 05 Mheer - Noorbeek' },
] as const;

type SampleValue = number | 'klein' | 'secundair';

/** Rows of the six wijken: [value, comparable or null, difference] each. */
function sampleRows(
  values: ReadonlyArray<readonly [SampleValue, SampleValue | null, number | null]>,
): ViewRow[] {
  const ranked = values
    .map(([, comparable], index) => ({ index, comparable }))
    .filter((entry): entry is { index: number; comparable: number } => typeof entry.comparable === 'number')
    .sort((a, b) => b.comparable - a.comparable)
    .map((entry) => entry.index);
  return SAMPLE_WIJKEN.map((wijk, index) => {
    const [value, comparable, difference] = values[index] ?? ['klein', null, null];
    const rank = ranked.indexOf(index);
    return {
      area: { code: wijk.code, name: wijk.name, level: 'wijk' as const },
      value: fig(value),
      comparable: comparable === null ? null : fig(comparable),
      difference,
      rank: rank === -1 ? null : rank + 1,
    };
  });
}

function sampleIndicator(
  code: string,
  name: string,
  definition: string,
  phase: number,
  unit: IndicatorUnit,
  populationName: string | null,
): IndicatorSummary {
  return {
    code,
    name,
    definition,
    phase,
    unit,
    levels: ['regio', 'gemeente', 'wijk'],
    breakdown: null,
    populationName,
  };
}

function sampleSamenloopTable(
  unit: 'personen' | 'huishoudens',
  rows: ReadonlyArray<readonly SampleValue[]>,
  totals: readonly SampleValue[],
  grandTotal: number,
): SamenloopTable {
  return {
    unit,
    columns: [...SAMENLOOP_COMBINATIONS],
    rows: SAMPLE_WIJKEN.map((wijk, index) => {
      const cells = rows[index] ?? [];
      return {
        area: { code: wijk.code, name: wijk.name, level: 'wijk' as const },
        cells: cells.slice(0, 7).map(fig),
        total: fig(cells[7] ?? 'klein'),
      };
    }),
    totals: totals.map(fig),
    grandTotal: shownFigure(grandTotal),
  };
}

const CBS_SOURCE = 'Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)';
const OWN_SOURCE = 'Bron: registratie van zaken en voorzieningen, Sociale Zaken Maastricht Heuvelland';
const GGD_SOURCE = 'Bron: GGD Zuid Limburg, Gezondheidsmonitor Volwassenen en Ouderen 2024';

/**
 * A plausible report of Eijsden-Margraten (six wijken) for the first half of 2026, with hidden
 * figures ("klein" and "secundair") in the tables. Figures are invented; the shape is real.
 */
export function sampleCouncilReport(overrides: Partial<CouncilReport> = {}): CouncilReport {
  const snapshot: SnapshotSummary = {
    id: '0b6f5c1e-3d2a-4c8e-9f10-2a7b3c4d5e6f',
    periodLabel: '2026-H1',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    version: 1,
    status: 'gepubliceerd',
    supersedesId: null,
    correctionReason: null,
    personCount: 21480,
    provisionCount: 34915,
    computedAt: '2026-07-10T08:12:00.000Z',
    computeMs: 4180,
    publishedAt: '2026-07-15T09:30:00.000Z',
  };
  const gemeente = { code: 'GM1903', name: 'Eijsden-Margraten' };
  const per1000 = 'per 1.000 inwoners';
  const sections: CouncilReportSection[] = [
    {
      indicator: sampleIndicator(
        'P1-PERSONEN',
        'Personen met ondersteuning',
        'Unieke personen met ten minste één voorziening (Wmo, Jeugd, Participatiewet inkomen, re-integratie, minima of leerlingenvervoer) die in de periode liep.',
        1,
        'aantal',
        'inwoners',
      ),
      value: shownFigure(2715),
      comparable: shownFigure(104.3),
      regionComparable: shownFigure(121.6),
      comparableLabel: per1000,
      rows: sampleRows([
        [1020, 105.3, -16.3],
        [280, 96.9, -24.7],
        [430, 99.9, -21.7],
        [445, 107, -14.6],
        [185, 94.4, -27.2],
        [355, 117.4, -4.2],
      ]),
      source: `${OWN_SOURCE}; inwoners: CBS, Kerncijfers wijken en buurten 2024`,
    },
    {
      indicator: sampleIndicator(
        'P1-WMO-65PLUS-PCT',
        '65-plussers met een Wmo-voorziening, %',
        'Unieke personen van 65 jaar en ouder (op het peilmoment) met een Wmo-voorziening in de periode, als percentage van de inwoners van 65 jaar en ouder.',
        1,
        'procent',
        'inwoners van 65 jaar en ouder',
      ),
      value: shownFigure(14.2),
      comparable: shownFigure(14.2),
      regionComparable: shownFigure(16.8),
      comparableLabel: null,
      rows: sampleRows([
        [14.9, 14.9, -1.9],
        [12.1, 12.1, -4.7],
        [13.6, 13.6, -3.2],
        [15.8, 15.8, -1],
        [11.4, 11.4, -5.4],
        [14.4, 14.4, -2.4],
      ]),
      source: `${OWN_SOURCE}; inwoners van 65 jaar en ouder: CBS, Kerncijfers wijken en buurten 2024`,
    },
    {
      indicator: sampleIndicator(
        'P1-JEUGD',
        'Jongeren met jeugdhulp',
        'Unieke jongeren tot 18 jaar (op het peilmoment) met een jeugdhulpvoorziening in de periode.',
        1,
        'aantal',
        'jongeren tot 18 jaar',
      ),
      value: shownFigure(355),
      comparable: shownFigure(71.4),
      regionComparable: shownFigure(88.9),
      comparableLabel: 'per 1.000 jongeren tot 18 jaar',
      rows: sampleRows([
        [140, 78.2, -10.7],
        ['secundair', 'secundair', null],
        [55, 66.3, -22.6],
        [60, 72.7, -16.2],
        ['klein', 'klein', null],
        [45, 75, -13.9],
      ]),
      source: `${OWN_SOURCE}; jongeren tot 18 jaar: CBS, Kerncijfers wijken en buurten 2024`,
    },
    {
      indicator: sampleIndicator(
        'P1-BIJSTAND-1000',
        'Personen met een Participatiewet-uitkering per 1.000 inwoners van 18 tot 65',
        'Unieke personen met een uitkering (Participatiewet, IOAW, IOAZ, Bbz) in de periode, per 1.000 inwoners van 18 tot 65 jaar.',
        1,
        'per1000',
        'inwoners van 18 tot 65 jaar',
      ),
      value: shownFigure(17.6),
      comparable: shownFigure(17.6),
      regionComparable: shownFigure(38.2),
      comparableLabel: 'per 1.000 inwoners van 18 tot 65 jaar',
      rows: sampleRows([
        [24.4, 24.4, -13.8],
        ['klein', 'klein', null],
        [13.1, 13.1, -25.1],
        [18.9, 18.9, -19.3],
        ['klein', 'klein', null],
        [11.2, 11.2, -27],
      ]),
      source: `${OWN_SOURCE}; inwoners van 18 tot 65 jaar: CBS, Kerncijfers wijken en buurten 2024`,
    },
    {
      indicator: sampleIndicator(
        'P2-EENZAAMHEID',
        'Ernstig eenzaam, %',
        'Percentage volwassenen dat (zeer) ernstig eenzaam is (GGD Gezondheidsmonitor). Geïmporteerd.',
        2,
        'procent',
        null,
      ),
      value: shownFigure(9.8),
      comparable: shownFigure(9.8),
      regionComparable: shownFigure(12.4),
      comparableLabel: null,
      rows: sampleRows([
        [10.6, 10.6, -1.8],
        [8.9, 8.9, -3.5],
        [9.1, 9.1, -3.3],
        [9.4, 9.4, -3],
        [8.2, 8.2, -4.2],
        [10.9, 10.9, -1.5],
      ]),
      source: GGD_SOURCE,
    },
    {
      indicator: sampleIndicator(
        'P3-TOEGANG-TIJDIG',
        'Aanvragen binnen de wettelijke termijn beslist, %',
        'Van de aanvragen Wmo, Jeugd en Participatiewet waarop in de periode is beslist: het percentage dat binnen de wettelijke beslistermijn (met opschorting en verlenging) is beslist.',
        3,
        'procent',
        null,
      ),
      value: shownFigure(91.5),
      comparable: shownFigure(91.5),
      regionComparable: shownFigure(88.7),
      comparableLabel: null,
      rows: sampleRows([
        [92.3, 92.3, 3.6],
        [90, 90, 1.3],
        [93.8, 93.8, 5.1],
        [88.2, 88.2, -0.5],
        ['klein', 'klein', null],
        [89.5, 89.5, 0.8],
      ]),
      source: `${OWN_SOURCE} (aanvragen en besluiten)`,
    },
    {
      indicator: sampleIndicator(
        'P3-DOORLOOPTIJD',
        'Gemiddelde doorlooptijd aanvraag tot besluit (dagen)',
        'Gemiddeld aantal kalenderdagen van ontvangst tot besluit van de aanvragen Wmo, Jeugd en Participatiewet waarop in de periode is beslist.',
        3,
        'dagen',
        null,
      ),
      value: shownFigure(34.2),
      comparable: shownFigure(34.2),
      regionComparable: shownFigure(37.9),
      comparableLabel: null,
      rows: [],
      source: `${OWN_SOURCE} (aanvragen en besluiten)`,
    },
  ];
  const samenloop: MonitorSamenloop = {
    snapshot,
    area: { code: gemeente.code, name: gemeente.name, level: 'gemeente' },
    persons: sampleSamenloopTable(
      'personen',
      [
        // W, J, P, WJ, WP, JP, WJP, total
        [585, 125, 170, 20, 45, 'klein', 'klein', 955],
        [160, 'secundair', 40, 'klein', 10, 'klein', 'klein', 255],
        [245, 55, 55, 'klein', 'secundair', 'klein', 'klein', 385],
        [240, 60, 70, 10, 20, 'klein', 'klein', 410],
        [120, 'klein', 15, 'klein', 'klein', 'klein', 'klein', 160],
        [225, 45, 30, 'klein', 15, 'klein', 'klein', 325],
      ],
      [1575, 325, 380, 55, 110, 20, 'klein'],
      2490,
    ),
    households: sampleSamenloopTable(
      'huishoudens',
      [
        [510, 95, 150, 30, 40, 10, 'klein', 840],
        [140, 'secundair', 35, 'klein', 'secundair', 'klein', 'klein', 220],
        [215, 45, 50, 10, 15, 'klein', 'klein', 340],
        [215, 45, 60, 15, 20, 'klein', 'klein', 360],
        [105, 'klein', 15, 'klein', 'klein', 'klein', 'klein', 140],
        [195, 35, 25, 10, 15, 'klein', 'klein', 285],
      ],
      [1380, 250, 335, 80, 110, 25, 10],
      2190,
    ),
    provisionsPerPerson: [
      { label: '1 voorziening', value: shownFigure(1820) },
      { label: '2 voorzieningen', value: shownFigure(470) },
      { label: '3 voorzieningen', value: shownFigure(150) },
      { label: '4 of meer voorzieningen', value: shownFigure(50) },
    ],
    source: `${OWN_SOURCE}; indeling naar samenloop zoals het CBS die publiceert`,
  };
  return {
    gemeente,
    snapshot,
    generatedAt: '2026-07-16T10:00:00.000Z',
    disclosure: {
      threshold: 7,
      roundingBase: 5,
      description:
        'Aantallen van 0 tot en met 7 worden niet getoond (.); andere aantallen zijn afgerond op vijftallen. Om te voorkomen dat een verborgen aantal uit totalen kan worden teruggerekend, zijn soms ook andere cellen verborgen. Percentages zijn berekend uit de afgeronde aantallen.',
    },
    sections,
    samenloop,
    sources: [CBS_SOURCE, OWN_SOURCE, GGD_SOURCE],
    ...overrides,
  };
}
