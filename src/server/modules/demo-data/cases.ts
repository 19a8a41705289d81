import type { CaseType } from '../case-types/catalog';
import type { TermCalendar } from '../cases/deadlines/atw';
import { addDays, daysBetween } from '../cases/deadlines/calendar';
import { addTerm, computeDeadline } from '../cases/deadlines/deadline';
import type { DemoHousehold, DemoPerson } from './generate';
import { REFERENCE_DATE } from './generate';
import { Random } from './random';

/** How often each case type occurs, roughly in the proportions of the Jaarplan's volumes. */
const TYPE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['PW-AANVRAAG', 12],
  ['IOAW-AANVRAAG', 1],
  ['IOAZ-AANVRAAG', 1],
  ['BBZ-AANVRAAG', 1],
  ['BB-AANVRAAG', 14],
  ['IIT-AANVRAAG', 6],
  ['CAZ-AANMELDING', 5],
  ['SCHOOLKOSTEN-AANVRAAG', 4],
  ['PARTICIPATIEREGELING-AANVRAAG', 3],
  ['KO-SMI-AANVRAAG', 1],
  ['PSZ-AANVRAAG', 1],
  ['WMO-MELDING', 12],
  ['WMO-AANVRAAG', 10],
  ['WMO-HERINDICATIE', 4],
  ['JEUGDHULP-AANVRAAG', 8],
  ['REINTEGRATIE-TRAJECT', 6],
  ['FRAUDESIGNAAL', 3],
  ['FRAUDEONDERZOEK', 2],
  ['TERUGVORDERING', 2],
  ['BESTUURLIJKE-BOETE', 1],
  ['VERHAAL', 1],
  ['LLV-AANVRAAG', 6],
  ['VERZUIMMELDING', 8],
  ['ZORGMELDING', 5],
  ['RMC-VSV-MELDING', 3],
  ['BEZWAAR', 3],
  ['BEZWAAR-ADVIESCOMMISSIE', 1],
  ['KLACHT', 2],
  ['BEROEP', 1],
  ['AGRESSIE-INCIDENT', 1],
];
const YOUTH_TYPES = new Set([
  'JEUGDHULP-AANVRAAG',
  'LLV-AANVRAAG',
  'VERZUIMMELDING',
  'ZORGMELDING',
  'RMC-VSV-MELDING',
  'PSZ-AANVRAAG',
]);

export interface DemoCase {
  id: string;
  number: string;
  caseType: CaseType;
  personId: string;
  areaCode: string;
  receivedOn: string;
  contestedDecisionDate: string | null;
  statusCode: string;
  legalDeadline: string | null;
  serviceNormDate: string | null;
  suspensions: { fromDate: string; resumedOn: string | null; reason: string }[];
  extensionWeeks: number | null;
  closedOn: string | null;
  resultCode: string | null;
  outcome: string | null;
  decision: {
    id: string;
    decisionTypeCode: string;
    decidedOn: string;
    outcome: string;
    provisionTypeCode: string | null;
  } | null;
}

function ageOn(birthDate: string, date: string): number {
  return Math.floor(daysBetween(birthDate, date) / 365.25);
}

/**
 * Two years of cases over the catalog, for persons in households known to the social domain.
 * Pure and deterministic for a seed: durations scatter around each type's term, so a few run late.
 */
