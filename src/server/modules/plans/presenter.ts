import type { PlanContent, PlanView } from '../../../shared/api/plans';
import type { PlanRow } from './repository';

/** The JSON the client sees of one version, with the list of all versions. */
export function presentPlan(
  household: { id: string; name: string },
  plan: PlanRow,
  versions: readonly { version: number; createdAt: Date; createdByName: string | null }[],
): PlanView {
  return {
    householdId: household.id,
    householdName: household.name,
    version: plan.version,
    latestVersion: versions[0]?.version ?? plan.version,
    // Validated against PlanContent when it was written; a version is never changed afterwards.
    content: plan.content as PlanContent,
    agreedOn: plan.agreedOn,
    agreementMethod: plan.agreementMethod,
    nextReviewOn: plan.nextReviewOn,
    createdAt: plan.createdAt.toISOString(),
    createdBy: plan.createdByName,
    versions: versions.map((item) => ({
      version: item.version,
      createdAt: item.createdAt.toISOString(),
      createdBy: item.createdByName,
    })),
  };
}
