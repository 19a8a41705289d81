import type { z } from 'zod';
import type {
  CreatePersonRequest,
  PersonDetail,
  PersonSearchQuery,
  UpdatePersonRequest,
} from '../../../shared/api/registry';
import { searchNameOf, sortKeyOf } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import {
  BASIS_LABELS,
  canRegisterPerson,
  canSearchRegistry,
  decidePersonRecordAccess,
  type RecordDecision,
} from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import { appendAudit, type ReadDeps } from '../../platform/audit/service';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { AppError, forbidden, notFound, staleVersion, unprocessable } from '../../platform/errors';
import { amsterdamToday } from '../cases/context';
import { regisseurOf } from '../network/regisseur';
import { decodeCursor, encodeCursor } from './cursor';
import { presentPersonDetail, presentPersonListItem } from './presenter';
import * as repo from './repository';

type CreateInput = z.output<typeof CreatePersonRequest>;
type UpdateInput = z.output<typeof UpdatePersonRequest>;

const auditContext = (ctx: RequestContext) => ({
  actor: { id: ctx.actor.id, username: ctx.actor.username },
  requestId: ctx.requestId,
});

export async function searchRegistry({ readAudit }: ReadDeps, ctx: RequestContext, query: PersonSearchQuery) {
  if (!canSearchRegistry(ctx.actor)) throw forbidden('Uw rol geeft geen toegang tot persoonsgegevens.');
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (query.cursor && !after)
    throw new AppError('bad_request', 'De cursor is ongeldig; begin de zoekopdracht opnieuw.');
  const normalized = query.q ? searchNameOf({ givenNames: query.q, familyName: '' }) : undefined;
  const rows = await readAudit.read(auditContext(ctx), async (tx, audit) => {
    const found = await repo.searchPersons(tx, {
      nameQuery: normalized,
      bsn: query.bsn,
      postcode: query.postcode,
      houseNumber: query.houseNumber,
      birthDate: query.birthDate,
      after,
      limit: query.limit + 1,
    });
    const shown = found.slice(0, query.limit).map((row) => row.id);
    await audit([{ action: 'person.search', personIds: shown, resource: 'persons' }]);
    return found;
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentPersonListItem),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({
            score: last.score === null ? undefined : String(last.score),
            sortKey: last.sortName,
            id: last.id,
          })
        : null,
  };
}

/**
 * Decides access to one person's record inside the caller's transaction and audits a refusal.
 * A refusal is returned, not thrown, so the audit entry commits with the transaction.
 */
async function decideAndAuditRefusal(
  tx: Executor,
  ctx: RequestContext,
  personId: string,
  action: string,
  now: Date,
): Promise<RecordDecision> {
  const facts = await findRelationFacts(tx, ctx.actor.id, personId, now);
  const decision = decidePersonRecordAccess(ctx.actor, facts, now);
  if (!decision.allowed) {
    await appendAudit(tx, auditContext(ctx), [
      {
        action,
        outcome: 'denied',
        personIds: [personId],
        resource: `persons/${personId}`,
        purpose: decision.reason,
      },
    ]);
  }
  return decision;
}

function refusal(decision: Extract<RecordDecision, { allowed: false }>): AppError {
  return decision.canBreakGlass
    ? forbidden(
        'U heeft geen relatie met deze persoon. Alleen met een reden (break the glass) kunt u het dossier openen.',
      )
    : forbidden('Uw rol geeft geen toegang tot persoonsgegevens.');
}

async function detailOf(tx: Executor, row: repo.PersonRow, basis: string): Promise<PersonDetail> {
  // Sequential: queries on one transaction's connection cannot overlap anyway.
  const households = await repo.householdsOfPerson(tx, row.id);
  const area = row.areaCode ? await repo.areaWithGemeente(tx, row.areaCode) : undefined;
  // Listed current first: the regisseur of where the person lives now is their point of contact.
  const current = households.find((h) => h.validUntil === null || h.validUntil >= amsterdamToday());
  const regisseur = current ? await regisseurOf(tx, current.householdId) : null;
  return presentPersonDetail(row, { households, area: area ?? null, regisseur, accessBasis: basis });
}

