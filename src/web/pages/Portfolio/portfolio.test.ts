import { describe, expect, it } from 'vitest';
import {
  type CheckedTotal,
  type MatrixTotals,
  PHASES,
  type PlanAction,
  type ProjectSummary,
} from '../../../shared/api/portfolio';
import { criteriaBody, criteriaFieldIds, criteriaValuesOf } from './criteria';
import { checkedTotalNote, formatCount, formatEuro, formatFte } from './numbers';
import { contrastRatio, PHASE_COLOURS } from './phaseColours';
import {
  actionPatchOf,
  capacityText,
  flagCounts,
  gemeenteName,
  goalHeaders,
  groupActions,
  matrixSections,
  sectionOf,
  slug,
  todayIso,
} from './portfolio';
import { validateAnnualPlanSearch, validateMatrixSearch } from './search';
import { timelineBars } from './timeline';

let counter = 0;
function project(overrides: Partial<ProjectSummary>): ProjectSummary {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    version: 1,
    name: `Project ${counter}`,
    groupLabel: null,
    kind: 'toekomstagenda',
    domain: null,
    precondition: false,
    phase: 'Uitvoering',
    prioritisation: null,
    contributions: [],
    leaderRole: null,
    leaderGemeenteCode: null,
    startDate: null,
    endDate: null,
    capacity: { hoursPerYear: null, fte: null, toBeDetermined: false, text: null },
    flags: [],
    meetsCriteria: false,
    ...overrides,
  };
}

const totalsRow = (section: string): MatrixTotals => ({
  section,
  label: `Totaal ${section}`,
  perColumn: {},
  perGoal: {},
});
const plainSpaces = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe('matrixSections', () => {
  it('puts projects in the sections of Bijlage 1 in order and leaves empty sections out', () => {
    const wmo = project({ kind: 'going-concern', domain: 'wmo' });
    const ta = project({});
    const pre = project({ precondition: true });
    const jeugd = project({ kind: 'going-concern', domain: 'jeugd' });
    const sections = matrixSections([wmo, ta, pre, jeugd], []);
    expect(sections.map((section) => section.key)).toEqual([
      'toekomstagenda',
      'randvoorwaardelijk',
      'jeugd',
      'wmo',
    ]);
    expect(sections[0]?.projects).toEqual([ta]);
    expect(sections[1]?.projects).toEqual([pre]);
  });

  it('closes each part with its totals: toekomstagenda after the randvoorwaardelijke, going concern at the end', () => {
    const sections = matrixSections(
      [
        project({}),
        project({ precondition: true }),
        project({ kind: 'going-concern', domain: 'jeugd' }),
        project({ kind: 'going-concern', domain: 'transformatie-szmh' }),
      ],
      ['toekomstagenda', 'jeugd', 'wmo', 'transformatie-szmh', 'going-concern'].map(totalsRow),
    );
    const footers = Object.fromEntries(sections.map((s) => [s.key, s.totals.map((row) => row.section)]));
    expect(footers).toEqual({
      toekomstagenda: [],
      randvoorwaardelijk: ['toekomstagenda'],
      jeugd: ['jeugd'],
      // No Wmo project: its totals row is not lost but lands under the last section.
      'transformatie-szmh': ['wmo', 'transformatie-szmh', 'going-concern'],
    });
  });

  it('keeps the toekomstagenda totals under the projects when there is nothing randvoorwaardelijk', () => {
    const sections = matrixSections([project({})], [totalsRow('toekomstagenda')]);
    expect(sections[0]?.totals.map((row) => row.section)).toEqual(['toekomstagenda']);
  });

  it('gives going concern without a domain a section of its own', () => {
    expect(sectionOf({ kind: 'going-concern', domain: null, precondition: false })).toBe(
      'going-concern-overig',
    );
  });
});

