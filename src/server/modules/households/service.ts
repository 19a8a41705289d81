import type { HouseholdDetail } from '../../../shared/api/registry';
import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { decidePersonRecordAccess, doesCaseWork } from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import type { ReadDeps } from '../../platform/audit/service';
import { forbidden, notFound } from '../../platform/errors';
import { regisseurOf } from '../network/regisseur';
import * as repo from './repository';

/**
 * A household is visible to its assigned team, and to whoever may open one of its members'
 * records (assignment or break-the-glass on a member extends to the household they live in).
 */
export async function getHousehold(
  { transactor, readAudit }: ReadDeps,
  ctx: RequestContext,
  id: string,
  now = new Date(),
) {
  const outcome = await transactor.transaction(async (tx) => {
    const household = await repo.findHousehold(tx, id);
    if (!household) return { kind: 'missing' } as const;
    const members = await repo.membersOf(tx, id);
    const personIds = members.map((member) => member.personId);
    let allowed =
      doesCaseWork(ctx.actor) && household.teamId !== null && ctx.actor.teamIds.includes(household.teamId);
    for (const personId of personIds) {
      if (allowed) break;
      const facts = await findRelationFacts(tx, ctx.actor.id, personId, now);
      allowed = decidePersonRecordAccess(ctx.actor, facts, now).allowed;
    }
    if (!allowed) return { kind: 'refused', personIds } as const;
    const detail: HouseholdDetail = {
      id: household.id,
      name: household.name,
      team: household.teamId
        ? { id: household.teamId, code: household.teamCode ?? '', name: household.teamName ?? '' }
        : null,
      members: members.map((member) => ({
        personId: member.personId,
        displayName: displayName(member),
        birthDate: member.birthDate,
        relation: member.relation,
        validFrom: member.validFrom,
        validUntil: member.validUntil,
      })),
      regisseur: await regisseurOf(tx, id),
      version: household.version,
    };
    return { kind: 'ok', detail, personIds } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  await readAudit.record(
    { actor: { id: ctx.actor.id, username: ctx.actor.username }, requestId: ctx.requestId },
    [
      {
        action: 'household.view',
        outcome: outcome.kind === 'ok' ? 'allowed' : 'denied',
        personIds: outcome.personIds,
        resource: `households/${id}`,
      },
    ],
  );
  if (outcome.kind === 'refused') throw forbidden('U heeft geen relatie met dit huishouden.');
  return outcome.detail;
}
