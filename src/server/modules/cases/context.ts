import type { RequestContext } from '../../platform/access/actor';
import { decidePersonRecordAccess } from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import { appendAudit, type ReadAuditRecorder } from '../../platform/audit/service';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { AppError, notFound } from '../../platform/errors';
import { type CaseType, latestVersion } from '../case-types/catalog';
import type { TermCalendar } from './deadlines/atw';
import { addTerm, computeDeadline, type Deadline } from './deadlines/deadline';
import type { Refusal } from './lifecycle';
import * as repo from './repository';

/** What the case services need, passed explicitly. */
export interface CaseDeps {
  transactor: Transactor;
  readAudit: ReadAuditRecorder;
  caseTypes: readonly CaseType[];
  calendar: TermCalendar;
  /** Today in the Netherlands; injectable so tests can fix the date. */
  today: () => string;
  /** Where case documents are stored: under the data folder, never served directly. */
  documentsDir: string;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
export const amsterdamToday = () => amsterdamDate.format(new Date());

export const auditContext = (ctx: RequestContext) => ({
  actor: { id: ctx.actor.id, username: ctx.actor.username },
  requestId: ctx.requestId,
});

export function refuse(refusal: Refusal): void {
  if (refusal) throw new AppError('unprocessable', refusal.message, { errors: [refusal] });
}

export function caseTypeOf(deps: CaseDeps, row: repo.CaseRow): CaseType {
  const caseType = deps.caseTypes.find(
    (type) => type.code === row.caseTypeCode && type.version === row.caseTypeVersion,
  );
  if (!caseType)
    throw new Error(`case type ${row.caseTypeCode}@${row.caseTypeVersion} missing from the catalog`);
  return caseType;
}

export function caseTypeForNewCase(deps: CaseDeps, code: string, createdOn: string): CaseType {
  const caseType = latestVersion(deps.caseTypes, code, createdOn);
  if (!caseType)
    throw new AppError('unprocessable', 'Onbekend zaaktype', {
      errors: [{ field: 'caseTypeCode', message: 'Onbekend zaaktype' }],
    });
  return caseType;
}

/** Opens a case for work: it exists, and the actor may open its person's record; refusals are audited. */
export async function authorisedCase(
  tx: Executor,
  ctx: RequestContext,
  caseId: string,
  action: string,
  lock: boolean,
) {
  const row = lock ? await repo.findCaseForUpdate(tx, caseId) : await repo.findCase(tx, caseId);
  if (!row) throw notFound('Deze zaak');
  const now = new Date();
  const decision = decidePersonRecordAccess(
    ctx.actor,
    await findRelationFacts(tx, ctx.actor.id, row.personId, now),
    now,
  );
  if (!decision.allowed) {
    await appendAudit(tx, auditContext(ctx), [
      {
        action,
        outcome: 'denied',
        personIds: [row.personId],
        resource: `cases/${caseId}`,
        purpose: decision.reason,
      },
    ]);
    return { row, refused: true as const };
  }
  return { row, refused: false as const };
}

/** Recomputes the deadlines from the case's facts; they are never typed in. */
export async function deadlinesOf(tx: Executor, deps: CaseDeps, row: repo.CaseRow, caseType: CaseType) {
  const suspensions = await repo.suspensionsOf(tx, row.id);
  const extensions = await repo.extensionsOf(tx, row.id);
  let deadline: Deadline | undefined;
  if (caseType.term) {
    deadline = computeDeadline(
      {
        receivedOn: row.receivedOn,
        term: caseType.term,
        contestedDecisionDate:
          caseType.countsFrom === 'einde-bezwaartermijn'
            ? (row.contestedDecisionDate ?? undefined)
            : undefined,
        objectionPeriod: caseType.objectionPeriod,
        suspensions: suspensions.map((s) => ({ from: s.fromDate, resumedOn: s.resumedOn })),
        extensions: extensions.map((e) => ({ amount: e.amount, unit: e.unit })),
        today: deps.today(),
      },
      deps.calendar,
    );
  }
  const serviceNormDate = caseType.serviceNorm
    ? deps.calendar.nextWorkingDay(addTerm(deadline?.countsFrom ?? row.receivedOn, caseType.serviceNorm))
    : null;
  return { deadline, serviceNormDate, suspensions, extensions };
}