describe('goalHeaders', () => {
  it('spans each goal over its columns, a goal without core tasks over one', () => {
    const columns = [
      { key: 'KO1', goalNumber: 1, coreTaskNumber: 1, title: 'a' },
      { key: 'KO2', goalNumber: 1, coreTaskNumber: 2, title: 'b' },
      { key: 'D2', goalNumber: 2, coreTaskNumber: null, title: 'Lokaal' },
      { key: 'KO3', goalNumber: 3, coreTaskNumber: 3, title: 'c' },
    ];
    const goals = [1, 2, 3].map((number) => ({ number, title: `Doel ${number}`, shortTitle: `D${number}` }));
    expect(
      goalHeaders(columns, goals).map((header) => [header.goal, header.title, header.columns.length]),
    ).toEqual([
      [1, 'D1', 2],
      [2, 'D2', 1],
      [3, 'D3', 1],
    ]);
  });
});

describe('checked totals', () => {
  const note = (stated: string, difference: string) => `bron: ${stated}, verschil: ${difference}`;
  const total = (computed: number, stated: number | null, difference: number | null): CheckedTotal => ({
    computed,
    stated,
    difference,
  });

  it('says nothing when the source stated no total or agrees', () => {
    expect(checkedTotalNote(total(5, null, null), formatCount, note)).toBeNull();
    expect(checkedTotalNote(total(5, 5, 0), formatCount, note)).toBeNull();
  });

  it('shows the source and the signed difference in the figure notation', () => {
    expect(checkedTotalNote(total(7, 9, -2), formatCount, note)).toBe('bron: 9, verschil: -2');
    expect(plainSpaces(checkedTotalNote(total(1250000, 1200000, 50000), formatEuro, note))).toBe(
      'bron: € 1.200.000, verschil: € +50.000',
    );
    expect(plainSpaces(checkedTotalNote(total(1000, 1500, -500), formatEuro, note))).toBe(
      'bron: € 1.500, verschil: € -500',
    );
    expect(checkedTotalNote(total(12.5, 12.25, 0.25), formatFte, note)).toBe('bron: 12,25, verschil: +0,25');
  });

  it('computes the difference itself when the server left it out', () => {
    expect(checkedTotalNote(total(3, 4, null), formatCount, note)).toBe('bron: 4, verschil: -1');
  });

  it('writes a sign before every non-zero difference', () => {
    expect(formatCount(0, true)).toBe('0');
    expect(formatCount(3, true)).toBe('+3');
    expect(formatCount(-1234, true)).toBe('-1.234');
    expect(formatFte(-0.5, true)).toBe('-0,5');
  });
});

