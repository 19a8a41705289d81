import type { z } from 'zod';
import type {
  CaseDetail,
  CreateCaseRequest,
  ExtendRequest,
  ResumeRequest,
  StatusRequest,
  SuspendRequest,
} from '../../../shared/api/cases';
import type { RequestContext } from '../../platform/access/actor';
import { canRegisterPerson, decidePersonRecordAccess } from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import { appendAudit } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { forbidden, staleVersion, unprocessable } from '../../platform/errors';
import type { CaseType } from '../case-types/catalog';
import {
  auditContext,
  authorisedCase,
  type CaseDeps,
  caseTypeForNewCase,
  caseTypeOf,
  deadlinesOf,
  refuse,
} from './context';
import {
  refuseClose,
  refuseExtension,
  refuseResume,
  refuseStatusChange,
  refuseSuspension,
  refuseWhenClosed,
} from './lifecycle';
import { presentCase } from './presenter';
import * as repo from './repository';

const REFUSED =
  'U heeft geen relatie met de persoon van deze zaak. Alleen met een reden (break the glass) kunt u hem openen.';

async function chooseTeam(
  tx: Executor,
  ctx: RequestContext,
  caseType: CaseType,
  person: { areaCode: string | null; gemeenteCode: string | null },
) {
  if (caseType.specialistTeam) {
    const team = await repo.specialistTeam(tx, caseType.specialistTeam);
    if (team) return team.id;
    throw unprocessable([
      { field: 'caseTypeCode', message: `Er is geen team voor ${caseType.specialistTeam}` },
    ]);
  }
  const areaCodes = [person.areaCode, person.gemeenteCode].filter((code): code is string => Boolean(code));
  const areaTeam = await repo.areaTeamFor(tx, areaCodes);
  if (areaTeam) return areaTeam.id;
  const ownTeam = ctx.actor.teamIds[0];
  if (ownTeam) return ownTeam;
  throw unprocessable([
    {
      field: 'personId',
      message: 'Geen gebiedsteam voor het adres van deze persoon, en u zit zelf in geen team',
    },
  ]);
}

/** Keeps the stored deadlines in step with the facts, for the work queue, and presents the case. */
async function refreshed(
  tx: Executor,
  deps: CaseDeps,
  row: repo.CaseRow,
  caseType: CaseType,
): Promise<CaseDetail> {
  const facts = await deadlinesOf(tx, deps, row, caseType);
  const legalDeadline = facts.deadline?.legalDeadline ?? null;
  const suspendedSince = facts.suspensions.find((s) => !s.resumedOn)?.fromDate ?? null;
  let current = row;
  if (
    row.legalDeadline !== legalDeadline ||
    row.serviceNormDate !== facts.serviceNormDate ||
    row.suspendedSince !== suspendedSince
  ) {
    current = await repo.updateCase(tx, row.id, {
      legalDeadline,
      serviceNormDate: facts.serviceNormDate,
      suspendedSince,
    });
  }
  const team = await repo.teamRef(tx, current.teamId);
  return presentCase(
    current,
    caseType,
    facts,
    team,
    await repo.timelineOf(tx, current.id),
    await repo.notesOf(tx, current.id),
    await repo.personAndRegisseur(tx, current.personId),
  );
}

export async function createCase(
  deps: CaseDeps,
  ctx: RequestContext,
  input: z.output<typeof CreateCaseRequest>,
) {
  const caseType = validateNewCase(deps, ctx, input);
  return deps.transactor.transaction(async (tx) => {
    const row = await insertNewCase(tx, deps, ctx, caseType, input);
    return refreshed(tx, deps, row, caseType);
  });
}

/** The checks before any case is created; returns the case type version that applies. */
export function validateNewCase(
  deps: CaseDeps,
  ctx: RequestContext,
  input: z.output<typeof CreateCaseRequest>,
): CaseType {
  if (!canRegisterPerson(ctx.actor)) throw forbidden('Uw rol mag geen zaken aanmaken.');
  // The version published when the case is created applies, whatever the date of receipt.
  const caseType = caseTypeForNewCase(deps, input.caseTypeCode, deps.today());
  if (input.receivedOn > deps.today())
    throw unprocessable([{ field: 'receivedOn', message: 'De ontvangstdatum ligt in de toekomst' }]);
  if (caseType.countsFrom === 'einde-bezwaartermijn' && !input.contestedDecisionDate) {
    throw unprocessable([
      {
        field: 'contestedDecisionDate',
        message: 'Geef de datum van het besluit waartegen bezwaar is gemaakt',
      },
    ]);
  }
  return caseType;
}

