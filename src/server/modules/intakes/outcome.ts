import type { z } from 'zod';
import type { CHANNELS } from '../../../shared/api/cases';
import type { INTAKE_CHANNELS } from '../../../shared/api/front-door';
import type { ClarifyIntakeRequest, IntakeOutcomeRequest } from '../../../shared/api/intakes';
import type { RequestContext } from '../../platform/access/actor';
import { appendAudit } from '../../platform/audit/service';
import { AppError, forbidden, staleVersion, unprocessable } from '../../platform/errors';
import { auditContext, type CaseDeps } from '../cases/context';
import { insertNewCase, validateNewCase } from '../cases/service';
import * as repo from './repository';
import { authorisedIntake, presentIntake } from './service';

const REFUSED =
  'Deze melding is van een ander team. U ziet alleen meldingen van uw teams en die u zelf registreerde.';

/** The case channel of a case opened from an intake: the channel the melding came in by. */
const CASE_CHANNEL: Record<keyof typeof INTAKE_CHANNELS, (typeof CHANNELS)[number]> = {
  balie: 'balie',
  telefoon: 'telefoon',
  'sociaal-team': 'sociaal-team',
  online: 'online',
  school: 'school',
  huisarts: 'huisarts',
  'buren-netwerk': 'buren',
  'veilig-thuis': 'veilig-thuis',
  'andere-organisatie': 'andere-organisatie',
};

/**
 * Vraagverheldering: the question behind the question, and self-sufficiency scores for the person
 * and their household members on the life domains discussed. Scores are kept with their date, so
 * a later conversation adds points to each domain's line rather than overwriting them.
 */
export async function clarifyIntake(
  deps: CaseDeps,
  ctx: RequestContext,
  intakeId: string,
  version: number,
  input: z.output<typeof ClarifyIntakeRequest>,
) {
  return deps.transactor.transaction(async (tx) => {
    const found = await authorisedIntake(tx, ctx, intakeId, 'intake.clarify', true);
    if (found.refused) throw forbidden(REFUSED);
    if (found.row.status !== 'open')
      throw unprocessable([{ field: 'clarifiedQuestion', message: 'Deze melding is al afgerond' }]);
    const today = deps.today();
    const members = found.row.householdId
      ? (await repo.householdMembersOf(tx, found.row.householdId, today)).map((member) => member.id)
      : [];
    const allowed = new Set([found.row.personId, ...members]);
    input.scores.forEach((score, index) => {
      if (!allowed.has(score.personId))
        throw unprocessable([
          {
            field: `scores.${index}.personId`,
            message: 'Scoor alleen de persoon en de leden van het huishouden',
          },
        ]);
    });
    const updated = await repo.updateIntakeAtVersion(tx, intakeId, version, {
      clarifiedQuestion: input.clarifiedQuestion,
    });
    if (!updated) throw staleVersion(found.row.version);
    await repo.insertScores(
      tx,
      input.scores.map((score) => ({
        personId: score.personId,
        intakeId,
        assessedOn: today,
        lifeDomain: score.lifeDomain,
        score: score.score,
        note: score.note ?? null,
        assessedBy: ctx.actor.id,
      })),
    );
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'intake.clarify',
        personIds: [...new Set([updated.personId, ...input.scores.map((score) => score.personId)])],
        resource: `intakes/${intakeId}`,
      },
    ]);
    return presentIntake(tx, deps, updated);
  });
}

/**
 * The outcome of the intake in one command: advice, referrals to the voorliggend veld and cases of
 * the catalog's types, linked to the intake. The cases go to the intake's team (so a team manager's
 * routing holds) unless their type belongs to a specialist team. All or nothing.
 */
export async function recordOutcome(
  deps: CaseDeps,
  ctx: RequestContext,
  intakeId: string,
  version: number,
  input: z.output<typeof IntakeOutcomeRequest>,
) {
  const today = deps.today();
  return deps.transactor.transaction(async (tx) => {
    const found = await authorisedIntake(tx, ctx, intakeId, 'intake.outcome', true);
    if (found.refused) throw forbidden(REFUSED);
    const intake = found.row;
    if (intake.status !== 'open')
      throw unprocessable([{ field: 'advice', message: 'Deze melding is al afgerond' }]);
    const caseInputs = input.cases.map((item) => ({
      personId: intake.personId,
      caseTypeCode: item.caseTypeCode,
      receivedOn: intake.receivedOn,
      channel: CASE_CHANNEL[intake.channel as keyof typeof INTAKE_CHANNELS] ?? 'balie',
    }));
    const caseTypes = caseInputs.map((caseInput, index) => {
      try {
        return validateNewCase(deps, ctx, caseInput);
      } catch (error) {
        // Name the case in the list the message is about; other refusals pass unchanged.
        if (!(error instanceof AppError) || error.code !== 'unprocessable') throw error;
        const message = error.extra.errors?.[0]?.message ?? error.message;
        throw unprocessable([{ field: `cases.${index}.caseTypeCode`, message }]);
      }
    });
    const kinds = [
      ...(input.advice ? ['advies'] : []),
      ...(input.referrals.length > 0 ? ['doorverwijzing'] : []),
      ...(input.cases.length > 0 ? ['zaken'] : []),
    ];
    const updated = await repo.updateIntakeAtVersion(tx, intakeId, version, {
      status: 'afgerond',
      outcomeKinds: kinds,
      advice: input.advice ?? null,
      completedOn: today,
    });
    if (!updated) throw staleVersion(intake.version);
    await repo.insertReferrals(
      tx,
      input.referrals.map((referral) => ({
        intakeId,
        partner: referral.partner,
        note: referral.note ?? null,
        createdBy: ctx.actor.id,
      })),
    );
    for (const [index, caseInput] of caseInputs.entries()) {
      const caseType = caseTypes[index];
      if (!caseType) continue;
      const row = await insertNewCase(tx, deps, ctx, caseType, caseInput, { areaTeamId: intake.teamId });
      await repo.linkCase(tx, intakeId, row.id);
    }
    await appendAudit(tx, auditContext(ctx), [
      { action: 'intake.outcome', personIds: [intake.personId], resource: `intakes/${intakeId}` },
    ]);
    return presentIntake(tx, deps, updated);
  });
}
