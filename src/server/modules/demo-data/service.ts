import { sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/password';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { loadAgeBands, loadAreaCatalog } from '../areas/catalog';
import { loadCaseTypeCatalog } from '../case-types/catalog';
import { loadTermCalendar } from '../cases/deadlines/decreed-days';
import { generateDemoCases } from './cases';
import { generateFrontDoor } from './front-door';
import { generateDemoPopulation, type Scale, uuidFrom } from './generate';
import { loadDemoCases } from './load-cases';
import { loadDemoFrontDoor } from './load-front-door';
import * as repo from './repository';
import { DEMO_LOGINS, DEMO_TEAMS } from './teams';

export { DEMO_LOGINS } from './teams';

const BATCH = 500;

export async function hasDemoData(tx: Executor): Promise<boolean> {
  return (await repo.demoUserExists(tx)) || (await repo.personCount(tx)) > 0;
}

function chunks<T>(rows: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

export interface DemoSummary {
  teams: number;
  users: number;
  persons: number;
  households: number;
  assignedHouseholds: number;
  cases: number;
  intakes: number;
  plans: number;
  networkMembers: number;
  regisseurs: number;
  appointments: number;
  jeugdReferrals: number;
}

/**
 * Loads deterministic demo data into an empty database: the region's teams, demo users (password
 * "demo"), and persons in households spread over the wijken by inhabitants. Areas must be seeded.
 */
export async function loadDemoData(
  transactor: Transactor,
  options: { seed?: number; scale?: Scale; onProgress?: (done: number, total: number) => void } = {},
): Promise<DemoSummary> {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 'small';
  if (await transactor.transaction((tx) => hasDemoData(tx))) {
    throw new Error(
      'De database bevat al personen of demo-gebruikers; demo-data wordt alleen in een lege database geladen.',
    );
  }
  const areas = loadAreaCatalog();
  const population = generateDemoPopulation(seed, scale, areas, loadAgeBands());
  const { persons } = population;
  const gemeenteOf = new Map(areas.map((area) => [area.code, area.parentCode ?? area.code]));
  const { cases: demoCases, knownHouseholdIds } = generateDemoCases(
    seed,
    scale,
    persons,
    population.households,
    gemeenteOf,
    loadCaseTypeCatalog(),
    loadTermCalendar(),
    uuidFrom,
  );
  // Households with a running benefit are known to their area team, like those generated as known.
  const households = population.households.map((household) => ({
    ...household,
    assigned: knownHouseholdIds.has(household.id),
  }));
  // One hash for every demo account: argon2 is slow on purpose, and they share the password.
  const passwordHash = await hashPassword('demo');

  const { byCode: teamIdByCode, regisseurOfTeam } = await transactor.transaction(async (tx) => {
    const created = await repo.insertTeams(
      tx,
      DEMO_TEAMS.map(({ code, name, kind, specialism }) => ({ code, name, kind, specialism })),
    );
    const byCode = new Map(created.map((team) => [team.code, team.id]));
    await repo.insertTeamAreas(
      tx,
      DEMO_TEAMS.flatMap((team) =>
        team.areaCodes.map((areaCode) => ({ teamId: byCode.get(team.code) ?? '', areaCode })),
      ),
    );
    const users = await repo.insertUsers(
      tx,
      DEMO_LOGINS.map((login) => ({
        username: login.username,
        displayName: login.displayName,
        passwordHash,
        roles: login.roles,
      })),
    );
    await repo.insertTeamMembers(
      tx,
      DEMO_LOGINS.flatMap((login) => {
        const userId = users.find((user) => user.username === login.username)?.id ?? '';
        return login.teamCodes.map((code) => ({ userId, teamId: byCode.get(code) ?? '' }));
      }),
    );
    // A team's households get its regisseur as contact person, or else one of its consultants.
    const coordinators = new Map<string, string>();
    for (const role of ['regisseur', 'consulent'] as const) {
      for (const login of DEMO_LOGINS.filter((candidate) => candidate.roles.includes(role))) {
        const userId = users.find((user) => user.username === login.username)?.id;
        for (const code of login.teamCodes) {
          const teamId = byCode.get(code);
          if (userId && teamId && !coordinators.has(teamId)) coordinators.set(teamId, userId);
        }
      }
    }
    return { byCode, regisseurOfTeam: coordinators };
  });

  const teamOfArea = new Map<string, string>();
  for (const team of DEMO_TEAMS) {
    for (const areaCode of team.areaCodes) {
      const id = teamIdByCode.get(team.code);
      if (id && !teamOfArea.has(areaCode)) teamOfArea.set(areaCode, id);
    }
  }

  const frontDoorData = generateFrontDoor(seed, persons, households, demoCases, uuidFrom);
  // Progress counts every row group the load writes: persons, households, cases and meldingen.
  const total = persons.length + households.length + demoCases.length + frontDoorData.intakes.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  // Short transactions per batch keep PGlite responsive; the whole load is refused above if data exists.
  for (const batch of chunks(persons)) {
    await transactor.transaction((tx) => repo.insertPersons(tx, batch));
    advance(batch.length);
  }
  for (const batch of chunks(households)) {
    await transactor.transaction(async (tx) => {
      await repo.insertHouseholds(
        tx,
        batch.map((household) => ({
          id: household.id,
          name: household.name,
          teamId: household.assigned ? (teamOfArea.get(household.areaCode) ?? null) : null,
        })),
      );
      await repo.insertHouseholdMembers(
        tx,
        batch.flatMap((household) =>
          household.members.map((member) => ({ householdId: household.id, ...member })),
        ),
      );
    });
    advance(batch.length);
  }
  const caseCount = await loadDemoCases(transactor, {
    cases: demoCases,
    areas,
    teamIdByCode,
    onBatch: advance,
  });
  const teamName = new Map(DEMO_TEAMS.map((team) => [teamIdByCode.get(team.code) ?? '', team.name]));
  const frontDoor = await loadDemoFrontDoor(transactor, {
    frontDoor: frontDoorData,
    persons,
    households,
    cases: demoCases,
    areas,
    teamOfArea: new Map([...teamOfArea].map(([area, id]) => [area, { id, name: teamName.get(id) ?? '' }])),
    regisseurOfTeam,
    onBatch: advance,
  });
  // Fresh statistics after a bulk load, so the planner picks the indexes from the first query on.
  await transactor.transaction((tx) => tx.execute(sql`analyze`));
  return {
    teams: DEMO_TEAMS.length,
    users: DEMO_LOGINS.length,
    persons: persons.length,
    households: households.length,
    assignedHouseholds: households.filter((household) => household.assigned).length,
    cases: caseCount,
    ...frontDoor,
  };
}
