import type { z } from 'zod';
import type { CreateUserRequest, UpdateUserRequest, UserView } from '../../../shared/api/admin';
import { ROLES, type Role } from '../../../shared/roles';
import type { RequestContext } from '../../platform/access/actor';
import { canAdministerUsersAndTeams } from '../../platform/access/policy';
import { hashPassword } from '../../platform/auth/password';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { forbidden, notFound, staleVersion, unprocessable } from '../../platform/errors';
import { existingTeamIds } from '../teams/repository';
import * as repo from './repository';

type UserWithTeams = Awaited<ReturnType<typeof repo.listUsers>>[number];

const present = (user: UserWithTeams): UserView => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
  teams: user.teams,
  active: user.active === 1,
  version: user.version,
});

function assertAdmin(ctx: RequestContext) {
  if (!canAdministerUsersAndTeams(ctx.actor))
    throw forbidden('Alleen functioneel beheer beheert gebruikers.');
}

async function assertTeamsExist(tx: Executor, teamIds: string[]) {
  const known = await existingTeamIds(tx, teamIds);
  const unknown = teamIds.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    throw unprocessable([{ field: 'teamIds', message: `Onbekende teams: ${unknown.join(', ')}` }]);
}

async function userView(tx: Executor, id: string): Promise<UserView> {
  const user = (await repo.listUsers(tx)).find((candidate) => candidate.id === id);
  if (!user) throw notFound('Deze gebruiker');
  return present(user);
}

export async function listUsers(transactor: Transactor, ctx: RequestContext): Promise<UserView[]> {
  assertAdmin(ctx);
  return (await transactor.transaction((tx) => repo.listUsers(tx))).map(present);
}

/** Creates a user; shared by the admin API and the `users add` CLI command. */
export async function addUser(
  transactor: Transactor,
  input: z.output<typeof CreateUserRequest>,
): Promise<UserView> {
  // Hash before the transaction: argon2 is slow by design and PGlite serialises transactions.
  const passwordHash = await hashPassword(input.password);
  return transactor.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, input.username)) {
      throw unprocessable([{ field: 'username', message: 'Deze gebruikersnaam bestaat al' }]);
    }
    await assertTeamsExist(tx, input.teamIds);
    const user = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
    });
    await repo.replaceMemberships(tx, user.id, input.teamIds);
    return userView(tx, user.id);
  });
}

export async function createUser(
  transactor: Transactor,
  ctx: RequestContext,
  input: z.output<typeof CreateUserRequest>,
) {
  assertAdmin(ctx);
  return addUser(transactor, input);
}

export async function updateUser(
  transactor: Transactor,
  ctx: RequestContext,
  id: string,
  version: number,
  input: z.output<typeof UpdateUserRequest>,
): Promise<UserView> {
  assertAdmin(ctx);
  return transactor.transaction(async (tx) => {
    const current = await repo.findUser(tx, id);
    if (!current) throw notFound('Deze gebruiker');
    if (current.version !== version) throw staleVersion(current.version);
    if (input.teamIds) await assertTeamsExist(tx, input.teamIds);
    const updated = await repo.updateUserAtVersion(tx, id, version, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.roles !== undefined ? { roles: input.roles } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    });
    if (!updated) throw staleVersion(current.version + 1);
    if (input.teamIds) await repo.replaceMemberships(tx, id, input.teamIds);
    return userView(tx, id);
  });
}
