import type { z } from 'zod';
import type {
  CreateIntakeRequest,
  IntakeDetail,
  IntakeListQuery,
  RouteIntakeRequest,
} from '../../../shared/api/intakes';
import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { canRegisterPerson, doesCaseWork } from '../../platform/access/policy';
import { appendAudit } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { forbidden, notFound, staleVersion, unprocessable } from '../../platform/errors';
import { auditContext, type CaseDeps } from '../cases/context';
import { regisseurOf } from '../network/regisseur';
import { canRouteIntake, canSeeIntake, routingRuleText } from './policy';
import * as repo from './repository';

const REFUSED =
  'Deze melding is van een ander team. U ziet alleen meldingen van uw teams en die u zelf registreerde.';

/**
 * Registers a melding at the front door. The person's address decides the area team (the rule is
 * kept as text so people see why); without a matching team the intake waits in the unrouted queue.
 */
export async function createIntake(
  deps: CaseDeps,
  ctx: RequestContext,
  input: z.output<typeof CreateIntakeRequest>,
) {
  if (!canRegisterPerson(ctx.actor)) throw forbidden('Uw rol mag geen meldingen registreren.');
  const today = deps.today();
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today)
    throw unprocessable([{ field: 'receivedOn', message: 'De datum van de melding ligt in de toekomst' }]);
  return deps.transactor.transaction(async (tx) => {
    const routing = await repo.routingFacts(tx, input.personId);
    if (!routing) throw unprocessable([{ field: 'personId', message: 'Deze persoon bestaat niet' }]);
    const team = routing.team;
    const row = await repo.insertIntake(tx, {
      personId: input.personId,
      householdId: await repo.currentHousehold(tx, input.personId, today),
      channel: input.channel,
      reportedBy: input.reportedBy ?? null,
      ownWords: input.ownWords,
      receivedOn,
      areaCode: routing.areaCode,
      gemeenteCode: routing.areaLevel === 'gemeente' ? routing.areaCode : routing.gemeenteCode,
      teamId: team?.id ?? null,
      routedBy: team ? 'adres' : null,
      routingRule: team ? routingRuleText(routing.matchedArea ?? null, team.name) : null,
      createdBy: ctx.actor.id,
    });
    await appendAudit(tx, auditContext(ctx), [
      { action: 'intake.create', personIds: [row.personId], resource: `intakes/${row.id}` },
    ]);
    return presentIntake(tx, deps, row);
  });
}

/** Loads an intake the actor may see, or refuses (and audits the refusal). */
export async function authorisedIntake(
  tx: Executor,
  ctx: RequestContext,
  intakeId: string,
  action: string,
  lock = false,
) {
  const row = await repo.findIntake(tx, intakeId, lock);
  if (!row) throw notFound('Deze melding');
  if (!canSeeIntake(ctx.actor, row)) {
    await appendAudit(tx, auditContext(ctx), [
      { action, outcome: 'denied', personIds: [row.personId], resource: `intakes/${row.id}` },
    ]);
    return { row, refused: true as const };
  }
  return { row, refused: false as const };
}

