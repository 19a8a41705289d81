import type { HouseholdOverview, TimelineItem, TimelinePage } from '../../../shared/api/household-view';
import type { RequestContext } from '../../platform/access/actor';
import type { ReadDeps } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { CaseType } from '../case-types/catalog';
import { auditContext } from '../cases/context';
import { openHousehold } from '../network/household-access';
import { presentNetworkMember } from '../network/presenter';
import { regisseurOf } from '../network/regisseur';
import * as network from '../network/repository';
import * as repo from './repository';

export interface HouseholdViewDeps extends ReadDeps {
  caseTypes: readonly CaseType[];
  today: () => string;
}

export const TIMELINE_PAGE = 50;

/** The cursor is opaque to clients: the moment and key of the last entry they saw. */
const encodeCursor = (row: repo.TimelineRow) =>
  Buffer.from(JSON.stringify([row.occurred_at, row.key])).toString('base64url');

function decodeCursor(cursor: string): { at: string; key: string } {
  try {
    const [at, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof key === 'string' && !Number.isNaN(Date.parse(at)))
      return { at, key };
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('bad_request', 'Ongeldige cursor voor de tijdlijn.');
}

function presentTimelineRow(row: repo.TimelineRow): TimelineItem {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = row.details ? JSON.parse(row.details) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      details = parsed as Record<string, unknown>;
  } catch {
    details = {};
  }
  return {
    source: row.source as TimelineItem['source'],
    kind: row.kind,
    occurredAt: row.occurred_at,
    subject: row.subject,
    personId: row.person_id,
    caseId: row.case_id,
    details,
  };
}

async function timelinePage(
  tx: Executor,
  householdId: string,
  today: string,
  limit: number,
  before?: string,
): Promise<TimelinePage> {
  // One row more than asked tells whether older entries exist without counting them.
  const rows = await repo.timelineOf(
    tx,
    householdId,
    today,
    limit + 1,
    before ? decodeCursor(before) : undefined,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentTimelineRow),
    more: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

function caseTypeNames(caseTypes: readonly CaseType[], code: string, version: number, status: string) {
  const caseType =
    caseTypes.find((type) => type.code === code && type.version === version) ??
    caseTypes.find((type) => type.code === code);
  return {
    caseTypeName: caseType?.name ?? code,
    statusName: caseType?.statuses.find((candidate) => candidate.code === status)?.name ?? status,
  };
}

export async function getOverview(
  deps: HouseholdViewDeps,
  ctx: RequestContext,
  householdId: string,
): Promise<HouseholdOverview> {
  const now = new Date();
  const today = deps.today();
  const resource = `households/${householdId}/overview`;
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const opened = await openHousehold(tx, ctx, householdId, now, today);
    if (opened.kind === 'missing') return opened;
    if (opened.kind === 'refused') {
      await audit([{ action: 'household.view', outcome: 'denied', personIds: opened.personIds, resource }]);
      return { kind: 'refused' } as const;
    }
    const { household, members, personIds } = opened;
    const caseRows = await repo.casesOf(tx, householdId, personIds);
    const provisionRows = await repo.runningProvisionsOf(tx, personIds, today);
    const scores = await repo.latestScoresOf(tx, personIds);
    const networkRows = await network.networkOf(tx, householdId);
    const regisseur = await regisseurOf(tx, householdId);
    const timeline = await timelinePage(tx, householdId, today, TIMELINE_PAGE);
    const disclosed = new Set(personIds);
    for (const row of networkRows) if (row.personId) disclosed.add(row.personId);
    await audit([{ action: 'household.view', personIds: [...disclosed], resource }]);
    const overview: HouseholdOverview = {
      id: household.id,
      name: household.name,
      team: household.teamId
        ? { id: household.teamId, code: household.teamCode ?? '', name: household.teamName ?? '' }
        : null,
      regisseur,
      members: members.map((member) => ({
        personId: member.personId,
        displayName: member.displayName,
        birthDate: member.birthDate,
        relation: member.relation,
      })),
      cases: caseRows.map((row) => ({
        id: row.id,
        number: row.number,
        personId: row.personId,
        caseTypeCode: row.caseTypeCode,
        ...caseTypeNames(deps.caseTypes, row.caseTypeCode, row.caseTypeVersion, row.statusCode),
        domain: row.domain,
        status: row.statusCode,
        receivedOn: row.receivedOn,
        closedOn: row.closedOn,
        resultCode: row.resultCode,
      })),
      provisions: provisionRows.map((row) => ({
        id: row.id,
        personId: row.personId,
        caseId: row.caseId,
        domain: row.domain,
        provisionTypeCode: row.provisionTypeCode,
        start: row.startDate,
        end: row.endDate,
        volume: row.volume,
        volumeUnit: row.volumeUnit,
      })),
      scores,
      network: networkRows.map(presentNetworkMember),
      timeline: timeline.items,
      timelineMore: timeline.more,
      version: household.version,
    };
    return { kind: 'ok', overview } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  if (outcome.kind === 'refused') throw forbidden('U heeft geen relatie met dit huishouden.');
  return outcome.overview;
}

/** Older timeline entries, from the cursor the overview (or the previous page) gave. */
export async function getTimeline(
  deps: HouseholdViewDeps,
  ctx: RequestContext,
  householdId: string,
  query: { before?: string | undefined; limit: number },
): Promise<TimelinePage> {
  const now = new Date();
  const today = deps.today();
  const resource = `households/${householdId}/timeline`;
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const opened = await openHousehold(tx, ctx, householdId, now, today);
    if (opened.kind === 'missing') return opened;
    if (opened.kind === 'refused') {
      await audit([{ action: 'household.view', outcome: 'denied', personIds: opened.personIds, resource }]);
      return { kind: 'refused' } as const;
    }
    const page = await timelinePage(tx, householdId, today, query.limit, query.before);
    await audit([{ action: 'household.view', personIds: opened.personIds, resource }]);
    return { kind: 'ok', page } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  if (outcome.kind === 'refused') throw forbidden('U heeft geen relatie met dit huishouden.');
  return outcome.page;
}
