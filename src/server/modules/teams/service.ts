import type { z } from 'zod';
import type { CreateTeamRequest, TeamView } from '../../../shared/api/admin';
import type { RequestContext } from '../../platform/access/actor';
import { canAdministerUsersAndTeams } from '../../platform/access/policy';
import type { Transactor } from '../../platform/db/transactor';
import { forbidden, unprocessable } from '../../platform/errors';
import * as repo from './repository';

const present = (team: Awaited<ReturnType<typeof repo.listTeams>>[number]): TeamView => ({
  id: team.id,
  code: team.code,
  name: team.name,
  kind: team.kind,
  specialism: team.specialism,
  areaCodes: team.areaCodes,
  memberCount: team.memberCount,
  version: team.version,
});

/** Team names and areas are not person data; every logged-in user may see them (routing, work queues). */
export async function listTeams(transactor: Transactor): Promise<TeamView[]> {
  return (await transactor.transaction((tx) => repo.listTeams(tx))).map(present);
}

export async function createTeam(
  transactor: Transactor,
  ctx: RequestContext,
  input: z.output<typeof CreateTeamRequest>,
): Promise<TeamView> {
  if (!canAdministerUsersAndTeams(ctx.actor)) throw forbidden('Alleen functioneel beheer beheert teams.');
  return transactor.transaction(async (tx) => {
    if (await repo.findTeamByCode(tx, input.code)) {
      throw unprocessable([{ field: 'code', message: 'Deze teamcode bestaat al' }]);
    }
    const known = await repo.existingAreaCodes(tx, input.areaCodes);
    const unknown = input.areaCodes.filter((code) => !known.includes(code));
    if (unknown.length > 0)
      throw unprocessable([{ field: 'areaCodes', message: `Onbekende gebieden: ${unknown.join(', ')}` }]);
    const team = await repo.insertTeam(
      tx,
      { code: input.code, name: input.name, kind: input.kind, specialism: input.specialism ?? null },
      input.areaCodes,
    );
    return present({ ...team, areaCodes: input.areaCodes, memberCount: 0 });
  });
}

/** A team's members, for assigning work: visible to the team itself and to functioneel beheer. */
export async function listTeamMembers(transactor: Transactor, ctx: RequestContext, teamId: string) {
  if (!ctx.actor.teamIds.includes(teamId) && !canAdministerUsersAndTeams(ctx.actor)) {
    throw forbidden('U bent geen lid van dit team.');
  }
  return transactor.transaction((tx) => repo.membersOfTeam(tx, teamId));
}
