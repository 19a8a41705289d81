import { createHash, randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';
import { verifyPassword } from '../../platform/auth/password';
import type { Transactor } from '../../platform/db/transactor';
import { AppError } from '../../platform/errors';
import { lockoutAfterFailure } from './lockout';
import * as repo from './repository';

// A valid argon2id hash of a random password: verifying against it costs as much as a real
// check, so an unknown username cannot be told apart by timing.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$F3sFOgS5c6Booeer/a04qw$FxbPoU86MuPdABXXB7jezgqWf+gOWaedHWQJ+rtdKoI';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionView {
  actor: Actor;
  csrfToken: string;
  teams: { id: string; code: string; name: string }[];
}

const asRoles = (roles: string[]): Role[] =>
  roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));

export async function login(
  transactor: Transactor,
  input: { username: string; password: string },
  sessionHours: number,
  now = new Date(),
): Promise<SessionView & { token: string; expiresAt: Date }> {
  const user = await transactor.transaction((tx) => repo.findUserByUsername(tx, input.username));
  if (!user?.active) {
    await verifyPassword(DUMMY_HASH, input.password);
    throw new AppError('unauthenticated', 'Gebruikersnaam of wachtwoord klopt niet.');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const seconds = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new AppError(
      'too_many_requests',
      `Te veel mislukte pogingen. Probeer het over ${Math.ceil(seconds / 60)} minuut/minuten opnieuw.`,
      { retryAfterSeconds: seconds },
    );
  }
  // Verify outside the transaction: argon2 takes tens of milliseconds and PGlite serialises transactions.
  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid) {
    await transactor.transaction((tx) =>
      repo.recordFailedLogin(tx, user.id, lockoutAfterFailure(user.failedLogins, now)),
    );
    throw new AppError('unauthenticated', 'Gebruikersnaam of wachtwoord klopt niet.');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  const teams = await transactor.transaction(async (tx) => {
    await repo.resetFailedLogins(tx, user.id);
    await repo.insertSession(tx, { tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
    await repo.deleteExpiredSessions(tx, now);
    return repo.teamsOfUser(tx, user.id);
  });
  return {
    token,
    expiresAt,
    csrfToken,
    teams,
    actor: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: asRoles(user.roles),
      teamIds: teams.map((team) => team.id),
    },
  };
}

export async function resolveSession(
  transactor: Transactor,
  token: string,
  now = new Date(),
): Promise<SessionView | undefined> {
  return transactor.readOnce(async (tx) => {
    const session = await repo.findLiveSession(tx, hashToken(token), now);
    if (!session?.active) return undefined;
    const teams = await repo.teamsOfUser(tx, session.userId);
    return {
      csrfToken: session.csrfToken,
      teams,
      actor: {
        id: session.userId,
        username: session.username,
        displayName: session.displayName,
        roles: asRoles(session.roles),
        teamIds: teams.map((team) => team.id),
      },
    };
  });
}

export async function logout(transactor: Transactor, token: string): Promise<void> {
  await transactor.transaction((tx) => repo.deleteSession(tx, hashToken(token)));
}
