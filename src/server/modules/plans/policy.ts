import type { Actor } from '../../platform/access/actor';
import {
  decidePersonRecordAccess,
  doesCaseWork,
  type PersonRelationFacts,
} from '../../platform/access/policy';

/**
 * Who may read and write a household's plan: exactly who may see the household (see
 * households/service.ts) — its assigned team, and whoever may open one of its members' records
 * (assignment or break-the-glass on a member extends to the household and its plan).
 */
export function mayWorkOnHouseholdPlan(
  actor: Actor,
  household: { teamId: string | null },
  memberFacts: readonly PersonRelationFacts[],
  now: Date,
): boolean {
  if (doesCaseWork(actor) && household.teamId !== null && actor.teamIds.includes(household.teamId))
    return true;
  return memberFacts.some((facts) => decidePersonRecordAccess(actor, facts, now).allowed);
}
