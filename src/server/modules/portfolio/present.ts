import { z } from 'zod';
import {
  type Ambition,
  CapacityAssignment,
  Contribution,
  CriterionAnswer,
  type Decision,
  type Phase,
  type ProjectEvent,
  type ProjectSummary,
} from '../../../shared/api/portfolio';
import type { CapacityLineRow, DecisionRow, ProjectEventRow, ProjectRow } from './repository';
import { type CriteriaAnswers, evaluateCriteria, NO_ANSWERS, projectFlags } from './rules';

/** JSON columns are checked on the way out: a row the app cannot read is a bug, not a blank. */
const Contributions = z.array(Contribution);
const Criteria = z.object({
  innovatief: CriterionAnswer,
  integraal: CriterionAnswer,
  regionaal: CriterionAnswer,
});
const Assignments = z.array(CapacityAssignment);

export const contributionsOf = (row: Pick<ProjectRow, 'contributions'>) =>
  Contributions.parse(row.contributions);
export const criteriaOf = (row: Pick<ProjectRow, 'criteria'>): CriteriaAnswers =>
  row.criteria === null || row.criteria === undefined ? NO_ANSWERS : Criteria.parse(row.criteria);

export function evaluationOf(row: ProjectRow, ambition: Ambition) {
  return evaluateCriteria(criteriaOf(row), contributionsOf(row), ambition.columns);
}

export function presentProjectSummary(row: ProjectRow, ambition: Ambition): ProjectSummary {
  const evaluation = evaluationOf(row, ambition);
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    groupLabel: row.groupLabel,
    kind: row.kind,
    domain: row.domain,
    precondition: row.precondition,
    phase: row.phase as Phase | null,
    prioritisation: row.prioritisation,
    contributions: contributionsOf(row),
    leaderRole: row.leaderRole,
    leaderGemeenteCode: row.leaderGemeenteCode,
    startDate: row.startDate,
    endDate: row.endDate,
    capacity: {
      hoursPerYear: row.capacityHours,
      fte: row.capacityFte,
      toBeDetermined: row.capacityToBeDetermined,
      text: row.capacityText,
    },
    flags: projectFlags(
      {
        kind: row.kind,
        phase: row.phase,
        endDate: row.endDate,
        loslaten: row.loslaten,
        capacityToBeDetermined: row.capacityToBeDetermined,
      },
      evaluation,
    ),
    meetsCriteria: evaluation.meetsAll,
  };
}

export function presentEvent(row: ProjectEventRow, actorName: string | null): ProjectEvent {
  return {
    id: row.id,
    kind: row.kind,
    fromValue: row.fromValue,
    toValue: row.toValue,
    reason: row.reason,
    occurredOn: row.occurredOn,
    occurredText: row.occurredText,
    recordedAt: row.recordedAt.toISOString(),
    actorName,
    source: row.source,
  };
}

export function presentCapacityLine(row: CapacityLineRow) {
  return {
    id: row.id,
    version: row.version,
    section: row.section,
    label: row.label,
    projectId: row.projectId,
    capacity: { hoursPerYear: row.hours, fte: row.fte, toBeDetermined: row.toBeDetermined, text: row.text },
    assignments: Assignments.parse(row.assignments),
  };
}

export function presentDecision(
  row: DecisionRow,
  links: readonly { decisionId: string; id: string; name: string }[],
): Decision {
  return {
    id: row.id,
    body: row.body,
    meeting: row.meeting,
    decidedOn: row.decidedOn,
    dateText: row.dateText,
    subject: row.subject,
    decision: row.decision,
    source: row.source,
    projects: links.filter((link) => link.decisionId === row.id).map(({ id, name }) => ({ id, name })),
  };
}
