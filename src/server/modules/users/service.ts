import type { z } from 'zod';
import type { CreateUserRequest, UpdateUserRequest, UserView } from '../../../shared/api/admin';
import { ROLES, type Role } from '../../../shared/roles';
import type { RequestContext } from '../../platform/access/actor';
import { canAdministerUsersAndTeams } from '../../platform/access/policy';
import { type AuditContext, appendAudit } from '../../platform/audit/service';
import { hashPassword } from '../../platform/auth/password';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { type FieldError, forbidden, notFound, staleVersion, unprocessable } from '../../platform/errors';
import { auditContext } from '../cases/context';
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
  gemeenteCode: user.gemeenteCode,
  version: user.version,
});

function assertAdmin(ctx: RequestContext) {
  if (!canAdministerUsersAndTeams(ctx.actor))
    throw forbidden('Alleen functioneel beheer beheert gebruikers.');
}

/** The teams and the gemeente a user is linked to must exist; all refusals are reported at once. */
async function assertReferencesExist(
  tx: Executor,
  refs: { teamIds?: string[] | undefined; gemeenteCode?: string | null | undefined },
) {
  const errors: FieldError[] = [];
  if (refs.teamIds && refs.teamIds.length > 0) {
    const known = await existingTeamIds(tx, refs.teamIds);
    const unknown = refs.teamIds.filter((id) => !known.includes(id));
    if (unknown.length > 0)
      errors.push({ field: 'teamIds', message: `Onbekende teams: ${unknown.join(', ')}` });
  }
  if (refs.gemeenteCode && !(await repo.isKnownGemeente(tx, refs.gemeenteCode))) {
    errors.push({
      field: 'gemeenteCode',
      message: `Gemeente ${refs.gemeenteCode} staat niet in de gebiedenlijst; kies een gemeente uit de lijst`,
    });
  }
  if (errors.length > 0) throw unprocessable(errors);
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

/** Who the audit trail names for a user added on the command line (`samenhang users add`). */
export const CLI_AUDIT: AuditContext = {
  actor: { id: null, username: 'samenhang users add' },
  requestId: null,
};

/** Creates a user; shared by the admin API and the `users add` CLI command. */
export async function addUser(
  transactor: Transactor,
  input: z.output<typeof CreateUserRequest>,
  audit: AuditContext,
): Promise<UserView> {
  // Hash before the transaction: argon2 is slow by design and PGlite serialises transactions.
  const passwordHash = await hashPassword(input.password);
  return transactor.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, input.username)) {
      throw unprocessable([{ field: 'username', message: 'Deze gebruikersnaam bestaat al' }]);
    }
    await assertReferencesExist(tx, input);
    const user = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
      gemeenteCode: input.gemeenteCode,
    });
    await repo.replaceMemberships(tx, user.id, input.teamIds);
    await appendAudit(tx, audit, [{ action: 'user.create', personIds: [], resource: `users/${user.id}` }]);
    return userView(tx, user.id);
  });
}

export async function createUser(
  transactor: Transactor,
  ctx: RequestContext,
  input: z.output<typeof CreateUserRequest>,
) {
  assertAdmin(ctx);
  return addUser(transactor, input, auditContext(ctx));
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
    await assertReferencesExist(tx, input);
    const updated = await repo.updateUserAtVersion(tx, id, version, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.roles !== undefined ? { roles: input.roles } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      ...(input.gemeenteCode !== undefined ? { gemeenteCode: input.gemeenteCode } : {}),
    });
    if (!updated) throw staleVersion(current.version + 1);
    if (input.teamIds) await repo.replaceMemberships(tx, id, input.teamIds);
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'user.update',
        personIds: [],
        resource: `users/${id}`,
        purpose: `velden: ${Object.keys(input).sort().join(', ')}`,
      },
    ]);
    return userView(tx, id);
  });
}