export async function getIntake(
  deps: CaseDeps,
  ctx: RequestContext,
  intakeId: string,
): Promise<IntakeDetail> {
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const found = await authorisedIntake(tx, ctx, intakeId, 'intake.read');
    if (found.refused) return null;
    const detail = await presentIntake(tx, deps, found.row);
    await audit([
      {
        action: 'intake.read',
        personIds: [found.row.personId, ...detail.householdMembers.map((member) => member.id)],
        resource: `intakes/${intakeId}`,
      },
    ]);
    return detail;
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

/** The front door's queues: the team's intakes, the unrouted ones (team managers), or one's own. */
export async function listIntakes(
  deps: CaseDeps,
  ctx: RequestContext,
  query: z.output<typeof IntakeListQuery>,
) {
  if (!doesCaseWork(ctx.actor)) throw forbidden('Uw rol heeft geen meldingen.');
  if (query.view === 'ongerouteerd' && !ctx.actor.roles.includes('teammanager'))
    throw forbidden('Alleen een teammanager ziet en routeert meldingen zonder team.');
  const rows = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const found = await repo.listIntakes(tx, {
      teamIds: query.view === 'team' ? ctx.actor.teamIds : undefined,
      unrouted: query.view === 'ongerouteerd',
      createdBy: query.view === 'mijn' ? ctx.actor.id : undefined,
      status: query.status,
      limit: 200,
    });
    await audit([
      {
        action: 'intake.list',
        personIds: [...new Set(found.map((row) => row.personId))],
        resource: 'intakes',
      },
    ]);
    return found;
  });
  return rows.map((row) => ({
    id: row.id,
    receivedOn: row.receivedOn,
    channel: row.channel,
    status: row.status,
    person: { id: row.personId, displayName: displayName(row) },
    team:
      row.teamId && row.teamCode && row.teamName
        ? { id: row.teamId, code: row.teamCode, name: row.teamName }
        : null,
    routingRule: row.routingRule,
  }));
}

/** A team manager routes an unrouted intake, or overrides the address rule, giving a reason. */
export async function routeIntake(
  deps: CaseDeps,
  ctx: RequestContext,
  intakeId: string,
  version: number,
  input: z.output<typeof RouteIntakeRequest>,
) {
  return deps.transactor.transaction(async (tx) => {
    const found = await authorisedIntake(tx, ctx, intakeId, 'intake.route', true);
    if (found.refused || !canRouteIntake(ctx.actor, found.row))
      throw forbidden(
        'Alleen de teammanager van het team (of bij een melding zonder team) routeert een melding.',
      );
    if (found.row.status !== 'open')
      throw unprocessable([{ field: 'teamId', message: 'Een afgeronde melding routeert u niet meer' }]);
    const team = await repo.teamRef(tx, input.teamId);
    if (!team) throw unprocessable([{ field: 'teamId', message: 'Dit team bestaat niet' }]);
    const updated = await repo.updateIntakeAtVersion(tx, intakeId, version, {
      teamId: team.id,
      routedBy: 'handmatig',
      routingRule: `handmatig → ${team.name}`,
      overrideReason: input.reason,
    });
    if (!updated) throw staleVersion(found.row.version);
    await appendAudit(tx, auditContext(ctx), [
      { action: 'intake.route', personIds: [updated.personId], resource: `intakes/${intakeId}` },
    ]);
    return presentIntake(tx, deps, updated);
  });
}

export async function presentIntake(
  tx: Executor,
  deps: CaseDeps,
  row: repo.IntakeRow,
): Promise<IntakeDetail> {
  const name = await repo.personName(tx, row.personId);
  const members = row.householdId ? await repo.householdMembersOf(tx, row.householdId, deps.today()) : [];
  const team = await repo.teamRef(tx, row.teamId);
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    channel: row.channel,
    status: row.status,
    person: { id: row.personId, displayName: name ? displayName(name) : '' },
    team: team ? { id: team.id, code: team.code, name: team.name } : null,
    routingRule: row.routingRule,
    householdId: row.householdId,
    regisseur: row.householdId ? await regisseurOf(tx, row.householdId) : null,
    reportedBy: row.reportedBy,
    ownWords: row.ownWords,
    clarifiedQuestion: row.clarifiedQuestion,
    routedBy: row.routedBy,
    overrideReason: row.overrideReason,
    outcomeKinds: row.outcomeKinds ?? [],
    advice: row.advice,
    completedOn: row.completedOn,
    referrals: await repo.referralsOf(tx, row.id),
    cases: await repo.casesOfIntake(tx, row.id),
    scores: await repo.scoresOfIntake(tx, row.id),
    householdMembers: members.map((member) => ({
      id: member.id,
      displayName: displayName(member),
      birthDate: member.birthDate,
    })),
    version: row.version,
  };
}
