import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { DecisionRequest, DecisionView } from '../../../shared/api/cases';
import type { RequestContext } from '../../platform/access/actor';
import { appendAudit } from '../../platform/audit/service';
import { decisions, provisions } from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';
import { forbidden, unprocessable } from '../../platform/errors';
import { tailoredProvisionPlanError } from '../plans/service';
import { auditContext, authorisedCase, type CaseDeps, caseTypeOf } from './context';
import { refuseWhenClosed } from './lifecycle';
import * as repo from './repository';

type Input = z.output<typeof DecisionRequest>;

/** Checks a decision against its case type and the case's earlier decisions; returns refusals. */
async function refusals(tx: Executor, deps: CaseDeps, row: repo.CaseRow, input: Input) {
  const caseType = caseTypeOf(deps, row);
  const decisionType = caseType.decisionTypes.find((type) => type.code === input.decisionTypeCode);
  if (!decisionType)
    return [{ field: 'decisionTypeCode', message: 'Dit besluittype hoort niet bij het zaaktype' }];
  const errors: { field: string; message: string }[] = [];
  input.provisions.forEach((provision, index) => {
    if (!decisionType.provisionTypes.includes(provision.provisionTypeCode)) {
      errors.push({
        field: `provisions.${index}.provisionTypeCode`,
        message: 'Deze voorziening kent dit besluittype niet',
      });
    }
    if (provision.end && provision.end < provision.start) {
      errors.push({ field: `provisions.${index}.end`, message: 'Het einde ligt vóór het begin' });
    }
  });
  // 1 Gezin 1 Plan: no Wmo or Jeugd maatwerk before general provisions and the network were weighed.
  const planError = await tailoredProvisionPlanError(
    tx,
    row.personId,
    { domain: row.domain, outcome: input.outcome, provisionCount: input.provisions.length },
    deps.today(),
  );
  if (planError) errors.push(planError);
  if (input.effectiveUntil && input.effectiveUntil < input.effectiveFrom) {
    errors.push({ field: 'effectiveUntil', message: 'Het einde ligt vóór de ingangsdatum' });
  }
  // A decision is changed or withdrawn only by a new one that names it.
  if (input.kind !== 'besluit') {
    if (!input.replacesDecisionId)
      errors.push({ field: 'replacesDecisionId', message: 'Noem het besluit dat u wijzigt of intrekt' });
    else {
      const [earlier] = await tx
        .select({ id: decisions.id })
        .from(decisions)
        .where(and(eq(decisions.id, input.replacesDecisionId), eq(decisions.caseId, row.id)));
      if (!earlier)
        errors.push({ field: 'replacesDecisionId', message: 'Dat besluit hoort niet bij deze zaak' });
    }
  }
  if (input.endProvisions.length > 0) {
    const owned = await tx
      .select({ id: provisions.id })
      .from(provisions)
      .where(
        and(
          inArray(
            provisions.id,
            input.endProvisions.map((item) => item.provisionId),
          ),
          eq(provisions.personId, row.personId),
        ),
      );
    if (owned.length !== new Set(input.endProvisions.map((item) => item.provisionId)).size) {
      errors.push({
        field: 'endProvisions',
        message: 'Een voorziening om te beëindigen hoort niet bij deze persoon',
      });
    }
  }
  return errors;
}

