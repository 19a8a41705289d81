import type { Role } from '../../../shared/roles';
import type { Actor } from './actor';

/**
 * The one place that decides who may read or write person data. Pure functions: the facts
 * (relations, grants) are looked up by the caller and passed in, so every rule is testable
 * without a database.
 */

/** Roles that do case work and may look people up in the registry (intake needs it). */
export const CASE_WORK_ROLES: readonly Role[] = [
  'consulent',
  'regisseur',
  'teammanager',
  'administratie',
  'handhaving',
];

/** Roles that see no person data at all: aggregates, configuration, oversight. */
export const PERSON_BLIND_ROLES: readonly Role[] = ['beleid', 'bestuur', 'functioneel-beheer'];

const has = (actor: Actor, roles: readonly Role[]) => actor.roles.some((role) => roles.includes(role));

export function doesCaseWork(actor: Actor): boolean {
  return has(actor, CASE_WORK_ROLES);
}

export function canSearchRegistry(actor: Actor): boolean {
  return doesCaseWork(actor);
}

export function canRegisterPerson(actor: Actor): boolean {
  return doesCaseWork(actor);
}

export function canBreakGlass(actor: Actor): boolean {
  return doesCaseWork(actor);
}

/** What connects an actor to one person, as found in the database. */
export interface PersonRelationFacts {
  /** Teams that hold one of the person's current households, cases or intakes (meldingen). */
  householdTeamIds: readonly string[];
  /** The person is explicitly assigned to this actor. */
  assignedToActor: boolean;
  /** End of the actor's running break-the-glass grant for this person, if any. */
  breakGlassUntil: Date | null;
}

export type AccessBasis = 'team-household' | 'assignment' | 'break-glass';

export type RecordDecision =
  | { allowed: true; basis: AccessBasis }
  | { allowed: false; reason: 'role' | 'no-relation'; canBreakGlass: boolean };

export function decidePersonRecordAccess(
  actor: Actor,
  facts: PersonRelationFacts,
  now: Date,
): RecordDecision {
  if (!doesCaseWork(actor)) return { allowed: false, reason: 'role', canBreakGlass: false };
  if (facts.householdTeamIds.some((teamId) => actor.teamIds.includes(teamId))) {
    return { allowed: true, basis: 'team-household' };
  }
  if (facts.assignedToActor) return { allowed: true, basis: 'assignment' };
  if (facts.breakGlassUntil && facts.breakGlassUntil.getTime() > now.getTime()) {
    return { allowed: true, basis: 'break-glass' };
  }
  return { allowed: false, reason: 'no-relation', canBreakGlass: canBreakGlass(actor) };
}

/** The privacy officer reads every access log; case workers read the log of a record they may open. */
export function canReadAccessLog(actor: Actor, recordDecision: RecordDecision): boolean {
  return actor.roles.includes('privacy') || recordDecision.allowed;
}

export function canReviewBreakGlass(actor: Actor): boolean {
  return actor.roles.includes('privacy');
}

export function canAdministerUsersAndTeams(actor: Actor): boolean {
  return actor.roles.includes('functioneel-beheer');
}

export const BASIS_LABELS: Record<AccessBasis, string> = {
  'team-household': 'Huishouden toegewezen aan uw team',
  assignment: 'Persoonlijk aan u toegewezen',
  'break-glass': 'Toegang geforceerd (break the glass), wordt beoordeeld',
};
