import { sql } from 'drizzle-orm';
import {
  caseEvents,
  caseExtensions,
  caseNumberCounters,
  caseSuspensions,
  cases,
  decisions,
  provisions,
} from '../../platform/db/schema';
import type { Transactor } from '../../platform/db/transactor';
import type { CatalogArea } from '../areas/catalog';
import type { DemoCase } from './cases';
import { insertRows } from './repository';
import { DEMO_TEAMS } from './teams';

const BATCH = 500;

/** Inserts the demo cases with their suspensions, extensions, timeline, decisions and provisions. */
export async function loadDemoCases(
  transactor: Transactor,
  input: {
    cases: readonly DemoCase[];
    areas: readonly CatalogArea[];
    teamIdByCode: ReadonlyMap<string, string>;
    /** Called after each committed batch with its number of cases. */
    onBatch?: (count: number) => void;
  },
): Promise<number> {
  const demoCases = input.cases;
  const gemeenteOf = new Map(input.areas.map((area) => [area.code, area.parentCode ?? area.code]));
  const teamOf = (areaCode: string, specialism: string | undefined) => {
    const team = specialism
      ? DEMO_TEAMS.find((candidate) => candidate.specialism === specialism)
      : DEMO_TEAMS.find((candidate) => candidate.areaCodes.includes(areaCode));
    return input.teamIdByCode.get(team?.code ?? '') ?? input.teamIdByCode.get('GT-MAA-CENTRUM') ?? '';
  };
  for (let start = 0; start < demoCases.length; start += BATCH) {
    const batch = demoCases.slice(start, start + BATCH);
    await transactor.transaction(async (tx) => {
      await insertRows(
        tx,
        cases,
        batch.map((item) => ({
          id: item.id,
          number: item.number,
          caseTypeCode: item.caseType.code,
          caseTypeVersion: item.caseType.version,
          domain: item.caseType.domain,
          personId: item.personId,
          teamId: teamOf(item.areaCode, item.caseType.specialistTeam),
          gemeenteCode: gemeenteOf.get(item.areaCode) ?? null,
          areaCode: item.areaCode,
          receivedOn: item.receivedOn,
          channel: 'balie',
          contestedDecisionDate: item.contestedDecisionDate,
          statusCode: item.statusCode,
          legalDeadline: item.legalDeadline,
          serviceNormDate: item.serviceNormDate,
          suspendedSince: item.suspensions.find((s) => !s.resumedOn)?.fromDate ?? null,
          closedOn: item.closedOn,
          resultCode: item.resultCode,
          outcome: item.outcome,
        })),
      );
      await insertRows(
        tx,
        caseSuspensions,
        batch.flatMap((item) => item.suspensions.map((s) => ({ caseId: item.id, ...s }))),
      );
      await insertRows(
        tx,
        caseExtensions,
        batch.flatMap((item) =>
          item.extensionWeeks
            ? [
                {
                  caseId: item.id,
                  reason: 'Advies van een deskundige nodig',
                  amount: item.extensionWeeks,
                  unit: 'weeks',
                },
              ]
            : [],
        ),
      );
      await insertRows(
        tx,
        caseEvents,
        batch.flatMap((item) => [
          {
            caseId: item.id,
            kind: 'aangemaakt',
            occurredAt: new Date(`${item.receivedOn}T09:00:00Z`),
            details: { number: item.number },
          },
          ...(item.closedOn
            ? [
                {
                  caseId: item.id,
                  kind: 'afgesloten',
                  occurredAt: new Date(`${item.closedOn}T15:00:00Z`),
                  details: { result: item.resultCode },
                },
              ]
            : []),
        ]),
      );
      const decided = batch.filter((item) => item.decision);
      await insertRows(
        tx,
        decisions,
        decided.map((item) => ({
          id: item.decision?.id,
          caseId: item.id,
          decisionTypeCode: item.decision?.decisionTypeCode,
          kind: 'besluit',
          decidedOn: item.decision?.decidedOn,
          effectiveFrom: item.decision?.decidedOn,
          outcome: item.decision?.outcome,
        })),
      );
      await insertRows(
        tx,
        provisions,
        decided.flatMap((item) =>
          item.decision?.provisionTypeCode
            ? [
                {
                  decisionId: item.decision.id,
                  caseId: item.id,
                  personId: item.personId,
                  domain: item.caseType.domain,
                  provisionTypeCode: item.decision.provisionTypeCode,
                  startDate: item.decision.decidedOn,
                  endDate: item.decision.provisionEnd?.endDate ?? null,
                  endReason: item.decision.provisionEnd?.endReason ?? null,
                  volume: item.decision.volume?.amount ?? null,
                  volumeUnit: item.decision.volume?.unit ?? null,
                  payingGemeenteCode: gemeenteOf.get(item.areaCode) ?? null,
                },
              ]
            : [],
        ),
      );
    });
    input.onBatch?.(batch.length);
  }
  // New cases continue numbering after the demo's.
  await transactor.transaction(async (tx) => {
    await tx.execute(sql`insert into ${caseNumberCounters} (year, last)
      select substring(number from 6 for 4)::int, max(substring(number from 11)::int) from ${cases} group by 1
      on conflict (year) do update set last = excluded.last`);
  });
  return demoCases.length;
}