export async function decisionsOf(tx: Executor, caseId: string): Promise<z.output<typeof DecisionView>[]> {
  const rows = await tx
    .select()
    .from(decisions)
    .where(eq(decisions.caseId, caseId))
    .orderBy(asc(decisions.createdAt));
  const granted = rows.length
    ? await tx
        .select()
        .from(provisions)
        .where(
          inArray(
            provisions.decisionId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(provisions.startDate))
    : [];
  return rows.map((row) => ({
    id: row.id,
    decisionTypeCode: row.decisionTypeCode,
    kind: row.kind,
    decidedOn: row.decidedOn,
    effectiveFrom: row.effectiveFrom,
    effectiveUntil: row.effectiveUntil,
    outcome: row.outcome,
    replacesDecisionId: row.replacesDecisionId,
    provisions: granted
      .filter((provision) => provision.decisionId === row.id)
      .map((provision) => ({
        id: provision.id,
        provisionTypeCode: provision.provisionTypeCode,
        start: provision.startDate,
        end: provision.endDate,
        volume: provision.volume,
        volumeUnit: provision.volumeUnit,
        amountEuro: provision.amountCents === null ? null : provision.amountCents / 100,
        payingGemeenteCode: provision.payingGemeenteCode,
        endReason: provision.endReason,
      })),
  }));
}

/** Records a decision with the provisions it grants and ends, in one transaction. */
export async function recordDecision(deps: CaseDeps, ctx: RequestContext, caseId: string, input: Input) {
  const outcome = await deps.transactor.transaction(async (tx) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.decide', true);
    if (refused) return undefined;
    const closed = refuseWhenClosed({
      statusCode: row.statusCode,
      closedOn: row.closedOn,
      suspendedSince: row.suspendedSince,
      extensions: 0,
    });
    if (closed) throw unprocessable([closed], closed.message);
    const errors = await refusals(tx, deps, row, input);
    // The plan rule's reason is the detail too: the decision form has no field to mark for it.
    if (errors.length > 0)
      throw unprocessable(errors, errors.find((error) => error.field === 'provisions')?.message);
    const [decision] = await tx
      .insert(decisions)
      .values({
        caseId,
        decisionTypeCode: input.decisionTypeCode,
        kind: input.kind,
        decidedOn: input.decidedOn,
        effectiveFrom: input.effectiveFrom,
        effectiveUntil: input.effectiveUntil ?? null,
        outcome: input.outcome,
        replacesDecisionId: input.replacesDecisionId ?? null,
        createdBy: ctx.actor.id,
      })
      .returning();
    if (!decision) throw new Error('insert returned no row');
    if (input.provisions.length > 0) {
      await tx.insert(provisions).values(
        input.provisions.map((provision) => ({
          decisionId: decision.id,
          caseId,
          personId: row.personId,
          domain: row.domain,
          provisionTypeCode: provision.provisionTypeCode,
          startDate: provision.start,
          endDate: provision.end ?? null,
          volume: provision.volume ?? null,
          volumeUnit: provision.volumeUnit ?? null,
          amountCents: provision.amountEuro === undefined ? null : Math.round(provision.amountEuro * 100),
          payingGemeenteCode: row.gemeenteCode,
        })),
      );
    }
    for (const ending of input.endProvisions) {
      await tx
        .update(provisions)
        .set({ endDate: ending.endDate, endReason: ending.endReason, endedByDecisionId: decision.id })
        .where(eq(provisions.id, ending.provisionId));
    }
    await repo.updateCase(tx, caseId, {});
    await repo.addEvent(tx, caseId, ctx.actor.id, 'besluit', {
      decisionType: input.decisionTypeCode,
      kind: input.kind,
      outcome: input.outcome,
      provisions: input.provisions.length,
      ended: input.endProvisions.length,
    });
    await appendAudit(tx, auditContext(ctx), [
      { action: 'case.decide', personIds: [row.personId], resource: `cases/${caseId}/decisions` },
    ]);
    return decisionsOf(tx, caseId);
  });
  if (!outcome) throw forbidden('U heeft geen relatie met de persoon van deze zaak.');
  return outcome;
}

export async function listDecisions(deps: CaseDeps, ctx: RequestContext, caseId: string) {
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.view', false);
    if (refused) return undefined;
    const list = await decisionsOf(tx, caseId);
    await audit([{ action: 'case.view', personIds: [row.personId], resource: `cases/${caseId}/decisions` }]);
    return list;
  });
  if (!outcome) throw forbidden('U heeft geen relatie met de persoon van deze zaak.');
  return outcome;
}
