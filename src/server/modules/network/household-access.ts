import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { decidePersonRecordAccess, doesCaseWork } from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import type { Executor } from '../../platform/db/transactor';
import { mayOpenHousehold } from './policy';
import * as repo from './repository';

export type OpenedHousehold = NonNullable<Awaited<ReturnType<typeof repo.findHousehold>>>;
export type HouseholdMember = Awaited<ReturnType<typeof repo.currentMembers>>[number] & {
  displayName: string;
};

/**
 * Looks up a household, its current members and whether the actor may open it — the same rule as
 * GET /api/households/:id: its team, or a relation with one of its members (assignment or break
 * the glass on a member extends to the household they live in).
 */
export async function openHousehold(
  tx: Executor,
  ctx: RequestContext,
  householdId: string,
  now: Date,
  today: string,
  options: { lock?: boolean } = {},
) {
  const household = await repo.findHousehold(tx, householdId, options.lock ?? false);
  if (!household) return { kind: 'missing' } as const;
  const rows = await repo.currentMembers(tx, householdId, today);
  const members: HouseholdMember[] = rows.map((row) => ({ ...row, displayName: displayName(row) }));
  const personIds = members.map((member) => member.personId);
  let allowed = mayOpenHousehold(ctx.actor, household.teamId, false);
  // Only when the team does not decide: one relation lookup per member, stopping at the first.
  if (!allowed && doesCaseWork(ctx.actor)) {
    for (const personId of personIds) {
      const facts = await findRelationFacts(tx, ctx.actor.id, personId, now);
      if (decidePersonRecordAccess(ctx.actor, facts, now).allowed) {
        allowed = true;
        break;
      }
    }
  }
  return { kind: allowed ? 'ok' : 'refused', household, members, personIds } as const;
}
