import type {
  Ambition,
  CheckedTotal,
  Contribution,
  CriteriaEvaluation,
  CriterionAnswer,
  MatrixColumn,
  MatrixTotals,
  ProjectFlag,
  ProjectKind,
} from '../../../shared/api/portfolio';
import type { FieldError } from '../../platform/errors';

/**
 * The portfolio's rules as pure functions: the matrix columns, the four criteria of §3 of the
 * Actieplan, the flags ("niet meer doen: projecten zonder einddatum"), what prioritising needs,
 * totals computed from lines beside the totals a source stated, and a project as it stood on a day.
 */

export interface AmbitionDocument {
  title: string;
  statement: string;
  horizonYear: number;
  source: string;
  goals: { number: number; title: string; shortTitle: string }[];
  coreTasks: { number: number; title: string; goalNumber: number }[];
  criteria: string[];
}

/** A core task under its goal is a column; a goal without core tasks is a column of its own. */
export function matrixColumns(ambition: Pick<AmbitionDocument, 'goals' | 'coreTasks'>): MatrixColumn[] {
  const goals = [...ambition.goals].sort((a, b) => a.number - b.number);
  return goals.flatMap((goal): MatrixColumn[] => {
    const tasks = ambition.coreTasks
      .filter((task) => task.goalNumber === goal.number)
      .sort((a, b) => a.number - b.number);
    if (tasks.length === 0) {
      return [
        { key: `D${goal.number}`, goalNumber: goal.number, coreTaskNumber: null, title: goal.shortTitle },
      ];
    }
    return tasks.map((task) => ({
      key: `KO${task.number}`,
      goalNumber: goal.number,
      coreTaskNumber: task.number,
      title: task.title,
    }));
  });
}

export function presentAmbition(document: AmbitionDocument): Ambition {
  return { ...document, columns: matrixColumns(document) };
}

/** The goals a project contributes to, through any of their columns. */
export function goalsOf(contributions: readonly Contribution[], columns: readonly MatrixColumn[]): number[] {
  const goals = new Set<number>();
  for (const contribution of contributions) {
    const column = columns.find((candidate) => candidate.key === contribution.columnKey);
    if (column) goals.add(column.goalNumber);
  }
  return [...goals].sort((a, b) => a - b);
}

export interface CriteriaAnswers {
  innovatief: CriterionAnswer;
  integraal: CriterionAnswer;
  regionaal: CriterionAnswer;
}

export const NO_ANSWERS: CriteriaAnswers = {
  innovatief: { met: null, justification: null },
  integraal: { met: null, justification: null },
  regionaal: { met: null, justification: null },
};

const CRITERION_LABELS = {
  innovatief: 'Innovatief',
  integraal: 'Integraal (domeinoverstijgend)',
  regionaal: 'Regionaal',
} as const;

/** The minimum number of goals a prioritised project contributes to (§3: "minimaal 2 van de 4"). */
export const MINIMUM_GOALS = 2;

export function evaluateCriteria(
  answers: CriteriaAnswers | null,
  contributions: readonly Contribution[],
  columns: readonly MatrixColumn[],
): CriteriaEvaluation {
  const given = answers ?? NO_ANSWERS;
  const judged = (['innovatief', 'integraal', 'regionaal'] as const).map((key) => {
    const answer = given[key];
    const label = CRITERION_LABELS[key];
    const why = answer.justification ? `: ${answer.justification}` : '';
    const explanation =
      answer.met === null
        ? `${label}: nog niet beoordeeld.`
        : answer.met
          ? `${label}${why || ': ja.'}`
          : `Niet ${label.toLowerCase()}${why || '.'}`;
    return { key, label, met: answer.met, explanation };
  });
  const goals = goalsOf(contributions, columns);
  const goalsMet = goals.length >= MINIMUM_GOALS;
  const goalText =
    goals.length === 0
      ? 'draagt aan geen enkele doelstelling bij'
      : `draagt bij aan doelstelling ${goals.join(' en ')} (${goals.length} van de 4)`;
  const items = [
    ...judged,
    {
      key: 'doelstellingen' as const,
      label: `Draagt bij aan minimaal ${MINIMUM_GOALS} van de 4 doelstellingen`,
      met: goalsMet,
      explanation: goalsMet
        ? `Het project ${goalText}.`
        : `Het project ${goalText}; minimaal ${MINIMUM_GOALS} zijn nodig.`,
    },
  ];
  return { meetsAll: items.every((item) => item.met === true), items };
}

export interface FlaggableProject {
  kind: ProjectKind;
  phase: string | null;
  endDate: string | null;
  loslaten: string | null;
  capacityToBeDetermined: boolean;
}

/**
 * "Niet meer doen: projecten zonder einddatum" holds for every running project; loslaten and the
 * criteria are asked of toekomstagenda projects (going concern carries the statutory tasks).
 */
export function projectFlags(project: FlaggableProject, evaluation: CriteriaEvaluation): ProjectFlag[] {
  const flags: ProjectFlag[] = [];
  const finished = project.phase === 'Afgerond';
  if (!project.endDate && !finished && project.phase !== 'Continu') {
    flags.push({
      code: 'geen-einddatum',
      message: 'Geen einddatum: "niet meer doen: projecten zonder einddatum".',
    });
  }
  if (project.kind === 'toekomstagenda' && !finished) {
    if (!project.loslaten?.trim()) {
      flags.push({
        code: 'loslaten-onbeantwoord',
        message: 'Nog niet beantwoord: wat gaan we niet meer doen?',
      });
    }
    if (!evaluation.meetsAll) {
      flags.push({
        code: 'criteria-niet-gehaald',
        message: 'Voldoet (nog) niet aan de criteria voor prioritering.',
      });
    }
  }
  if (project.capacityToBeDetermined && !finished) {
    flags.push({ code: 'capaciteit-notk', message: 'Capaciteit nog te bepalen (notk).' });
  }
  return flags;
}

