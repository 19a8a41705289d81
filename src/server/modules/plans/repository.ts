import { and, desc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PlanContent } from '../../../shared/api/plans';
import {
  householdEvents,
  householdMembers,
  householdPlans,
  households,
  users,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export type PlanRow = typeof householdPlans.$inferSelect & { createdByName: string | null };

const planColumns = {
  id: householdPlans.id,
  householdId: householdPlans.householdId,
  version: householdPlans.version,
  content: householdPlans.content,
  agreedOn: householdPlans.agreedOn,
  agreementMethod: householdPlans.agreementMethod,
  nextReviewOn: householdPlans.nextReviewOn,
  createdBy: householdPlans.createdBy,
  createdAt: householdPlans.createdAt,
  createdByName: users.displayName,
};

/** Locks the household row, so that two writers of the next version take turns. */
export async function lockHousehold(tx: Executor, householdId: string): Promise<void> {
  await tx.select({ id: households.id }).from(households).where(eq(households.id, householdId)).for('update');
}

/** The newest version, or a given one. */
export async function findPlan(
  tx: Executor,
  householdId: string,
  version?: number,
): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select(planColumns)
    .from(householdPlans)
    .leftJoin(users, eq(users.id, householdPlans.createdBy))
    .where(
      version === undefined
        ? eq(householdPlans.householdId, householdId)
        : and(eq(householdPlans.householdId, householdId), eq(householdPlans.version, version)),
    )
    .orderBy(desc(householdPlans.version))
    .limit(1);
  return row;
}

export async function latestVersionNumber(tx: Executor, householdId: string): Promise<number> {
  const [row] = await tx
    .select({ latest: sql<number | null>`max(${householdPlans.version})` })
    .from(householdPlans)
    .where(eq(householdPlans.householdId, householdId));
  return Number(row?.latest ?? 0);
}

/** Every version, newest first: number, when, by whom. */
export async function versionsOf(tx: Executor, householdId: string) {
  return tx
    .select({
      version: householdPlans.version,
      createdAt: householdPlans.createdAt,
      createdByName: users.displayName,
    })
    .from(householdPlans)
    .leftJoin(users, eq(users.id, householdPlans.createdBy))
    .where(eq(householdPlans.householdId, householdId))
    .orderBy(desc(householdPlans.version));
}

export async function insertPlan(
  tx: Executor,
  row: {
    householdId: string;
    version: number;
    content: PlanContent;
    agreedOn: string | null;
    agreementMethod: string | null;
    nextReviewOn: string | null;
    createdBy: string;
  },
): Promise<void> {
  await tx.insert(householdPlans).values(row);
}

/** The household timeline's record that a version was written. */
export async function addPlanEvent(tx: Executor, householdId: string, actorId: string, version: number) {
  await tx.insert(householdEvents).values({
    householdId,
    actorId,
    kind: 'plan-vastgesteld',
    details: { version },
  });
}

/**
 * The person's current households, each with the consideration kinds of its newest plan (null when
 * it has none) — the facts of the rule before a tailored provision.
 */
export async function considerationsOfPersonHouseholds(
  tx: Executor,
  personId: string,
  today: string,
): Promise<{ householdId: string; considerationKinds: string[] | null }[]> {
  const rows = await tx
    .select({
      householdId: householdMembers.householdId,
      // Written out in full: Drizzle leaves a column unqualified here, which would match p itself.
      latestContent: sql<unknown>`(
        select p.content from household_plans p
        where p.household_id = household_members.household_id
        order by p.version desc limit 1)`,
    })
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.personId, personId),
        or(isNull(householdMembers.validUntil), gte(householdMembers.validUntil, today)),
      ),
    );
  const byHousehold = new Map<string, string[] | null>();
  for (const row of rows) {
    if (row.latestContent === null) {
      byHousehold.set(row.householdId, null);
      continue;
    }
    const parsed = StoredConsiderations.safeParse(row.latestContent);
    byHousehold.set(row.householdId, parsed.success ? parsed.data.considerations.map((c) => c.kind) : []);
  }
  return [...byHousehold].map(([householdId, considerationKinds]) => ({ householdId, considerationKinds }));
}

/** Only the kinds are needed; the content was validated when it was written. */
const StoredConsiderations = z.object({ considerations: z.array(z.object({ kind: z.string() })) });
