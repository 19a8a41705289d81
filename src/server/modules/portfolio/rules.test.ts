import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contribution } from '../../../shared/api/portfolio';
import { stateOn } from './history';
import {
  actionOverdue,
  checkedTotal,
  dueDateOf,
  evaluateCriteria,
  matrixColumns,
  matrixTotals,
  prioritisationProblems,
  projectFlags,
} from './rules';

const ambition = {
  goals: [1, 2, 3, 4].map((number) => ({
    number,
    title: `Doelstelling ${number}`,
    shortTitle: `D${number}`,
  })),
  coreTasks: [
    { number: 1, title: 'Preventie en vroegsignalering', goalNumber: 1 },
    { number: 2, title: 'Vergroten economische zelfstandigheid', goalNumber: 1 },
    { number: 3, title: 'Verbeteren van de toegang', goalNumber: 3 },
    { number: 4, title: 'Betere (blijvende) ondersteuning', goalNumber: 4 },
  ],
};
const columns = matrixColumns(ambition);
const yes = (justification: string) => ({ met: true, justification });
const allYes = { innovatief: yes('nieuw'), integraal: yes('drie domeinen'), regionaal: yes('zes gemeenten') };
const marks = (...keys: string[]): Contribution[] =>
  keys.map((key, index) => ({ columnKey: key, level: index === 0 ? 'primair' : 'draagt-bij' }));

describe('matrix columns', () => {
  it('puts core tasks under their goal and a goal without core tasks in its own column', () => {
    expect(columns.map((column) => column.key)).toEqual(['KO1', 'KO2', 'D2', 'KO3', 'KO4']);
    expect(columns.map((column) => column.goalNumber)).toEqual([1, 1, 2, 3, 4]);
  });
});

describe('criteria of §3', () => {
  it('holds when innovative, integral, regional and contributing to two goals', () => {
    const evaluation = evaluateCriteria(allYes, marks('KO1', 'KO3'), columns);
    expect(evaluation.meetsAll).toBe(true);
    expect(evaluation.items.at(-1)?.explanation).toContain('doelstelling 1 en 3 (2 van de 4)');
  });

  it('counts goals, not columns: two core tasks of goal 1 are one goal', () => {
    const evaluation = evaluateCriteria(allYes, marks('KO1', 'KO2'), columns);
    expect(evaluation.meetsAll).toBe(false);
    expect(evaluation.items.find((item) => item.key === 'doelstellingen')).toMatchObject({
      met: false,
      explanation: expect.stringContaining('minimaal 2 zijn nodig'),
    });
  });

  it('says why not: a criterion judged no, or not yet judged', () => {
    const evaluation = evaluateCriteria(
      {
        ...allYes,
        regionaal: { met: false, justification: 'alleen Maastricht' },
        innovatief: { met: null, justification: null },
      },
      marks('KO1', 'D2', 'KO4'),
      columns,
    );
    expect(evaluation.meetsAll).toBe(false);
    const texts = evaluation.items.map((item) => item.explanation);
    expect(texts).toContain('Niet regionaal: alleen Maastricht');
    expect(texts).toContain('Innovatief: nog niet beoordeeld.');
  });

  it('never meets all criteria with fewer than two goals, whatever the answers', () => {
    fc.assert(
      fc.property(fc.subarray(['KO1', 'KO2', 'D2', 'KO3', 'KO4']), fc.boolean(), (keys, answer) => {
        const evaluation = evaluateCriteria(
          { innovatief: { met: answer, justification: null }, integraal: yes('x'), regionaal: yes('y') },
          marks(...keys),
          columns,
        );
        const goals = new Set(keys.map((key) => columns.find((c) => c.key === key)?.goalNumber)).size;
        return evaluation.meetsAll === (answer && goals >= 2);
      }),
    );
  });
});

describe('flags and prioritisation', () => {
  const running = {
    kind: 'toekomstagenda' as const,
    phase: 'Uitvoering',
    endDate: null,
    loslaten: null,
    capacityToBeDetermined: true,
  };

  it('flags a project without end date ("niet meer doen: projecten zonder einddatum")', () => {
    const evaluation = evaluateCriteria(allYes, marks('KO1', 'KO3'), columns);
    const codes = projectFlags(running, evaluation).map((flag) => flag.code);
    expect(codes).toEqual(['geen-einddatum', 'loslaten-onbeantwoord', 'capaciteit-notk']);
    expect(
      projectFlags({ ...running, endDate: '2019-12-31', loslaten: 'Extra overleg' }, evaluation),
    ).toEqual([expect.objectContaining({ code: 'capaciteit-notk' })]);
    expect(projectFlags({ ...running, phase: 'Afgerond' }, evaluation)).toEqual([]);
  });

  it('asks going concern for an end date but not for loslaten or the criteria', () => {
    const evaluation = evaluateCriteria(null, marks('KO4'), columns);
    const codes = projectFlags(
      { ...running, kind: 'going-concern', capacityToBeDetermined: false },
      evaluation,
    ).map((flag) => flag.code);
    expect(codes).toEqual(['geen-einddatum']);
  });

  it('refuses to prioritise before "wat gaan we niet meer doen?" is answered', () => {
    const evaluation = evaluateCriteria(allYes, marks('KO1', 'KO3'), columns);
    const proposal = { kind: 'toekomstagenda' as const, loslaten: '  ', prioritisation: 'voorstel' };
    expect(prioritisationProblems(proposal, evaluation).map((problem) => problem.field)).toEqual([
      'loslaten',
    ]);
    expect(
      prioritisationProblems({ ...proposal, loslaten: 'Het aparte overleg per domein' }, evaluation),
    ).toEqual([]);
  });

  it('refuses to prioritise when a criterion fails, naming it', () => {
    const evaluation = evaluateCriteria(allYes, marks('KO4'), columns);
    const problems = prioritisationProblems(
      { kind: 'toekomstagenda', loslaten: 'Het aparte overleg', prioritisation: 'voorstel' },
      evaluation,
    );
    expect(problems).toEqual([
      { field: 'criteria', message: expect.stringContaining('doelstelling 4 (1 van de 4)') },
    ]);
  });
});