/**
 * Creates a case inside the caller's transaction, so an intake can open several cases and record
 * its outcome as one command. `areaTeamId` replaces address routing when the intake was routed.
 */
export async function insertNewCase(
  tx: Executor,
  deps: CaseDeps,
  ctx: RequestContext,
  caseType: CaseType,
  input: z.output<typeof CreateCaseRequest>,
  options: { areaTeamId?: string | null } = {},
) {
  const person = await repo.personWithArea(tx, input.personId);
  if (!person) throw unprocessable([{ field: 'personId', message: 'Deze persoon bestaat niet' }]);
  const teamId =
    options.areaTeamId && !caseType.specialistTeam
      ? options.areaTeamId
      : await chooseTeam(tx, ctx, caseType, {
          areaCode: person.areaCode,
          gemeenteCode: person.areaLevel === 'gemeente' ? person.areaCode : person.gemeenteCode,
        });
  for (const [field, linkedId] of [
    ['relatedCaseId', input.relatedCaseId],
    ['parentCaseId', input.parentCaseId],
  ] as const) {
    if (!linkedId) continue;
    const linked = await repo.findCase(tx, linkedId);
    if (!linked || linked.personId !== person.id) {
      throw unprocessable([{ field, message: 'Koppel alleen een bestaande zaak van dezelfde persoon' }]);
    }
  }
  if (input.assigneeId && !(await repo.isTeamMember(tx, input.assigneeId, teamId))) {
    throw unprocessable([
      { field: 'assigneeId', message: 'De medewerker is geen lid van het team van de zaak' },
    ]);
  }
  const year = Number(deps.today().slice(0, 4));
  const number = `SZMH-${year}-${String(await repo.nextCaseNumber(tx, year)).padStart(7, '0')}`;
  const row = await repo.insertCase(tx, {
    number,
    caseTypeCode: caseType.code,
    caseTypeVersion: caseType.version,
    domain: caseType.domain,
    personId: person.id,
    teamId,
    gemeenteCode: person.areaLevel === 'gemeente' ? person.areaCode : person.gemeenteCode,
    areaCode: person.areaCode,
    receivedOn: input.receivedOn,
    channel: input.channel,
    contestedDecisionDate: input.contestedDecisionDate ?? null,
    relatedCaseId: input.relatedCaseId ?? null,
    parentCaseId: input.parentCaseId ?? null,
    assigneeId: input.assigneeId ?? null,
    statusCode: caseType.statuses[0]?.code ?? 'ontvangen',
  });
  await repo.addEvent(tx, row.id, ctx.actor.id, 'aangemaakt', {
    number,
    caseType: caseType.code,
    channel: input.channel,
  });
  await appendAudit(tx, auditContext(ctx), [
    { action: 'case.create', personIds: [person.id], resource: `cases/${row.id}` },
  ]);
  return row;
}

