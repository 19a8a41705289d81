import type { Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';

/**
 * Roles that see aggregated figures (brief: beleid and bestuur see only aggregates, a team manager
 * sees team figures). The figures are protected by the suppression rule, so they hold no persons.
 */
export const AGGREGATE_ROLES: readonly Role[] = ['beleid', 'bestuur', 'teammanager'];

export function canSeeAggregates(actor: Actor): boolean {
  return actor.roles.some((role) => AGGREGATE_ROLES.includes(role));
}