describe('phase colours', () => {
  it('has a colour for every phase, each text at least 4.5:1 on its background', () => {
    for (const phase of PHASES) {
      const colours = PHASE_COLOURS[phase];
      expect(contrastRatio(colours.text, colours.background), phase).toBeGreaterThanOrEqual(4.5);
      // The badge's border (its text colour) stands out from the white page (non-text contrast 3:1).
      expect(contrastRatio(colours.text, '#ffffff'), phase).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each phase its own background', () => {
    const backgrounds = PHASES.map((phase) => PHASE_COLOURS[phase].background);
    expect(new Set(backgrounds).size).toBe(PHASES.length);
  });

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('capacity and gemeenten', () => {
  const words = {
    hours: (h: string) => `${h} uur`,
    fte: (f: string) => `${f} fte`,
    notk: 'notk',
    unknown: '?',
  };
  it('writes hours, fte and "nog te bepalen" in Dutch notation', () => {
    expect(capacityText({ hoursPerYear: 1200, fte: 0.75, toBeDetermined: true, text: null }, words)).toBe(
      '1.200 uur, 0,75 fte, notk',
    );
    expect(capacityText({ hoursPerYear: null, fte: null, toBeDetermined: false, text: null }, words)).toBe(
      '?',
    );
  });

  it('names the gemeenten of the region and keeps an unknown code', () => {
    expect(gemeenteName('GM0994')).toBe('Valkenburg aan de Geul');
    expect(gemeenteName('GM1729')).toBe('Gulpen-Wittem');
    expect(gemeenteName('GM9999')).toBe('GM9999');
  });

  it('counts projects per flag', () => {
    const flag = (code: ProjectSummary['flags'][number]['code']) => ({ code, message: code });
    expect(
      flagCounts([
        project({ flags: [flag('geen-einddatum'), flag('criteria-niet-gehaald')] }),
        project({ flags: [flag('criteria-niet-gehaald')] }),
      ]),
    ).toEqual({ 'geen-einddatum': 1, 'criteria-niet-gehaald': 2 });
  });
});

describe('annual plan', () => {
  const action = (theme: string, topic: string | null, title: string): PlanAction => ({
    id: `00000000-0000-4000-8000-${title.padStart(12, '0')}`,
    version: 1,
    kind: 'jaarplan',
    code: null,
    theme,
    topic,
    title,
    subActions: [],
    dueText: 'Q2 2018',
    dueDate: '2018-06-30',
    ownerRole: null,
    status: 'gepland',
    overdue: false,
    notes: [],
    source: null,
  });

  it('groups per theme and topic in the order they first appear', () => {
    const groups = groupActions([
      action('B', 'x', '1'),
      action('A', null, '2'),
      action('B', 'y', '3'),
      action('B', 'x', '4'),
    ]);
    expect(
      groups.map((group) => [group.theme, group.topics.map((t) => [t.topic, t.actions.map((a) => a.title)])]),
    ).toEqual([
      [
        'B',
        [
          ['x', ['1', '4']],
          ['y', ['3']],
        ],
      ],
      ['A', [[null, ['2']]]],
    ]);
  });

  it('sends only what changed, and a note when one was written', () => {
    const current = { status: 'gepland' as const, ownerRole: 'Procesmanager' };
    expect(actionPatchOf(current, { status: 'gepland', owner: ' Procesmanager ', note: ' ' })).toEqual({});
    expect(actionPatchOf(current, { status: 'loopt', owner: '', note: 'Gestart' })).toEqual({
      status: 'loopt',
      ownerRole: null,
      note: 'Gestart',
    });
  });

  it('takes only valid dates from the address', () => {
    expect(validateAnnualPlanSearch({ peildatum: '2018-07-01' })).toEqual({ peildatum: '2018-07-01' });
    expect(validateAnnualPlanSearch({ peildatum: '2018-13-01' })).toEqual({ peildatum: undefined });
    expect(validateMatrixSearch({ stand: '<script>' })).toEqual({ stand: undefined });
  });

  it('knows today in the Dutch calendar', () => {
    expect(todayIso(new Date('2018-06-30T22:30:00Z'))).toBe('2018-07-01');
  });
});

describe('criteria form values', () => {
  it('goes from answers to form values and back', () => {
    const answers = {
      innovatief: { met: true, justification: 'Nieuw' },
      integraal: { met: false, justification: null },
      regionaal: { met: null, justification: null },
    };
    const values = criteriaValuesOf(answers);
    expect(values.integraal).toEqual({ met: 'nee', justification: '' });
    expect(criteriaBody(values)).toEqual(answers);
    expect(criteriaFieldIds('p')['criteria.regionaal.justification']).toBe('p-regionaal-toelichting');
  });
});

describe('timelineBars', () => {
  it('places bars on one axis and lets an open project run to its end', () => {
    const result = timelineBars(
      [
        { projectId: 'a', name: 'A', startDate: '2018-01-01', endDate: '2018-12-31' },
        { projectId: 'b', name: 'B', startDate: '2018-07-02', endDate: null },
        { projectId: 'c', name: 'C', startDate: null, endDate: null },
      ],
      '2019-12-31',
    );
    expect(result?.from).toBe('2018-01-01');
    expect(result?.to).toBe('2019-12-31');
    expect(result?.bars.map((bar) => bar.projectId)).toEqual(['a', 'b']);
    const [a, b] = result?.bars ?? [];
    expect(a?.left).toBe(0);
    expect(a?.width).toBeCloseTo(50, 0);
    expect((b?.left ?? 0) + (b?.width ?? 0)).toBeCloseTo(100, 5);
    expect(
      timelineBars([{ projectId: 'c', name: 'C', startDate: null, endDate: null }], '2019-01-01'),
    ).toBeNull();
  });

  it('makes a slug for anchors', () => {
    expect(slug('Informatievoorziening & Automatisering')).toBe('informatievoorziening-automatisering');
  });
});
