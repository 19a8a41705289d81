import { asc, eq } from 'drizzle-orm';
import { householdMembers, households, persons, teams } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export async function findHousehold(tx: Executor, id: string) {
  const [row] = await tx
    .select({
      id: households.id,
      name: households.name,
      version: households.version,
      teamId: teams.id,
      teamCode: teams.code,
      teamName: teams.name,
    })
    .from(households)
    .leftJoin(teams, eq(teams.id, households.teamId))
    .where(eq(households.id, id))
    .limit(1);
  return row;
}

export async function membersOf(tx: Executor, householdId: string) {
  return tx
    .select({
      personId: persons.id,
      givenNames: persons.givenNames,
      prefix: persons.prefix,
      familyName: persons.familyName,
      birthDate: persons.birthDate,
      relation: householdMembers.relation,
      validFrom: householdMembers.validFrom,
      validUntil: householdMembers.validUntil,
    })
    .from(householdMembers)
    .innerJoin(persons, eq(persons.id, householdMembers.personId))
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(asc(persons.birthDate));
}