export async function getPerson({ readAudit }: ReadDeps, ctx: RequestContext, id: string, now = new Date()) {
  const outcome = await readAudit.read(auditContext(ctx), async (tx, audit) => {
    const row = await repo.findPerson(tx, id);
    if (!row) return { kind: 'missing' } as const;
    const decision = await decideAndAuditRefusal(tx, ctx, id, 'person.view', now);
    if (!decision.allowed) return { kind: 'refused', decision } as const;
    const person = await detailOf(tx, row, BASIS_LABELS[decision.basis]);
    await audit([
      { action: 'person.view', personIds: [id], resource: `persons/${id}`, purpose: decision.basis },
    ]);
    return { kind: 'ok', person } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Deze persoon');
  if (outcome.kind === 'refused') throw refusal(outcome.decision);
  return outcome.person;
}

async function assertAreaKnown(tx: Executor, areaCode: string | null | undefined) {
  if (areaCode && !(await repo.areaExists(tx, areaCode))) {
    throw unprocessable([{ field: 'areaCode', message: 'Onbekende gebiedscode' }]);
  }
}

function nameFields(input: { givenNames: string; prefix?: string | null | undefined; familyName: string }) {
  return { searchName: searchNameOf(input), sortName: sortKeyOf(input) };
}

export async function createPerson(transactor: Transactor, ctx: RequestContext, input: CreateInput) {
  if (!canRegisterPerson(ctx.actor)) throw forbidden('Uw rol mag geen personen registreren.');
  return transactor.transaction(async (tx) => {
    if (input.bsn && (await repo.findPersonByBsn(tx, input.bsn))) {
      throw unprocessable([{ field: 'bsn', message: 'Er is al een persoon met dit BSN geregistreerd' }]);
    }
    await assertAreaKnown(tx, input.areaCode);
    const row = await repo.insertPerson(tx, { ...input, ...nameFields(input) });
    // Whoever registers a person is their first point of contact, so they keep access to the record.
    await repo.assignPersonToUser(tx, row.id, ctx.actor.id, ctx.actor.id);
    await appendAudit(tx, auditContext(ctx), [
      { action: 'person.create', personIds: [row.id], resource: `persons/${row.id}` },
    ]);
    return detailOf(tx, row, BASIS_LABELS.assignment);
  });
}

export async function updatePerson(
  transactor: Transactor,
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  input: UpdateInput,
  now = new Date(),
) {
  const outcome = await transactor.transaction(async (tx) => {
    const current = await repo.findPerson(tx, id);
    if (!current) return { kind: 'missing' } as const;
    const decision = await decideAndAuditRefusal(tx, ctx, id, 'person.update', now);
    if (!decision.allowed) return { kind: 'refused', decision } as const;
    if (current.version !== expectedVersion) throw staleVersion(current.version);
    if (input.bsn && input.bsn !== current.bsn) {
      const other = await repo.findPersonByBsn(tx, input.bsn);
      if (other && other.id !== id)
        throw unprocessable([{ field: 'bsn', message: 'Er is al een persoon met dit BSN geregistreerd' }]);
    }
    await assertAreaKnown(tx, input.areaCode);
    const merged = { ...current, ...input };
    const updated = await repo.updatePersonAtVersion(tx, id, expectedVersion, {
      ...input,
      ...nameFields(merged),
    });
    if (!updated) throw staleVersion((await repo.findPerson(tx, id))?.version ?? expectedVersion);
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'person.update',
        personIds: [id],
        resource: `persons/${id}`,
        purpose: `velden: ${Object.keys(input).sort().join(', ')}`,
      },
    ]);
    return { kind: 'ok', person: await detailOf(tx, updated, BASIS_LABELS[decision.basis]) } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Deze persoon');
  if (outcome.kind === 'refused') throw refusal(outcome.decision);
  return outcome.person;
}
