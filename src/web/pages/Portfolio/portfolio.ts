import type {
  ActionPatch,
  ActionStatus,
  Capacity,
  Goal,
  MatrixColumn,
  MatrixTotals,
  PlanAction,
  ProjectSummary,
} from '../../../shared/api/portfolio';
import type { Role } from '../../../shared/roles';
import { formatCount, formatFte } from './numbers';

/** Pure rules of the portfolio screens: who reads and edits, sections, headers, capacity and plan groups. */

export const PORTFOLIO_READERS: Role[] = [
  'beleid',
  'bestuur',
  'teammanager',
  'functioneel-beheer',
  'procesmanager',
];
export const PORTFOLIO_EDITORS: Role[] = ['procesmanager', 'functioneel-beheer'];

/** The gemeenten of the region by CBS code. */
export const GEMEENTEN: Record<string, string> = {
  GM0935: 'Maastricht',
  GM0938: 'Meerssen',
  GM0981: 'Vaals',
  GM0994: 'Valkenburg aan de Geul',
  GM1729: 'Gulpen-Wittem',
  GM1903: 'Eijsden-Margraten',
};

export const gemeenteName = (code: string) => GEMEENTEN[code] ?? code;

// ── Matrix sections ─────────────────────────────────────────────────────────────────────────

export const SECTION_KEYS = [
  'toekomstagenda',
  'randvoorwaardelijk',
  'jeugd',
  'wmo',
  'participatiewet',
  'transformatie-szmh',
  'going-concern-overig',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface MatrixSection {
  key: SectionKey;
  projects: ProjectSummary[];
  /** The "Totaal …" rows shown at the foot of this section's table. */
  totals: MatrixTotals[];
}

export function sectionOf(project: Pick<ProjectSummary, 'kind' | 'domain' | 'precondition'>): SectionKey {
  if (project.kind === 'toekomstagenda')
    return project.precondition ? 'randvoorwaardelijk' : 'toekomstagenda';
  return project.domain ?? 'going-concern-overig';
}

/** Where a totals row of the server belongs: the last shown section it covers. */
const TOTALS_COVER: Record<string, SectionKey[]> = {
  toekomstagenda: ['toekomstagenda', 'randvoorwaardelijk'],
  'going-concern': ['jeugd', 'wmo', 'participatiewet', 'transformatie-szmh', 'going-concern-overig'],
};

/**
 * The projects in the sections of Bijlage 1, in the server's order within a section; empty
 * sections are left out. Each totals row goes under the last section it covers ("Totaal
 * toekomstagenda" counts the randvoorwaardelijke too; "Totaal Going Concern" closes the going
 * concern); a row whose sections are all empty goes under the last section, so none is lost.
 */
export function matrixSections(projects: ProjectSummary[], totals: MatrixTotals[]): MatrixSection[] {
  const sections: MatrixSection[] = SECTION_KEYS.map((key) => ({
    key,
    projects: projects.filter((project) => sectionOf(project) === key),
    totals: [],
  })).filter((section) => section.projects.length > 0);
  const last = sections[sections.length - 1];
  for (const row of totals) {
    const covers = TOTALS_COVER[row.section] ?? [row.section];
    const target = [...sections].reverse().find((section) => covers.includes(section.key)) ?? last;
    target?.totals.push(row);
  }
  return sections;
}

export interface GoalHeader {
  goal: number;
  title: string;
  columns: MatrixColumn[];
}

/** The first header row of the matrix: each goal spanning its columns, in column order. */
export function goalHeaders(columns: MatrixColumn[], goals: Goal[]): GoalHeader[] {
  const headers: GoalHeader[] = [];
  for (const column of columns) {
    const current = headers[headers.length - 1];
    if (current && current.goal === column.goalNumber) current.columns.push(column);
    else {
      const goal = goals.find((candidate) => candidate.number === column.goalNumber);
      headers.push({ goal: column.goalNumber, title: goal?.shortTitle ?? '', columns: [column] });
    }
  }
  return headers;
}

/** Counts of the projects carrying a flag, by flag code. */
export function flagCounts(projects: ProjectSummary[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const project of projects) {
    for (const flag of project.flags) counts[flag.code] = (counts[flag.code] ?? 0) + 1;
  }
  return counts;
}

// ── Capacity ────────────────────────────────────────────────────────────────────────────────

/** "300 uur per jaar, 0,2 fte, nog te bepalen"; words from the messages. */
export function capacityText(
  capacity: Capacity,
  words: { hours: (h: string) => string; fte: (f: string) => string; notk: string; unknown: string },
): string {
  const parts: string[] = [];
  if (capacity.hoursPerYear !== null) parts.push(words.hours(formatCount(capacity.hoursPerYear)));
  if (capacity.fte !== null) parts.push(words.fte(formatFte(capacity.fte)));
  if (capacity.toBeDetermined) parts.push(words.notk);
  return parts.length > 0 ? parts.join(', ') : words.unknown;
}

// ── Annual plan ─────────────────────────────────────────────────────────────────────────────

export interface ActionGroup {
  theme: string;
  topics: { topic: string | null; actions: PlanAction[] }[];
}

/** The actions per theme and, within it, per topic, both in the order they first appear. */
export function groupActions(actions: PlanAction[]): ActionGroup[] {
  const groups: ActionGroup[] = [];
  for (const action of actions) {
    let group = groups.find((candidate) => candidate.theme === action.theme);
    if (!group) {
      group = { theme: action.theme, topics: [] };
      groups.push(group);
    }
    let topic = group.topics.find((candidate) => candidate.topic === action.topic);
    if (!topic) {
      topic = { topic: action.topic, actions: [] };
      group.topics.push(topic);
    }
    topic.actions.push(action);
  }
  return groups;
}

/** The body of a change: only what differs from the action, and a note when one was written. */
export function actionPatchOf(
  action: Pick<PlanAction, 'status' | 'ownerRole'>,
  values: { status: ActionStatus; owner: string; note: string },
): ActionPatch {
  const body: ActionPatch = {};
  if (values.status !== action.status) body.status = values.status;
  const owner = textOrNull(values.owner);
  if (owner !== action.ownerRole) body.ownerRole = owner;
  if (values.note.trim()) body.note = values.note.trim();
  return body;
}

/** Today as YYYY-MM-DD in the Dutch calendar. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A form value as the API wants it: trimmed text, or null when empty. */
export const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** An id-safe slug of free text (theme names become anchors). */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
