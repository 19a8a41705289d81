import type { Signal, SignalCode } from '../../../shared/api/household-view';
import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import type { ReadDeps } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { forbidden, notFound } from '../../platform/errors';
import { auditContext } from '../cases/context';
import { openHousehold } from '../network/household-access';
import { mayReadTeamSignals } from '../network/policy';
import type { SignalConfig } from './config';
import { addDays, addMonths } from './dates';
import * as repo from './repository';
import {
  evaluateSignals,
  type MemberFact,
  type OpenCaseFact,
  type PlanFact,
  type ProvisionFact,
  type ProvisionTypeInfo,
  type ProvisionTypeLookup,
} from './rules';

export interface SignalDeps extends ReadDeps {
  signalConfig: SignalConfig;
  /** The provision-type catalog: categories for stacking, Wlz indicator flags. */
  provisionTypes: readonly ProvisionTypeInfo[];
  today: () => string;
}

interface Gathered {
  name: string;
  withoutRegisseur: { openCases: number; since: string } | null;
  plan: PlanFact | null;
  members: MemberFact[];
  provisions: ProvisionFact[];
  openCases: OpenCaseFact[];
  names: Map<string, string>;
}

export function lookupOf(types: readonly ProvisionTypeInfo[]): ProvisionTypeLookup {
  const byCode = new Map(types.map((type) => [type.code, type]));
  return (code) => byCode.get(code);
}

const dutch = new Intl.Collator('nl');
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Reads the candidates of every signal in scope and evaluates the rules per household. */
export async function computeSignals(
  tx: Executor,
  deps: SignalDeps,
  scope: repo.SignalScope,
  today: string,
): Promise<Signal[]> {
  const config = deps.signalConfig;
  const transitionHorizon = addMonths(today, config.transition18.monthsAhead);
  const plans = await repo.overdueReviews(tx, scope, addDays(today, -config.planReview.graceDays));
  const provisions = await repo.candidateProvisions(tx, scope, {
    today,
    stacking: config.stacking,
    ending: {
      horizon: addDays(today, config.provisionEnding.weeksAhead * 7),
      domains: config.provisionEnding.domains,
    },
    wlzTypes: [
      ...config.wlz.permanentCareTypes,
      ...config.wlz.begeleidingTypes,
      ...deps.provisionTypes.filter((type) => type.wlzIndicator).map((type) => type.code),
    ],
    // A day of margin either side: the rule decides on the exact birthday (29 February included).
    transition: {
      bornAfter: addDays(addMonths(today, -18 * 12), -1),
      bornUpTo: addDays(addMonths(transitionHorizon, -18 * 12), 1),
      domains: config.transition18.domains,
    },
  });
  const openCases = await repo.openCasesOfTypes(tx, scope, today, [
    ...config.provisionEnding.reassessmentCaseTypes,
    ...config.schoolAbsence.caseTypes,
  ]);

  const households = new Map<string, Gathered>();
  const householdOf = (id: string, name: string) => {
    let gathered = households.get(id);
    if (!gathered) {
      gathered = {
        name,
        withoutRegisseur: null,
        plan: null,
        members: [],
        provisions: [],
        openCases: [],
        names: new Map(),
      };
      households.set(id, gathered);
    }
    return gathered;
  };
  const person = (gathered: Gathered, row: repo.PersonColumns) => {
    if (gathered.names.has(row.person_id)) return;
    gathered.names.set(
      row.person_id,
      displayName({ givenNames: row.given_names, prefix: row.prefix, familyName: row.family_name }),
    );
    gathered.members.push({
      personId: row.person_id,
      birthDate: row.birth_date,
    });
  };
  for (const row of await repo.householdsWithoutRegisseur(tx, scope, today)) {
    householdOf(row.household_id, row.household_name).withoutRegisseur = {
      openCases: row.open_cases,
      since: row.first_received_on,
    };
  }
  for (const row of plans) {
    householdOf(row.household_id, row.household_name).plan = {
      version: row.version,
      nextReviewOn: row.next_review_on,
    };
  }
  for (const row of provisions) {
    const gathered = householdOf(row.household_id, row.household_name);
    person(gathered, row);
    gathered.provisions.push({
      id: row.id,
      personId: row.person_id,
      domain: row.domain,
      provisionTypeCode: row.provision_type_code,
      startDate: row.start_date,
      endDate: row.end_date,
      endReason: row.end_reason,
      volume: row.volume,
      volumeUnit: row.volume_unit,
    });
  }
  for (const row of openCases) {
    const gathered = householdOf(row.household_id, row.household_name);
    person(gathered, row);
    gathered.openCases.push({
      personId: row.person_id,
      caseTypeCode: row.case_type_code,
      number: row.number,
      receivedOn: row.received_on,
    });
  }

  const lookup = lookupOf(deps.provisionTypes);
  const signals: Signal[] = [];
  for (const [householdId, gathered] of households) {
    const { name: _name, names: _names, ...facts } = gathered;
    for (const raw of evaluateSignals({ today, ...facts }, config, lookup)) {
      signals.push({
        ...raw,
        householdId,
        householdName: gathered.name,
        personName: raw.personId ? (gathered.names.get(raw.personId) ?? null) : null,
      });
    }
  }
  // Longest-standing first: what has waited longest needs attention first.
  return signals.sort(
    (a, b) =>
      compareText(a.since ?? '9999', b.since ?? '9999') ||
      dutch.compare(a.householdName, b.householdName) ||
      compareText(a.code, b.code),
  );
}

