import type {
  CreateNetworkMemberRequest,
  NetworkMember,
  UpdateNetworkMemberRequest,
} from '../../../shared/api/household-view';
import type { RequestContext } from '../../platform/access/actor';
import { appendAudit, type ReadDeps } from '../../platform/audit/service';
import { forbidden, notFound, staleVersion, unprocessable } from '../../platform/errors';
import { auditContext } from '../cases/context';
import { openHousehold } from './household-access';
import { presentNetworkMember } from './presenter';
import * as repo from './repository';

export interface HouseholdDeps extends ReadDeps {
  /** Today in the Netherlands; injectable so tests can fix the date. */
  today: () => string;
}

const refused = () => forbidden('U heeft geen relatie met dit huishouden.');

/** The persons a network entry discloses something about: the household, and the entry's own person. */
const disclosed = (personIds: readonly string[], networkPersonId: string | null) =>
  networkPersonId && !personIds.includes(networkPersonId) ? [...personIds, networkPersonId] : [...personIds];

export async function listNetwork(deps: HouseholdDeps, ctx: RequestContext, householdId: string) {
  const now = new Date();
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const opened = await openHousehold(tx, ctx, householdId, now, deps.today());
    if (opened.kind === 'missing') return opened;
    const resource = `households/${householdId}/network`;
    if (opened.kind === 'refused') {
      await audit([
        { action: 'household.network.view', outcome: 'denied', personIds: opened.personIds, resource },
      ]);
      return { kind: 'refused' } as const;
    }
    const rows = await repo.networkOf(tx, householdId);
    const personIds = rows.reduce((ids, row) => disclosed(ids, row.personId), opened.personIds);
    await audit([{ action: 'household.network.view', personIds, resource }]);
    return { kind: 'ok', items: rows.map(presentNetworkMember) } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  if (outcome.kind === 'refused') throw refused();
  return { items: outcome.items };
}

export async function addNetworkMember(
  deps: HouseholdDeps,
  ctx: RequestContext,
  householdId: string,
  input: CreateNetworkMemberRequest,
): Promise<NetworkMember> {
  const now = new Date();
  const outcome = await deps.transactor.transaction(async (tx) => {
    const opened = await openHousehold(tx, ctx, householdId, now, deps.today());
    if (opened.kind === 'missing') return opened;
    if (opened.kind === 'refused') {
      await appendAudit(tx, auditContext(ctx), [
        {
          action: 'household.network.create',
          outcome: 'denied',
          personIds: opened.personIds,
          resource: `households/${householdId}/network`,
        },
      ]);
      return { kind: 'refused' } as const;
    }
    const personId = input.personId ?? null;
    if (personId && !(await repo.personExists(tx, personId))) {
      throw unprocessable([{ field: 'personId', message: 'Deze persoon staat niet in de basisregistratie' }]);
    }
    const row = await repo.insertNetworkMember(tx, {
      householdId,
      personId,
      name: input.name,
      role: input.role,
      support: input.support ?? null,
      contact: input.contact ?? null,
    });
    await repo.insertHouseholdEvent(tx, {
      householdId,
      actorId: ctx.actor.id,
      kind: 'netwerk-gewijzigd',
      details: { change: 'toegevoegd', networkMemberId: row.id, name: row.name, role: row.role },
    });
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'household.network.create',
        personIds: disclosed(opened.personIds, personId),
        resource: `households/${householdId}/network/${row.id}`,
      },
    ]);
    return { kind: 'ok', member: presentNetworkMember(row) } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  if (outcome.kind === 'refused') throw refused();
  return outcome.member;
}

/** What a change did, for the household's timeline: ending someone's involvement reads as such. */
function changeOf(wasActive: boolean, patch: UpdateNetworkMemberRequest): string {
  if (patch.active === false && wasActive) return 'beeindigd';
  if (patch.active === true && !wasActive) return 'hervat';
  return 'gewijzigd';
}

export async function updateNetworkMember(
  deps: HouseholdDeps,
  ctx: RequestContext,
  id: string,
  version: number,
  patch: UpdateNetworkMemberRequest,
): Promise<NetworkMember> {
  const now = new Date();
  const outcome = await deps.transactor.transaction(async (tx) => {
    const current = await repo.findNetworkMember(tx, id);
    if (!current) return { kind: 'missing' } as const;
    const opened = await openHousehold(tx, ctx, current.householdId, now, deps.today());
    if (opened.kind === 'missing') return { kind: 'missing' } as const;
    const resource = `households/${current.householdId}/network/${id}`;
    if (opened.kind === 'refused') {
      await appendAudit(tx, auditContext(ctx), [
        { action: 'household.network.update', outcome: 'denied', personIds: opened.personIds, resource },
      ]);
      return { kind: 'refused' } as const;
    }
    if (current.version !== version) throw staleVersion(current.version);
    const { active, ...fields } = patch;
    const updated = await repo.updateNetworkMember(tx, id, version, {
      ...fields,
      ...(active === undefined ? {} : { active: active ? 1 : 0 }),
    });
    if (!updated) throw staleVersion(current.version);
    await repo.insertHouseholdEvent(tx, {
      householdId: current.householdId,
      actorId: ctx.actor.id,
      kind: 'netwerk-gewijzigd',
      details: {
        change: changeOf(current.active === 1, patch),
        networkMemberId: id,
        name: updated.name,
        role: updated.role,
        fields: Object.keys(patch),
      },
    });
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'household.network.update',
        personIds: disclosed(opened.personIds, current.personId),
        resource,
      },
    ]);
    return { kind: 'ok', member: presentNetworkMember(updated) } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit netwerklid');
  if (outcome.kind === 'refused') throw refused();
  return outcome.member;
}
