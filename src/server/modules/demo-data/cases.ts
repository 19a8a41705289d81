import type { CaseType } from '../case-types/catalog';
import type { TermCalendar } from '../cases/deadlines/atw';
import { addDays, daysBetween } from '../cases/deadlines/calendar';
import { addTerm, computeDeadline } from '../cases/deadlines/deadline';
import { type BenefitCase, endBenefitsToTarget, generateBenefitStock } from './benefits';
import { generateCareStock } from './care-stock';
import type { DemoHousehold, DemoPerson, Scale } from './generate';
import { REFERENCE_DATE } from './generate';
import { Random } from './random';
import { twoYearCounts } from './volumes';

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
    /** When the provision ends or ended; with a reason when it was ended early (an outflow). */
    provisionEnd?: { endDate: string; endReason: string | null };
    /** Hours or day parts a week, for care provisions measured that way. */
    volume?: { amount: number; unit: string };
  } | null;
}

function ageOn(birthDate: string, date: string): number {
  return Math.floor(daysBetween(birthDate, date) / 365.25);
}

/**
 * Two years of cases over the catalog in the volumes of `volumes.ts`, and the running benefit units
 * and care stock (`care-stock.ts`) that came before them. Pure and deterministic for a seed:
 * durations scatter around each type's term, so a few run late. Persons of benefit households become known to the social domain.
 */
export function generateDemoCases(
  seed: number,
  scale: Scale,
  persons: readonly DemoPerson[],
  households: readonly DemoHousehold[],
  gemeenteOf: ReadonlyMap<string, string>,
  caseTypes: readonly CaseType[],
  calendar: TermCalendar,
  uuid: (random: Random) => string,
): { cases: DemoCase[]; knownHouseholdIds: Set<string> } {
  const random = new Random(seed * 7_907 + 13);
  const stock = generateBenefitStock(seed, scale, persons, households, gemeenteOf, caseTypes, calendar, uuid);
  const knownHouseholdIds = new Set([
    ...households.filter((h) => h.assigned).map((h) => h.id),
    ...stock.map((item) => item.householdId),
  ]);
  const known = new Set(
    households.filter((h) => knownHouseholdIds.has(h.id)).flatMap((h) => h.members.map((m) => m.personId)),
  );
  const adults = persons.filter((p) => known.has(p.id) && ageOn(p.birthDate, REFERENCE_DATE) >= 18);
  // Leerplicht and leerlingenvervoer concern every pupil, not only households known to the teams.
  const youth = persons.filter((p) => ageOn(p.birthDate, REFERENCE_DATE) < 18);
  const cases: DemoCase[] = [
    ...stock.map((item: BenefitCase) => item.demoCase),
    ...generateCareStock(seed, scale, persons, households, stock, caseTypes, calendar, uuid),
  ];
  for (const [code, count] of twoYearCounts(scale)) {
    const caseType = caseTypes.find((candidate) => candidate.code === code);
    if (!caseType) continue;
    const pool = YOUTH_TYPES.has(caseType.code) && youth.length > 0 ? youth : adults;
    for (let i = 0; i < count; i++) {
      cases.push(buildCase(random, caseType, random.pick(pool), calendar, uuid));
    }
  }
  endBenefitsToTarget(seed, scale, cases, gemeenteOf);
  numberByYear(cases);
  return { cases, knownHouseholdIds };
}

function buildCase(
  random: Random,
  caseType: CaseType,
  person: DemoPerson,
  calendar: TermCalendar,
  uuid: (random: Random) => string,
): DemoCase {
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
  return {
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
          ...(result.outcome === 'toegekend'
            ? grantedProvision(random, caseType.domain, decisionType.provisionTypes, finish)
            : { provisionTypeCode: null }),
        }
      : null,
  };
}

/** Weekly volumes of care measured in hours or day parts: [min, max, unit]. */
const WEEKLY_VOLUME: Readonly<Record<string, readonly [number, number, string]>> = {
  'WMO-HULP-HUISHOUDEN': [2, 6, 'uren per week'],
  'WMO-BEGELEIDING': [1, 12, 'uren per week'],
  'WMO-DAGBESTEDING': [2, 8, 'dagdelen per week'],
  'JEUGD-AMBULANT': [1, 6, 'uren per week'],
};

/**
 * The provision a grant gives: in Wmo and Jeugd any of the decision type's kinds, with a weekly
 * volume where it is measured so, and for most an indication period that ends (so some end soon
 * and ask for a herindicatie); elsewhere the first kind, running.
 */
function grantedProvision(random: Random, domain: string, kinds: readonly string[], start: string) {
  if (domain === 'minima') {
    // Minima are granted for a moment or a year, not for good: bijzondere bijstand is a one-off
    // payment, the regelingen run to the end of the calendar year.
    const code = kinds[0] ?? null;
    const endDate = code === 'BIJZONDERE-BIJSTAND' ? start : `${start.slice(0, 4)}-12-31`;
    return { provisionTypeCode: code, provisionEnd: { endDate, endReason: null } };
  }
  if (!['wmo', 'jeugd'].includes(domain)) return { provisionTypeCode: kinds[0] ?? null };
  const code = kinds.length > 0 ? random.pick(kinds) : null;
  const volume = code ? WEEKLY_VOLUME[code] : undefined;
  return {
    provisionTypeCode: code,
    ...(volume ? { volume: { amount: random.int(volume[0], volume[1]), unit: volume[2] } } : {}),
    ...(random.chance(0.6)
      ? { provisionEnd: { endDate: addDays(start, random.int(180, 760)), endReason: null } }
      : {}),
  };
}

/** Numbers follow the order of receipt within each year. */
function numberByYear(cases: DemoCase[]): void {
  const perYear = new Map<number, number>();
  for (const item of [...cases].sort((a, b) =>
    a.receivedOn === b.receivedOn ? a.id.localeCompare(b.id) : a.receivedOn < b.receivedOn ? -1 : 1,
  )) {
    const year = Number(item.receivedOn.slice(0, 4));
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    item.number = `SZMH-${year}-${String(next).padStart(7, '0')}`;
  }
}
