import type { CaseDetail } from '../../../shared/api/cases';
import type { caseEvents, caseExtensions, caseNotes, caseSuspensions } from '../../platform/db/schema';
import type { CaseType } from '../case-types/catalog';
import type { Deadline } from './deadlines/deadline';
import type { CaseRow } from './repository';

const DWANGSOM =
  'Na het verstrijken kan de inwoner de gemeente in gebreke stellen; vanaf twee weken daarna loopt een dwangsom van € 23 per dag, € 35 na 14 dagen en € 45 na 28 dagen, tot ten hoogste € 1.442 (Awb 4:17).';

/** A decision on an application can earn a penalty for lateness; trajectories and reports cannot. */
function onExpiry(caseType: CaseType): string | null {
  if (!caseType.term) return null;
  return caseType.decisionTypes.length > 0 || caseType.countsFrom === 'einde-bezwaartermijn'
    ? DWANGSOM
    : null;
}

export function presentCase(
  row: CaseRow,
  caseType: CaseType,
  facts: {
    deadline: Deadline | undefined;
    serviceNormDate: string | null;
    suspensions: (typeof caseSuspensions.$inferSelect)[];
    extensions: (typeof caseExtensions.$inferSelect)[];
  },
  team: { id: string; code: string; name: string } | undefined,
  timeline: (typeof caseEvents.$inferSelect)[],
  notes: (typeof caseNotes.$inferSelect)[],
  people: Pick<CaseDetail, 'person' | 'regisseur'>,
): CaseDetail {
  const status = caseType.statuses.find((candidate) => candidate.code === row.statusCode) ?? {
    code: row.statusCode,
    name: row.statusCode,
  };
  const result = row.resultCode
    ? caseType.results.find((candidate) => candidate.code === row.resultCode)
    : undefined;
  return {
    id: row.id,
    number: row.number,
    caseType: {
      code: caseType.code,
      version: caseType.version,
      name: caseType.name,
      domain: caseType.domain,
    },
    personId: row.personId,
    person: people.person,
    regisseur: people.regisseur,
    team: team ?? { id: row.teamId, code: '', name: '' },
    assigneeId: row.assigneeId,
    receivedOn: row.receivedOn,
    channel: row.channel,
    contestedDecisionDate: row.contestedDecisionDate,
    status: { code: status.code, name: status.name },
    legalDeadline: facts.deadline?.legalDeadline ?? null,
    serviceNormDate: facts.serviceNormDate,
    daysLeft: row.closedOn ? null : (facts.deadline?.daysLeft ?? null),
    suspended: facts.suspensions.some((suspension) => !suspension.resumedOn),
    onExpiry: row.closedOn ? null : onExpiry(caseType),
    suspensions: facts.suspensions.map((s) => ({
      reason: s.reason,
      from: s.fromDate,
      plannedUntil: s.plannedUntil,
      resumedOn: s.resumedOn,
    })),
    extensions: facts.extensions.map((e) => ({ reason: e.reason, amount: e.amount, unit: e.unit })),
    closedOn: row.closedOn,
    result: result ? { code: result.code, name: result.name, outcome: result.outcome } : null,
    relatedCaseId: row.relatedCaseId,
    parentCaseId: row.parentCaseId,
    notes: notes.map((note) => ({
      createdAt: note.createdAt.toISOString(),
      authorId: note.authorId,
      text: note.text,
    })),
    timeline: timeline.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      actorId: event.actorId,
      kind: event.kind,
      details: event.details as Record<string, unknown>,
    })),
    version: row.version,
  };
}
