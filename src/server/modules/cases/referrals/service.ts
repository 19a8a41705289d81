import type { z } from 'zod';
import { JEUGD_REFERRERS } from '../../../../shared/api/front-door';
import type { ReferralRequest, ReferralView } from '../../../../shared/api/wmo-jeugd';
import type { RequestContext } from '../../../platform/access/actor';
import { appendAudit } from '../../../platform/audit/service';
import { type FieldError, forbidden, staleVersion, unprocessable } from '../../../platform/errors';
import { auditContext, authorisedCase, type CaseDeps } from '../context';
import { refuseWhenClosed } from '../lifecycle';
import * as cases from '../repository';
import * as repo from './repository';

const REFUSED = 'U heeft geen relatie met de persoon van deze zaak.';

export function presentReferral(row: repo.ReferralRow): ReferralView {
  return {
    caseId: row.caseId,
    referrer: row.referrer,
    referrerLabel: JEUGD_REFERRERS[row.referrer as keyof typeof JEUGD_REFERRERS] ?? row.referrer,
    referrerName: row.referrerName,
    secondOpinionBy: row.secondOpinionBy,
    secondOpinionOn: row.secondOpinionOn,
    secondOpinionOutcome: row.secondOpinionOutcome,
  };
}

/** A second opinion's date and outcome mean nothing without who gave it; it cannot lie ahead. */
function secondOpinionErrors(input: z.output<typeof ReferralRequest>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if ((input.secondOpinionOn || input.secondOpinionOutcome) && !input.secondOpinionBy)
    errors.push({ field: 'secondOpinionBy', message: 'Noem wie de second opinion gaf' });
  if (input.secondOpinionOn && input.secondOpinionOn > today)
    errors.push({ field: 'secondOpinionOn', message: 'De datum van de second opinion ligt in de toekomst' });
  return errors;
}

/** Records who referred a Jeugd case and any second opinion; replaces an earlier record. */
export async function saveReferral(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof ReferralRequest>,
  expectedVersion?: number,
): Promise<ReferralView> {
  const outcome = await deps.transactor.transaction(async (tx) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.referral.write', true);
    if (refused) return undefined;
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw staleVersion(row.version);
    if (row.domain !== 'jeugd')
      throw unprocessable([
        { field: 'referrer', message: 'Een verwijzer en second opinion horen bij een Jeugd-zaak' },
      ]);
    const closed = refuseWhenClosed({
      statusCode: row.statusCode,
      closedOn: row.closedOn,
      suspendedSince: null,
      extensions: 0,
    });
    if (closed) throw unprocessable([closed], closed.message);
    const errors = secondOpinionErrors(input, deps.today());
    if (errors.length > 0) throw unprocessable(errors);
    const earlier = await repo.findReferral(tx, caseId);
    const saved = await repo.saveReferral(tx, {
      caseId,
      referrer: input.referrer,
      referrerName: input.referrerName ?? null,
      secondOpinionBy: input.secondOpinionBy ?? null,
      secondOpinionOn: input.secondOpinionOn ?? null,
      secondOpinionOutcome: input.secondOpinionOutcome ?? null,
    });
    await cases.updateCase(tx, caseId, {});
    // The referrer's kind is no secret; names and the opinion's content stay in the record.
    await cases.addEvent(tx, caseId, ctx.actor.id, 'verwijzing-vastgelegd', {
      referrer: input.referrer,
      secondOpinion: Boolean(input.secondOpinionBy),
      changed: Boolean(earlier),
    });
    await appendAudit(tx, auditContext(ctx), [
      { action: 'case.referral.write', personIds: [row.personId], resource: `cases/${caseId}/referral` },
    ]);
    return presentReferral(saved);
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

export async function getReferral(deps: CaseDeps, ctx: RequestContext, caseId: string) {
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.referral.view', false);
    if (refused) return undefined;
    const found = await repo.findReferral(tx, caseId);
    await audit([
      { action: 'case.referral.view', personIds: [row.personId], resource: `cases/${caseId}/referral` },
    ]);
    return { referral: found ? presentReferral(found) : null };
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome.referral;
}
