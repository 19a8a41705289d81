import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import {
  canBreakGlass,
  canReadAccessLog,
  canReviewBreakGlass,
  decidePersonRecordAccess,
} from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import { normalizeTimestamp } from '../../platform/audit/repository';
import { appendAudit, type ReadDeps } from '../../platform/audit/service';
import type { Transactor } from '../../platform/db/transactor';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { findPerson } from '../persons/repository';
import * as repo from './repository';

const auditContext = (ctx: RequestContext) => ({
  actor: { id: ctx.actor.id, username: ctx.actor.username },
  requestId: ctx.requestId,
});

/**
 * Break the glass: a case worker without a relation opens a record for a limited time, with a
 * stated reason that the privacy officer reviews afterwards.
 */
export async function breakTheGlass(
  transactor: Transactor,
  ctx: RequestContext,
  personId: string,
  reason: string,
  minutes: number,
  now = new Date(),
) {
  if (!canBreakGlass(ctx.actor)) throw forbidden('Uw rol kan geen toegang forceren tot persoonsgegevens.');
  return transactor.transaction(async (tx) => {
    if (!(await findPerson(tx, personId))) throw notFound('Deze persoon');
    const grant = await repo.insertGrant(tx, {
      personId,
      userId: ctx.actor.id,
      reason,
      expiresAt: new Date(now.getTime() + minutes * 60_000),
    });
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'person.break-glass',
        personIds: [personId],
        resource: `persons/${personId}`,
        purpose: reason,
      },
    ]);
    return { id: grant.id, expiresAt: grant.expiresAt.toISOString() };
  });
}

export async function listBreakGlassGrants(
  transactor: Transactor,
  ctx: RequestContext,
  status: 'open' | 'reviewed',
) {
  if (!canReviewBreakGlass(ctx.actor))
    throw forbidden('Alleen de privacy officer beoordeelt geforceerde toegang.');
  const rows = await transactor.transaction((tx) => repo.listGrants(tx, status, 200));
  return rows.map((row) => ({
    id: row.id,
    personId: row.personId,
    personDisplayName: displayName(row),
    username: row.username,
    reason: row.reason,
    grantedAt: row.grantedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewOutcome: row.reviewOutcome,
    reviewNote: row.reviewNote,
  }));
}

export async function reviewBreakGlassGrant(
  transactor: Transactor,
  ctx: RequestContext,
  grantId: string,
  review: { outcome: 'terecht' | 'onterecht'; note?: string | undefined },
) {
  if (!canReviewBreakGlass(ctx.actor))
    throw forbidden('Alleen de privacy officer beoordeelt geforceerde toegang.');
  return transactor.transaction(async (tx) => {
    const grant = await repo.findGrant(tx, grantId);
    if (!grant) throw notFound('Deze geforceerde toegang');
    const updated = await repo.reviewGrant(tx, grantId, {
      reviewedBy: ctx.actor.id,
      outcome: review.outcome,
      note: review.note ?? null,
    });
    if (!updated) throw new AppError('conflict', 'Deze geforceerde toegang is al beoordeeld.');
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'break-glass.review',
        personIds: [grant.personId],
        resource: `break-glass/${grantId}`,
        purpose: review.outcome,
      },
    ]);
    return { id: updated.id, reviewOutcome: updated.reviewOutcome };
  });
}

const PAGE = 50;

export async function readAccessLog(
  { transactor, readAudit }: ReadDeps,
  ctx: RequestContext,
  personId: string,
  cursor: number | undefined,
  now = new Date(),
) {
  const outcome = await transactor.transaction(async (tx) => {
    if (!(await findPerson(tx, personId))) return { kind: 'missing' } as const;
    const facts = await findRelationFacts(tx, ctx.actor.id, personId, now);
    const decision = decidePersonRecordAccess(ctx.actor, facts, now);
    if (!canReadAccessLog(ctx.actor, decision)) return { kind: 'refused' } as const;
    const rows = await repo.accessLogOfPerson(tx, personId, cursor, PAGE + 1);
    return { kind: 'ok', rows } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Deze persoon');
  await readAudit.record(auditContext(ctx), [
    {
      action: 'person.access-log.view',
      outcome: outcome.kind === 'ok' ? 'allowed' : 'denied',
      personIds: [personId],
      resource: `persons/${personId}/access-log`,
    },
  ]);
  if (outcome.kind === 'refused') throw forbidden('U mag het toegangslogboek van deze persoon niet inzien.');
  const page = outcome.rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      seq: row.seq,
      occurredAt: normalizeTimestamp(row.occurredAt),
      actor: row.actorDisplayName ? `${row.actorDisplayName} (${row.actorUsername})` : row.actorUsername,
      action: row.action,
      outcome: row.outcome,
      resource: row.resource,
      purpose: row.purpose,
    })),
    nextCursor: outcome.rows.length > PAGE && last ? String(last.seq) : null,
  };
}
