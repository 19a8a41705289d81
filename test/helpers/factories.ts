import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/server/platform/auth/password';
import {
  areas,
  householdMembers,
  households,
  persons,
  teamAreas,
  teamMembers,
  teams,
  users,
} from '../../src/server/platform/db/schema';
import type { Transactor } from '../../src/server/platform/db/transactor';
import { testBsnFromNumber } from '../../src/shared/bsn';
import { searchNameOf, sortKeyOf } from '../../src/shared/person-name';
import type { Role } from '../../src/shared/roles';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let counter = 0;
const next = () => ++counter;

/** Builders in the style of buildUser(overrides): sensible defaults, each field overridable. */
export function factories(transactor: Transactor) {
  return {
    async area(overrides: Partial<typeof areas.$inferInsert> = {}) {
      const code = overrides.code ?? `WK9${String(next()).padStart(5, '0')}`;
      await transactor.transaction((tx) =>
        tx
          .insert(areas)
          .values({ code, level: 'wijk', name: `Wijk ${code}`, inhabitants: 1000, ...overrides })
          .onConflictDoNothing(),
      );
      return code;
    },

    async team(overrides: Partial<typeof teams.$inferInsert> & { areaCodes?: string[] } = {}) {
      const n = next();
      const { areaCodes = [], ...fields } = overrides;
      return transactor.transaction(async (tx) => {
        const [team] = await tx
          .insert(teams)
          .values({ code: `T${n}`, name: `Team ${n}`, kind: 'gebiedsteam', ...fields })
          .returning();
        if (!team) throw new Error('no team');
        if (areaCodes.length)
          await tx.insert(teamAreas).values(areaCodes.map((areaCode) => ({ teamId: team.id, areaCode })));
        return team;
      });
    },

    async user(
      overrides: { username?: string; displayName?: string; roles?: Role[]; teamIds?: string[] } = {},
    ) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const hash = await passwordHash;
      const n = next();
      return transactor.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({
            username: overrides.username ?? `user${n}`,
            displayName: overrides.displayName ?? `Gebruiker ${n}`,
            passwordHash: hash,
            roles: overrides.roles ?? ['consulent'],
          })
          .returning();
        if (!user) throw new Error('no user');
        if (overrides.teamIds?.length) {
          await tx
            .insert(teamMembers)
            .values(overrides.teamIds.map((teamId) => ({ teamId, userId: user.id })));
        }
        return user;
      });
    },

    async person(overrides: Partial<typeof persons.$inferInsert> = {}) {
      const n = next();
      const names = {
        givenNames: overrides.givenNames ?? 'Maria',
        prefix: overrides.prefix ?? null,
        familyName: overrides.familyName ?? `Persoon${n}`,
      };
      return transactor.transaction(async (tx) => {
        const [person] = await tx
          .insert(persons)
          .values({
            bsn: testBsnFromNumber(5_000_000 + n * 13),
            birthDate: '1980-05-17',
            postcode: '6211 AB',
            houseNumber: n,
            street: 'Markt',
            place: 'Maastricht',
            ...overrides,
            ...names,
            searchName: searchNameOf(names),
            sortName: sortKeyOf(names),
          })
          .returning();
        if (!person) throw new Error('no person');
        return person;
      });
    },

    async household(memberIds: string[], overrides: { teamId?: string | null; name?: string } = {}) {
      return transactor.transaction(async (tx) => {
        const [household] = await tx
          .insert(households)
          .values({
            id: randomUUID(),
            name: overrides.name ?? 'Huishouden',
            teamId: overrides.teamId ?? null,
          })
          .returning();
        if (!household) throw new Error('no household');
        await tx.insert(householdMembers).values(
          memberIds.map((personId, index) => ({
            householdId: household.id,
            personId,
            relation: index === 0 ? ('ouder' as const) : ('kind' as const),
            validFrom: '2020-01-01',
          })),
        );
        return household;
      });
    },
  };
}
