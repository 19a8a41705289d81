import type { Actor } from '../../platform/access/actor';
import { doesCaseWork } from '../../platform/access/policy';

/** What decides access to an intake: the team it is routed to and who registered it. */
export interface IntakeFacts {
  teamId: string | null;
  createdBy: string | null;
}

/**
 * An intake is person data, seen on a need-to-know basis: by the one who registered it (they carry
 * the conversation through), by its team, and — while no team has it — by team managers, who route.
 */
export function canSeeIntake(actor: Actor, intake: IntakeFacts): boolean {
  if (!doesCaseWork(actor)) return false;
  if (intake.createdBy === actor.id) return true;
  if (intake.teamId) return actor.teamIds.includes(intake.teamId);
  return actor.roles.includes('teammanager');
}

/** Overriding the address rule is a team manager's call, for an unrouted intake or one of their teams. */
export function canRouteIntake(actor: Actor, intake: IntakeFacts): boolean {
  if (!actor.roles.includes('teammanager')) return false;
  return intake.teamId === null || actor.teamIds.includes(intake.teamId);
}

/** The rule people read: "wijk Maastricht-Oost → Gebiedsteam Oost". */
export function routingRuleText(
  area: { level: string | null; name: string | null } | null,
  teamName: string,
): string {
  if (!area?.name) return `handmatig → ${teamName}`;
  return `${area.level === 'gemeente' ? 'gemeente' : 'wijk'} ${area.name} → ${teamName}`;
}
