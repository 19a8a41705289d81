import type { PlanView, PlanWriteRequest } from '../../../shared/api/plans';
import type { RequestContext } from '../../platform/access/actor';
import type { PersonRelationFacts } from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import { type AuditContext, appendAudit, type ReadDeps } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { AppError, type FieldError, forbidden, notFound, unprocessable } from '../../platform/errors';
import { findHousehold, membersOf } from '../households/repository';
import { renderPlanPdf } from './pdf';
import { mayWorkOnHouseholdPlan } from './policy';
import { presentPlan } from './presenter';
import * as repo from './repository';
import {
  type DecisionFacts,
  grantsTailoredProvision,
  planWriteErrors,
  TAILORED_PROVISION_MESSAGES,
  tailoredProvisionRefusal,
} from './rules';

const auditContext = (ctx: RequestContext): AuditContext => ({
  actor: { id: ctx.actor.id, username: ctx.actor.username },
  requestId: ctx.requestId,
});

const refusedMessage = 'U heeft geen relatie met dit huishouden.';

/** The household, its members' ids (for the audit) and whether the actor may work on its plan. */
async function openHousehold(tx: Executor, ctx: RequestContext, householdId: string, now: Date) {
  const household = await findHousehold(tx, householdId);
  if (!household) return undefined;
  const personIds = (await membersOf(tx, householdId)).map((member) => member.personId);
  let allowed = mayWorkOnHouseholdPlan(ctx.actor, household, [], now);
  // Relation facts per member only when the team alone does not decide it.
  if (!allowed) {
    const facts: PersonRelationFacts[] = [];
    for (const personId of personIds) facts.push(await findRelationFacts(tx, ctx.actor.id, personId, now));
    allowed = mayWorkOnHouseholdPlan(ctx.actor, household, facts, now);
  }
  return { household, personIds, allowed };
}

type ReadAction = 'household.plan.view' | 'household.plan.pdf';

/** Reads the newest or a given version; every read, allowed or refused, is audited for all members. */
async function readPlan(
  { transactor, readAudit }: ReadDeps,
  ctx: RequestContext,
  householdId: string,
  version: number | undefined,
  action: ReadAction,
): Promise<PlanView> {
  const outcome = await transactor.transaction(async (tx) => {
    const opened = await openHousehold(tx, ctx, householdId, new Date());
    if (!opened) return { kind: 'missing' } as const;
    const { household, personIds, allowed } = opened;
    if (!allowed) return { kind: 'refused', personIds } as const;
    const plan = await repo.findPlan(tx, householdId, version);
    if (!plan) return { kind: 'no-plan', personIds } as const;
    const view = presentPlan(household, plan, await repo.versionsOf(tx, householdId));
    return { kind: 'ok', personIds, view } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  await readAudit.record(auditContext(ctx), [
    {
      action,
      outcome: outcome.kind === 'refused' ? 'denied' : 'allowed',
      personIds: outcome.personIds,
      resource: `households/${householdId}/plan${version === undefined ? '' : `/versions/${version}`}`,
    },
  ]);
  if (outcome.kind === 'refused') throw forbidden(refusedMessage);
  if (outcome.kind === 'no-plan') {
    throw new AppError(
      'not_found',
      version === undefined
        ? 'Dit huishouden heeft nog geen plan.'
        : `Versie ${version} van het plan van dit huishouden bestaat niet.`,
    );
  }
  return outcome.view;
}

export const getPlan = (deps: ReadDeps, ctx: RequestContext, householdId: string) =>
  readPlan(deps, ctx, householdId, undefined, 'household.plan.view');

export const getPlanVersion = (deps: ReadDeps, ctx: RequestContext, householdId: string, version: number) =>
  readPlan(deps, ctx, householdId, version, 'household.plan.view');

/** The plan printed for the household; the newest version unless one is named. */
export async function getPlanPdf(
  deps: ReadDeps,
  ctx: RequestContext,
  householdId: string,
  version: number | undefined,
  now = new Date(),
) {
  const view = await readPlan(deps, ctx, householdId, version, 'household.plan.pdf');
  return { view, pdf: await renderPlanPdf(view, now) };
}

/**
 * Writes the next version in one transaction. The writer names the version they started from; if
 * someone wrote a version meanwhile, nothing is written and the client is told to reload.
 */
export async function writePlan(
  { transactor }: ReadDeps,
  ctx: RequestContext,
  householdId: string,
  request: PlanWriteRequest,
): Promise<PlanView> {
  const outcome = await transactor.transaction(async (tx) => {
    const opened = await openHousehold(tx, ctx, householdId, new Date());
    if (!opened) return undefined;
    const { household, personIds, allowed } = opened;
    const resource = `households/${householdId}/plan`;
    if (!allowed) {
      await appendAudit(tx, auditContext(ctx), [
        { action: 'household.plan.write', outcome: 'denied', personIds, resource },
      ]);
      return { refused: true } as const;
    }
    const errors = planWriteErrors(request);
    if (errors.length > 0) throw unprocessable(errors);
    await repo.lockHousehold(tx, householdId);
    const latest = await repo.latestVersionNumber(tx, householdId);
    if (request.basedOnVersion !== latest) {
      throw new AppError(
        'conflict',
        latest === 0
          ? 'Dit huishouden heeft nog geen plan. Laad de pagina opnieuw.'
          : `Iemand anders heeft intussen versie ${latest} van het plan vastgelegd. Laad het plan opnieuw en schrijf verder vanaf die versie.`,
        { currentVersion: latest },
      );
    }
    const version = latest + 1;
    await repo.insertPlan(tx, {
      householdId,
      version,
      content: request.content,
      agreedOn: request.agreedOn ?? null,
      agreementMethod: request.agreementMethod ?? null,
      nextReviewOn: request.nextReviewOn ?? null,
      createdBy: ctx.actor.id,
    });
    await repo.addPlanEvent(tx, householdId, ctx.actor.id, version);
    await appendAudit(tx, auditContext(ctx), [
      { action: 'household.plan.write', personIds, resource: `${resource}/versions/${version}` },
    ]);
    const plan = await repo.findPlan(tx, householdId, version);
    if (!plan) throw new Error('written plan version not found');
    return {
      refused: false,
      view: presentPlan(household, plan, await repo.versionsOf(tx, householdId)),
    } as const;
  });
  if (!outcome) throw notFound('Dit huishouden');
  if (outcome.refused) throw forbidden(refusedMessage);
  return outcome.view;
}

/**
 * For decisions (cases/decisions.ts): the refusal of a Wmo or Jeugd grant whose person's household
 * plan records no consideration of general provisions or the network; null when it may be decided.
 */
export async function tailoredProvisionPlanError(
  tx: Executor,
  personId: string,
  decision: DecisionFacts,
  today: string,
): Promise<FieldError | null> {
  if (!grantsTailoredProvision(decision)) return null;
  const households = await repo.considerationsOfPersonHouseholds(tx, personId, today);
  const refusal = tailoredProvisionRefusal(decision, { households });
  return refusal ? { field: 'provisions', message: TAILORED_PROVISION_MESSAGES[refusal] } : null;
}