export function generateDemoCases(
  seed: number,
  count: number,
  persons: readonly DemoPerson[],
  households: readonly DemoHousehold[],
  caseTypes: readonly CaseType[],
  calendar: TermCalendar,
  uuid: (random: Random) => string,
): DemoCase[] {
  const random = new Random(seed * 7_907 + 13);
  const known = new Set(
    households.filter((h) => h.assigned).flatMap((h) => h.members.map((m) => m.personId)),
  );
  const adults = persons.filter((p) => known.has(p.id) && ageOn(p.birthDate, REFERENCE_DATE) >= 18);
  const youth = persons.filter((p) => known.has(p.id) && ageOn(p.birthDate, REFERENCE_DATE) < 18);
  const types = TYPE_WEIGHTS.flatMap(([code, weight]) => {
    const type = caseTypes.find((candidate) => candidate.code === code);
    return type ? [[type, weight] as const] : [];
  });
  const cases: DemoCase[] = [];
  for (let i = 0; i < count; i++) {
    const caseType = random.weighted(types);
    const pool = YOUTH_TYPES.has(caseType.code) && youth.length > 0 ? youth : adults;
    const person = random.pick(pool);
    const receivedOn = addDays(REFERENCE_DATE, -random.int(0, 730));
    const contestedDecisionDate =
      caseType.countsFrom === 'einde-bezwaartermijn' ? addDays(receivedOn, -random.int(5, 40)) : null;
    const termDays = caseType.term ? daysBetween(receivedOn, addTerm(receivedOn, caseType.term)) : 60;
    const suspensions: DemoCase['suspensions'] = [];
    if (caseType.suspension.allowed && random.chance(0.12)) {
      const fromDate = addDays(receivedOn, random.int(3, 10));
      const resumedOn = addDays(fromDate, random.int(7, 28));
      suspensions.push({
        fromDate,
        resumedOn: resumedOn <= REFERENCE_DATE ? resumedOn : null,
        reason: 'Wachten op ontbrekende gegevens',
      });
    }
    const extensionWeeks =
      caseType.extension.allowed && caseType.extension.maxAmount && random.chance(0.05)
        ? Math.min(2, caseType.extension.maxAmount)
        : null;
    const deadline = caseType.term
      ? computeDeadline(
          {
            receivedOn,
            term: caseType.term,
            contestedDecisionDate: contestedDecisionDate ?? undefined,
            objectionPeriod: caseType.objectionPeriod,
            suspensions: suspensions.map((s) => ({ from: s.fromDate, resumedOn: s.resumedOn })),
            extensions: extensionWeeks ? [{ amount: extensionWeeks, unit: 'weeks' }] : [],
            today: REFERENCE_DATE,
          },
          calendar,
        )
      : undefined;
    // Most cases finish within their term; about one in twelve runs over it.
    const duration = Math.round(
      termDays * (random.chance(0.08) ? 1.1 + random.next() * 0.6 : 0.3 + random.next() * 0.6),
    );
    const finish = addDays(deadline?.countsFrom ?? receivedOn, duration + (deadline?.suspendedDays ?? 0));
    const closed = finish < REFERENCE_DATE && !suspensions.some((s) => !s.resumedOn);
    const result = closed
      ? random.weighted(caseType.results.map((r, index) => [r, index === 0 ? 6 : 1] as const))
      : null;
    const decisionType = caseType.decisionTypes[0];
    const decides =
      closed &&
      result &&
      decisionType &&
      ['toegekend', 'afgewezen', 'gegrond', 'ongegrond'].includes(result.outcome);
    const statuses = caseType.statuses;
    cases.push({
      id: uuid(random),
      number: '',
      caseType,
      personId: person.id,
      areaCode: person.areaCode,
      receivedOn,
      contestedDecisionDate,
      statusCode: closed
        ? (statuses[statuses.length - 1]?.code ?? 'afgehandeld')
        : (statuses[random.int(0, Math.max(0, statuses.length - 2))]?.code ?? 'ontvangen'),
      legalDeadline: deadline?.legalDeadline ?? null,
      serviceNormDate: caseType.serviceNorm
        ? calendar.nextWorkingDay(addTerm(deadline?.countsFrom ?? receivedOn, caseType.serviceNorm))
        : null,
      suspensions,
      extensionWeeks,
      closedOn: closed ? finish : null,
      resultCode: result?.code ?? null,
      outcome: result?.outcome ?? null,
      decision: decides
        ? {
            id: uuid(random),
            decisionTypeCode: decisionType.code,
            decidedOn: finish,
            outcome: result.outcome,
            provisionTypeCode:
              result.outcome === 'toegekend' ? (decisionType.provisionTypes[0] ?? null) : null,
          }
        : null,
    });
  }
  // Numbers follow the order of receipt within each year.
  const perYear = new Map<number, number>();
  for (const item of [...cases].sort((a, b) =>
    a.receivedOn === b.receivedOn ? a.id.localeCompare(b.id) : a.receivedOn < b.receivedOn ? -1 : 1,
  )) {
    const year = Number(item.receivedOn.slice(0, 4));
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    item.number = `SZMH-${year}-${String(next).padStart(7, '0')}`;
  }
  return cases;
}