const disclosedPersons = (signals: readonly Signal[]) => [
  ...new Set(signals.flatMap((signal) => (signal.personId ? [signal.personId] : []))),
];

export async function householdSignals(deps: SignalDeps, ctx: RequestContext, householdId: string) {
  const now = new Date();
  const today = deps.today();
  const resource = `households/${householdId}/signals`;
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const opened = await openHousehold(tx, ctx, householdId, now, today);
    if (opened.kind === 'missing') return opened;
    if (opened.kind === 'refused') {
      await audit([
        { action: 'household.signals', outcome: 'denied', personIds: opened.personIds, resource },
      ]);
      return { kind: 'refused' } as const;
    }
    const items = await computeSignals(tx, deps, { householdId }, today);
    await audit([{ action: 'household.signals', personIds: opened.personIds, resource }]);
    return { kind: 'ok', items } as const;
  });
  if (outcome.kind === 'missing') throw notFound('Dit huishouden');
  if (outcome.kind === 'refused') throw forbidden('U heeft geen relatie met dit huishouden.');
  return { items: outcome.items };
}

export async function teamSignals(
  deps: SignalDeps,
  ctx: RequestContext,
  teamId: string,
  code?: SignalCode | undefined,
) {
  const today = deps.today();
  const resource = `teams/${teamId}/signals`;
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    if (!mayReadTeamSignals(ctx.actor, teamId)) {
      await audit([{ action: 'signals.team', outcome: 'denied', personIds: [], resource }]);
      return { kind: 'refused' } as const;
    }
    const all = await computeSignals(tx, deps, { teamId }, today);
    const counts: Partial<Record<SignalCode, number>> = {};
    for (const signal of all) counts[signal.code] = (counts[signal.code] ?? 0) + 1;
    const items = code ? all.filter((signal) => signal.code === code) : all;
    // The list discloses who has a signal (counts name no one); household-wide signals name no one.
    await audit([{ action: 'signals.team', personIds: disclosedPersons(items), resource }]);
    return { kind: 'ok', items, counts } as const;
  });
  if (outcome.kind === 'refused') throw forbidden('U ziet alleen de signalen van uw eigen teams.');
  return { items: outcome.items, counts: outcome.counts };
}
