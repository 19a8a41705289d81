import type { WorkQueueQuery } from '../../../shared/api/cases';
import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { doesCaseWork } from '../../platform/access/policy';
import { AppError, forbidden } from '../../platform/errors';
import type { CaseDeps } from '../cases/context';
import { auditContext } from '../cases/context';
import { daysBetween } from '../cases/deadlines/calendar';
import { decodeCursor, encodeCursor } from '../persons/cursor';
import { openCases } from './repository';
import { signalsFor } from './signals';

/**
 * A consultant's or team's open cases, most urgent first. Only the actor's own teams (or their own
 * cases) are shown, and the persons listed are audited like any search result.
 */
export async function workQueue(deps: CaseDeps, ctx: RequestContext, query: WorkQueueQuery) {
  if (!doesCaseWork(ctx.actor)) throw forbidden('Uw rol heeft geen werkvoorraad.');
  if (query.team && !ctx.actor.teamIds.includes(query.team)) throw forbidden('U bent geen lid van dit team.');
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (query.cursor && !after)
    throw new AppError('bad_request', 'De cursor is ongeldig; laad de werkvoorraad opnieuw.');
  const today = deps.today();
  const mine = query.assignee === 'me' || query.assignee === ctx.actor.id;
  const rows = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const found = await openCases(tx, {
      teamIds: query.team ? [query.team] : mine ? undefined : [...ctx.actor.teamIds],
      assigneeId: mine ? ctx.actor.id : undefined,
      unassigned: query.unassigned === 'true',
      domain: query.domain,
      caseTypeCode: query.caseType,
      gemeenteCode: query.gemeente,
      statusCode: query.status,
      overdueBefore: query.overdue === 'true' ? today : undefined,
      suspended: query.suspended === undefined ? undefined : query.suspended === 'true',
      after: after ? { deadline: after.sortKey, id: after.id } : undefined,
      limit: query.limit + 1,
    });
    const shown = found.slice(0, query.limit);
    await audit([
      {
        action: 'case.queue',
        personIds: [...new Set(shown.map((row) => row.personId))],
        resource: 'work-queue',
      },
    ]);
    return found;
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      number: row.number,
      caseType: {
        code: row.caseTypeCode,
        name:
          deps.caseTypes.find(
            (type) => type.code === row.caseTypeCode && type.version === row.caseTypeVersion,
          )?.name ?? row.caseTypeCode,
      },
      domain: row.domain,
      person: { id: row.personId, displayName: displayName(row) },
      gemeenteCode: row.gemeenteCode,
      status: row.statusCode,
      legalDeadline: row.legalDeadline,
      daysLeft: row.legalDeadline ? daysBetween(today, row.legalDeadline) : null,
      suspended: row.suspendedSince !== null,
      assigneeId: row.assigneeId,
      assigneeName: row.assigneeName,
      signals: signalsFor(row, today, deps.calendar),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ sortKey: last.urgency, id: last.id }) : null,
  };
}