export async function getCase(deps: CaseDeps, ctx: RequestContext, caseId: string) {
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.view', false);
    if (refused) return undefined;
    const detail = await refreshed(tx, deps, row, caseTypeOf(deps, row));
    await audit([{ action: 'case.view', personIds: [row.personId], resource: `cases/${caseId}` }]);
    return detail;
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

type Change = (
  tx: Executor,
  row: repo.CaseRow,
  caseType: CaseType,
) => Promise<{ event: string; details: Record<string, unknown>; changes?: Partial<repo.CaseRow> }>;

/** One lifecycle step: lock the case, check access, version and the rule, apply, record, recompute. */
async function change(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  expectedVersion: number | undefined,
  action: string,
  step: Change,
) {
  const outcome = await deps.transactor.transaction(async (tx) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, action, true);
    if (refused) return undefined;
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw staleVersion(row.version);
    const caseType = caseTypeOf(deps, row);
    const { event, details, changes } = await step(tx, row, caseType);
    const updated = changes
      ? await repo.updateCase(tx, row.id, changes)
      : await repo.updateCase(tx, row.id, {});
    await repo.addEvent(tx, row.id, ctx.actor.id, event, details);
    await appendAudit(tx, auditContext(ctx), [
      { action, personIds: [row.personId], resource: `cases/${caseId}`, purpose: event },
    ]);
    return refreshed(tx, deps, updated, caseType);
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

const stateOf = async (tx: Executor, row: repo.CaseRow) => ({
  statusCode: row.statusCode,
  closedOn: row.closedOn,
  suspendedSince: row.suspendedSince,
  extensions: (await repo.extensionsOf(tx, row.id)).length,
});

export function suspendCase(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof SuspendRequest>,
  version?: number,
) {
  return change(deps, ctx, caseId, version, 'case.suspend', async (tx, row, caseType) => {
    const state = await stateOf(tx, row);
    refuse(refuseWhenClosed(state) ?? refuseSuspension(caseType, state));
    if (input.from < row.receivedOn)
      refuse({ field: 'from', message: 'Opschorten kan niet vóór de ontvangst' });
    await repo.insertSuspension(tx, {
      caseId,
      reason: input.reason,
      fromDate: input.from,
      plannedUntil: input.until ?? null,
      createdBy: ctx.actor.id,
    });
    return {
      event: 'opgeschort',
      details: { reason: input.reason, from: input.from, until: input.until ?? null },
    };
  });
}

export function resumeCase(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof ResumeRequest>,
  version?: number,
) {
  return change(deps, ctx, caseId, version, 'case.resume', async (tx, row) => {
    const state = await stateOf(tx, row);
    refuse(refuseWhenClosed(state) ?? refuseResume(state, input.on));
    await repo.resumeOpenSuspension(tx, caseId, input.on);
    return { event: 'hervat', details: { on: input.on } };
  });
}

export function extendCase(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof ExtendRequest>,
  version?: number,
) {
  return change(deps, ctx, caseId, version, 'case.extend', async (tx, row, caseType) => {
    const state = await stateOf(tx, row);
    refuse(refuseWhenClosed(state) ?? refuseExtension(caseType, state, input.weeks));
    await repo.insertExtension(tx, {
      caseId,
      reason: input.reason,
      amount: input.weeks,
      unit: 'weeks',
      createdBy: ctx.actor.id,
    });
    return { event: 'verlengd', details: { reason: input.reason, weeks: input.weeks } };
  });
}

export function changeStatus(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof StatusRequest>,
  version?: number,
) {
  return change(deps, ctx, caseId, version, 'case.status', async (tx, row, caseType) => {
    const state = await stateOf(tx, row);
    refuse(refuseWhenClosed(state) ?? refuseStatusChange(caseType, state, input.statusCode, input.reason));
    return {
      event: 'status',
      details: { from: row.statusCode, to: input.statusCode, reason: input.reason ?? null },
      changes: { statusCode: input.statusCode },
    };
  });
}

export function closeCase(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  resultCode: string,
  version?: number,
) {
  return change(deps, ctx, caseId, version, 'case.close', async (tx, row, caseType) => {
    const state = await stateOf(tx, row);
    refuse(refuseWhenClosed(state) ?? refuseClose(caseType, resultCode));
    if (state.suspendedSince) await repo.resumeOpenSuspension(tx, caseId, deps.today());
    const result = caseType.results.find((candidate) => candidate.code === resultCode);
    const lastStatus = caseType.statuses[caseType.statuses.length - 1]?.code ?? 'afgehandeld';
    return {
      event: 'afgesloten',
      details: { result: resultCode },
      changes: {
        closedOn: deps.today(),
        resultCode,
        outcome: result?.outcome ?? null,
        statusCode: lastStatus,
      },
    };
  });
}

/** A person's cases, for their record page: readable by whoever may open the record. */
export async function listCasesOfPerson(deps: CaseDeps, ctx: RequestContext, personId: string) {
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const now = new Date();
    const decision = decidePersonRecordAccess(
      ctx.actor,
      await findRelationFacts(tx, ctx.actor.id, personId, now),
      now,
    );
    if (!decision.allowed) return undefined;
    const rows = await repo.casesOfPerson(tx, personId);
    await audit([{ action: 'case.list', personIds: [personId], resource: `cases?personId=${personId}` }]);
    return rows.map((row) => {
      const caseType = caseTypeOf(deps, row);
      return {
        id: row.id,
        number: row.number,
        caseTypeName: caseType.name,
        status: caseType.statuses.find((status) => status.code === row.statusCode)?.name ?? row.statusCode,
        receivedOn: row.receivedOn,
        legalDeadline: row.legalDeadline,
        closedOn: row.closedOn,
      };
    });
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

export function addNote(deps: CaseDeps, ctx: RequestContext, caseId: string, text: string) {
  return change(deps, ctx, caseId, undefined, 'case.note', async (tx, row) => {
    refuse(refuseWhenClosed(await stateOf(tx, row)));
    await repo.insertNote(tx, { caseId, authorId: ctx.actor.id, text });
    return { event: 'notitie', details: { length: text.length } };
  });
}