describe('matrix totals', () => {
  it('counts marks per column and section and compares them with the stated totals', () => {
    const rows = [
      { kind: 'toekomstagenda' as const, domain: null, contributions: marks('KO1', 'KO2', 'D2', 'KO3') },
      { kind: 'toekomstagenda' as const, domain: null, contributions: marks('D2', 'KO3', 'KO4') },
      { kind: 'going-concern' as const, domain: 'jeugd', contributions: marks('KO1') },
      { kind: 'going-concern' as const, domain: 'wmo', contributions: marks('KO4', 'KO1') },
    ];
    const totals = matrixTotals(rows, columns, [
      { section: 'toekomstagenda', perColumn: { KO1: 1, KO2: 1, D2: 2, KO3: 2, KO4: 2 } },
    ]);
    const ta = totals.find((total) => total.section === 'toekomstagenda');
    expect(ta?.perColumn.D2).toEqual({ computed: 2, stated: 2, difference: 0 });
    expect(ta?.perColumn.KO4).toEqual({ computed: 1, stated: 2, difference: -1 });
    expect(ta?.perGoal).toEqual({ '1': 1, '2': 2, '3': 2, '4': 1 });
    const goingConcern = totals.find((total) => total.section === 'going-concern');
    expect(goingConcern?.perColumn.KO1).toEqual({ computed: 2, stated: null, difference: null });
  });
});

describe('annual plan deadlines', () => {
  it('reads the due quarter or year as its last day', () => {
    expect(dueDateOf('Q1 2018')).toBe('2018-03-31');
    expect(dueDateOf('Q3 2018')).toBe('2018-09-30');
    expect(dueDateOf('Geheel 2018')).toBe('2018-12-31');
    expect(dueDateOf('doorlopend')).toBeNull();
  });

  it('flags an action as overdue after its due day unless it is done or dropped', () => {
    const action = { dueDate: '2018-03-31', status: 'loopt' };
    expect(actionOverdue(action, '2018-03-31')).toBe(false);
    expect(actionOverdue(action, '2018-04-01')).toBe(true);
    expect(actionOverdue({ ...action, status: 'gereed' }, '2018-04-01')).toBe(false);
    expect(actionOverdue({ ...action, status: 'vervallen' }, '2019-01-01')).toBe(false);
  });
});

describe('checked totals', () => {
  it('shows the difference with a stated total, rounded away from binary noise', () => {
    expect(checkedTotal(346.15 + 2.6 + 1, 349.75, 2)).toEqual({
      computed: 349.75,
      stated: 349.75,
      difference: 0,
    });
    expect(checkedTotal(366941, 366940)).toEqual({ computed: 366941, stated: 366940, difference: 1 });
  });
});

describe('a project as it stood on a day', () => {
  const current = {
    name: 'Cliëntondersteuning (breed)',
    kind: 'going-concern' as const,
    domain: 'wmo',
    precondition: false,
    phase: 'Uitvoering',
  };
  const events = [
    {
      kind: 'naam',
      fromValue: 'Mantelzorgondersteuning / Respijtzorg',
      toValue: current.name,
      occurredOn: '2018-01-01',
    },
    { kind: 'soort', fromValue: 'toekomstagenda', toValue: 'going-concern', occurredOn: '2018-01-01' },
    { kind: 'fase', fromValue: 'Planvorming', toValue: 'Uitvoering', occurredOn: '2026-11-30' },
    { kind: 'samengevoegd', fromValue: null, toValue: null, occurredOn: null },
  ];

  it('undoes what happened after the day', () => {
    expect(stateOn(current, events, '2017-12-31')).toEqual({
      name: 'Mantelzorgondersteuning / Respijtzorg',
      kind: 'toekomstagenda',
      domain: null,
      precondition: false,
      phase: 'Planvorming',
    });
    expect(stateOn(current, events, '2018-06-01')).toMatchObject({
      kind: 'going-concern',
      phase: 'Planvorming',
    });
    expect(stateOn(current, events, '2026-12-01')).toEqual(current);
  });

  it('leaves out a project created after the day', () => {
    expect(
      stateOn(
        current,
        [{ kind: 'aangemaakt', fromValue: null, toValue: null, occurredOn: '2018-01-01' }],
        '2017-12-31',
      ),
    ).toBeNull();
  });
});
