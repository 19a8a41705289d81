import type { Actor } from '../../platform/access/actor';
import { doesCaseWork } from '../../platform/access/policy';

/**
 * Who may see and change a household's network, regisseur and signals. Pure: the caller looks up
 * the household's team and whether the actor may open one of its members' records.
 */

/** A household is open to case workers of its team, and to whoever may open one of its members. */
export function mayOpenHousehold(
  actor: Actor,
  householdTeamId: string | null,
  mayOpenAMember: boolean,
): boolean {
  if (!doesCaseWork(actor)) return false;
  if (householdTeamId !== null && actor.teamIds.includes(householdTeamId)) return true;
  return mayOpenAMember;
}

export type RegisseurDecision =
  | { allowed: true }
  | { allowed: false; status: 403 | 422; field?: 'userId'; message: string };

/**
 * The team manager of the household's team assigns anyone of that team; a case worker of the team
 * may take the household over themselves. The new regisseur is always a member of the team, so the
 * one point of contact is someone the household's team answers for.
 */
export function decideRegisseurChange(
  actor: Actor,
  householdTeamId: string | null,
  newUserId: string,
  newUserInTeam: boolean,
): RegisseurDecision {
  const inTeam = householdTeamId !== null && actor.teamIds.includes(householdTeamId);
  const manager = inTeam && actor.roles.includes('teammanager');
  const takeOver = inTeam && doesCaseWork(actor) && newUserId === actor.id;
  if (!manager && !takeOver) {
    return {
      allowed: false,
      status: 403,
      message: inTeam
        ? 'Alleen de teammanager wijst een ander als regisseur aan; u kunt het huishouden wel zelf overnemen.'
        : 'Alleen het team van het huishouden wijst de regisseur aan.',
    };
  }
  if (!newUserInTeam) {
    return {
      allowed: false,
      status: 422,
      field: 'userId',
      message: 'De regisseur moet lid zijn van het team van het huishouden.',
    };
  }
  return { allowed: true };
}

/** The signals of a team are for its own members (the team manager included). */
export function mayReadTeamSignals(actor: Actor, teamId: string): boolean {
  return doesCaseWork(actor) && actor.teamIds.includes(teamId);
}
