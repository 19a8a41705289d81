import { eq } from 'drizzle-orm';
import { caseReferrals } from '../../../platform/db/schema';
import type { Executor } from '../../../platform/db/transactor';

export type ReferralRow = typeof caseReferrals.$inferSelect;

export async function findReferral(tx: Executor, caseId: string): Promise<ReferralRow | undefined> {
  const [row] = await tx.select().from(caseReferrals).where(eq(caseReferrals.caseId, caseId)).limit(1);
  return row;
}

/** One referral per case: a second write replaces the first (the timeline keeps that it changed). */
export async function saveReferral(tx: Executor, row: ReferralRow): Promise<ReferralRow> {
  const { caseId, ...fields } = row;
  const [saved] = await tx
    .insert(caseReferrals)
    .values(row)
    .onConflictDoUpdate({ target: caseReferrals.caseId, set: fields })
    .returning();
  if (!saved) throw new Error('upsert returned no row');
  return saved;
}
