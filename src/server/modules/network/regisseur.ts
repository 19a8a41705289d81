import type { ChangeRegisseurRequest, UserRef } from '../../../shared/api/household-view';
import type { RequestContext } from '../../platform/access/actor';
import { appendAudit } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { forbidden, notFound, unprocessable } from '../../platform/errors';
import { auditContext } from '../cases/context';
import { openHousehold } from './household-access';
import { decideRegisseurChange } from './policy';
import * as repo from './repository';
import type { HouseholdDeps } from './service';

/** The household's one point of contact as every screen about its members shows it. */
export async function regisseurOf(tx: Executor, householdId: string): Promise<UserRef | null> {
  const row = await repo.currentRegisseur(tx, householdId);
  return row ? { id: row.userId, displayName: row.displayName } : null;
}

/**
 * Hands the household to a new regisseur: the current row ends and a new one starts at the same
 * moment, so the history has no gap and no overlap, and the change is an event on the timeline.
 */
export async function changeRegisseur(
  deps: HouseholdDeps,
  ctx: RequestContext,
  householdId: string,
  input: ChangeRegisseurRequest,
) {
  const now = new Date();
  const outcome = await deps.transactor.transaction(async (tx) => {
    // Locked: two simultaneous changes would otherwise both end the same row and leave two current ones.
    const opened = await openHousehold(tx, ctx, householdId, now, deps.today(), { lock: true });
    if (opened.kind === 'missing') return opened;
    const { household } = opened;
    const resource = `households/${householdId}/regisseur`;
    const newUser = household.teamId
      ? await repo.activeTeamMember(tx, household.teamId, input.userId)
      : undefined;
    const decision = decideRegisseurChange(ctx.actor, household.teamId, input.userId, newUser !== undefined);
    if (!decision.allowed && decision.status === 403) {
      await appendAudit(tx, auditContext(ctx), [
        { action: 'household.regisseur.change', outcome: 'denied', personIds: opened.personIds, resource },
      ]);
      return { kind: 'refused', message: decision.message } as const;
    }
    if (!decision.allowed || !newUser) {
      const message = decision.allowed ? 'Onbekende medewerker' : decision.message;
      throw unprocessable([{ field: 'userId', message }], message);
    }
    const current = await repo.currentRegisseur(tx, householdId);
    if (current?.userId === newUser.id) {
      throw unprocessable([{ field: 'userId', message: 'Deze medewerker is al de regisseur' }]);
    }
    if (current) await repo.endRegisseur(tx, current.rowId, now);
    const reason = input.reason?.trim() || null;
    await repo.startRegisseur(tx, {
      householdId,
      userId: newUser.id,
      since: now,
      reason,
      assignedBy: ctx.actor.id,
    });
    await repo.insertHouseholdEvent(tx, {
      householdId,
      actorId: ctx.actor.id,
      kind: 'regisseur-gewijzigd',
      details: {
        from: current ? { id: current.userId, displayName: current.displayName } : null,
        to: { id: newUser.id, displayName: newUser.displayName },
        reason,
      },
    });
    await appendAudit(tx, auditContext(ctx), [
      { action: 'household.regisseur.change', personIds: opened.personIds, resource },
    ]);
    return { kind: 'ok', regisseur: newUser, since: now.toISOString() } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  if (outcome.kind === 'refused') throw forbidden(outcome.message);
  return { regisseur: outcome.regisseur, since: outcome.since };
}
