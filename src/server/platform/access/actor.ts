import type { Role } from '../../../shared/roles';

/** The logged-in user as every policy sees them. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  teamIds: readonly string[];
}

export interface RequestContext {
  actor: Actor;
  requestId: string;
}