/** What stands in the way of prioritising a proposal, as field errors in Dutch. */
export function prioritisationProblems(
  project: { kind: ProjectKind; loslaten: string | null; prioritisation: string | null },
  evaluation: CriteriaEvaluation,
): FieldError[] {
  const problems: FieldError[] = [];
  if (project.kind !== 'toekomstagenda') {
    problems.push({ field: 'kind', message: 'Alleen projecten van de toekomstagenda worden geprioriteerd.' });
  }
  if (project.prioritisation === 'geprioriteerd') {
    problems.push({ field: 'prioritisation', message: 'Dit project is al geprioriteerd.' });
  }
  if (!project.loslaten?.trim()) {
    problems.push({
      field: 'loslaten',
      message:
        'Beantwoord eerst de vraag "Wat gaan we niet meer doen?" voordat het project geprioriteerd wordt.',
    });
  }
  const unmet = evaluation.items.filter((item) => item.met !== true);
  if (unmet.length > 0) {
    problems.push({
      field: 'criteria',
      message: `Het project voldoet niet aan de criteria: ${unmet.map((item) => item.explanation).join(' ')}`,
    });
  }
  return problems;
}

/** Rounds away binary noise: fte to 2 decimals, euros and counts to whole numbers. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function checkedTotal(computed: number, stated: number | null, decimals = 0): CheckedTotal {
  const rounded = roundTo(computed, decimals);
  return {
    computed: rounded,
    stated,
    difference: stated === null ? null : roundTo(rounded - stated, decimals),
  };
}

export const sum = (values: readonly (number | null)[]): number =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

export interface MatrixRow {
  kind: ProjectKind;
  domain: string | null;
  contributions: readonly Contribution[];
}

export const MATRIX_SECTIONS = [
  {
    section: 'toekomstagenda',
    label: 'Totaal toekomstagenda',
    includes: (row: MatrixRow) => row.kind === 'toekomstagenda',
  },
  {
    section: 'jeugd',
    label: 'Totaal jeugd',
    includes: (row: MatrixRow) => row.kind === 'going-concern' && row.domain === 'jeugd',
  },
  {
    section: 'wmo',
    label: 'Totaal WMO',
    includes: (row: MatrixRow) => row.kind === 'going-concern' && row.domain === 'wmo',
  },
  {
    section: 'participatiewet',
    label: 'Totaal Participatiewet',
    includes: (row: MatrixRow) => row.kind === 'going-concern' && row.domain === 'participatiewet',
  },
  {
    section: 'transformatie-szmh',
    label: 'Transformatie SZMH',
    includes: (row: MatrixRow) => row.kind === 'going-concern' && row.domain === 'transformatie-szmh',
  },
  {
    section: 'going-concern',
    label: 'Totaal Going Concern',
    includes: (row: MatrixRow) => row.kind === 'going-concern',
  },
] as const;

/**
 * The totals rows of Bijlage 1: per section the marks (** and *) per column, and per goal the
 * number of projects contributing to it; beside them the totals the source printed, if given.
 */
export function matrixTotals(
  rows: readonly MatrixRow[],
  columns: readonly MatrixColumn[],
  stated: readonly { section: string; perColumn: Record<string, number> }[],
): MatrixTotals[] {
  return MATRIX_SECTIONS.map(({ section, label, includes }) => {
    const inSection = rows.filter(includes);
    const statedRow = stated.find((candidate) => candidate.section === section);
    const perColumn: Record<string, CheckedTotal> = {};
    for (const column of columns) {
      const marks = inSection.filter((row) =>
        row.contributions.some((c) => c.columnKey === column.key),
      ).length;
      perColumn[column.key] = checkedTotal(marks, statedRow?.perColumn[column.key] ?? null);
    }
    const perGoal: Record<string, number> = {};
    for (const goal of new Set(columns.map((column) => column.goalNumber))) {
      perGoal[String(goal)] = inSection.filter((row) =>
        goalsOf(row.contributions, columns).includes(goal),
      ).length;
    }
    return { section, label, perColumn, perGoal };
  });
}

/** Last day of the quarter or year a due text names: "Q3 2018" → 2018-09-30, "Geheel 2018" → 2018-12-31. */
export function dueDateOf(dueText: string): string | null {
  const quarter = /Q([1-4])\s*(\d{4})/i.exec(dueText);
  if (quarter) {
    const q = Number(quarter[1]);
    const year = quarter[2] ?? '';
    return `${year}-${['03-31', '06-30', '09-30', '12-31'][q - 1]}`;
  }
  const year = /(\d{4})/.exec(dueText);
  return year ? `${year[1]}-12-31` : null;
}

export function actionOverdue(action: { dueDate: string; status: string }, referenceDate: string): boolean {
  return action.dueDate < referenceDate && action.status !== 'gereed' && action.status !== 'vervallen';
}

export function riskScore(likelihood: number | null, impact: number | null): number | null {
  return likelihood === null || impact === null ? null : likelihood * impact;
}

export function reviewOverdue(reviewDate: string | null, status: string, today: string): boolean {
  return reviewDate !== null && reviewDate < today && status !== 'vervallen';
}
