import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AssignRequest } from '../../../shared/api/cases';
import type { RequestContext } from '../../platform/access/actor';
import { appendAudit } from '../../platform/audit/service';
import { caseEvents, cases, teamMembers } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';
import { forbidden, unprocessable } from '../../platform/errors';
import { auditContext, type CaseDeps } from '../cases/context';

async function casesToAssign(tx: Executor, caseIds: string[]) {
  return tx
    .select({
      id: cases.id,
      teamId: cases.teamId,
      personId: cases.personId,
      closedOn: cases.closedOn,
      assigneeId: cases.assigneeId,
    })
    .from(cases)
    .where(inArray(cases.id, caseIds))
    .for('update');
}

async function isMember(tx: Executor, userId: string, teamId: string) {
  const [row] = await tx
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.userId, userId), eq(teamMembers.teamId, teamId)))
    .limit(1);
  return Boolean(row);
}

/**
 * A team manager assigns (or unassigns, with `assigneeId: null`) open cases of their own teams, one
 * or many at once, to a member of the case's team. All or nothing: one refusal refuses the batch.
 */
export async function assignCases(
  deps: CaseDeps,
  ctx: RequestContext,
  input: z.output<typeof AssignRequest>,
) {
  if (!ctx.actor.roles.includes('teammanager')) throw forbidden('Alleen een teammanager wijst zaken toe.');
  const ids = [...new Set(input.caseIds)];
  return deps.transactor.transaction(async (tx) => {
    const found = await casesToAssign(tx, ids);
    if (found.length !== ids.length)
      throw unprocessable([{ field: 'caseIds', message: 'Een of meer zaken bestaan niet' }]);
    for (const item of found) {
      if (!ctx.actor.teamIds.includes(item.teamId))
        throw forbidden('U kunt alleen zaken van uw eigen teams toewijzen.');
      if (item.closedOn)
        throw unprocessable([{ field: 'caseIds', message: 'Een afgesloten zaak wijst u niet meer toe' }]);
      if (input.assigneeId && !(await isMember(tx, input.assigneeId, item.teamId))) {
        throw unprocessable([
          { field: 'assigneeId', message: 'De medewerker is geen lid van het team van de zaak' },
        ]);
      }
    }
    await tx
      .update(cases)
      .set({ assigneeId: input.assigneeId, version: sql`${cases.version} + 1`, updatedAt: new Date() })
      .where(inArray(cases.id, ids));
    await tx.insert(caseEvents).values(
      found.map((item) => ({
        caseId: item.id,
        actorId: ctx.actor.id,
        kind: 'toegewezen',
        details: { from: item.assigneeId, to: input.assigneeId },
      })),
    );
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'case.assign',
        personIds: [...new Set(found.map((item) => item.personId))],
        resource: 'work-queue/assign',
      },
    ]);
    return { assigned: found.length };
  });
}
