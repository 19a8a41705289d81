import type { CaseType } from '../case-types/catalog';
import type { TermCalendar } from '../cases/deadlines/atw';
import { addDays, daysBetween } from '../cases/deadlines/calendar';
import { addTerm } from '../cases/deadlines/deadline';
import type { DemoCase } from './cases';
import type { DemoHousehold, DemoPerson, Scale } from './generate';
import { REFERENCE_DATE } from './generate';
import { Random } from './random';
import { benefitUnitCounts } from './volumes';

/** Which law a running benefit falls under; algemene bijstand is by far the largest. */
const BENEFIT_TYPES: readonly (readonly [string, number])[] = [
  ['PW-AANVRAAG', 93],
  ['IOAW-AANVRAAG', 4],
  ['IOAZ-AANVRAAG', 1],
  ['BBZ-AANVRAAG', 2],
];

export interface BenefitCase {
  householdId: string;
  demoCase: DemoCase;
}

/**
 * The benefit units running on the reference date: per gemeente, households with an adult of
 * working age, each with the granted application that started its benefit one to eight years
 * before. Their provisions have no end date, so they count as running.
 */
export function generateBenefitStock(
  seed: number,
  scale: Scale,
  persons: readonly DemoPerson[],
  households: readonly DemoHousehold[],
  gemeenteOf: ReadonlyMap<string, string>,
  caseTypes: readonly CaseType[],
  calendar: TermCalendar,
  uuid: (random: Random) => string,
): BenefitCase[] {
  const random = new Random(seed * 4_111 + 71);
  const personById = new Map(persons.map((person) => [person.id, person]));
  const applicant = (household: DemoHousehold) =>
    household.members
      .map((member) => personById.get(member.personId))
      .find((person) => {
        if (!person) return false;
        const age = Math.floor(daysBetween(person.birthDate, REFERENCE_DATE) / 365.25);
        return age >= 18 && age < 67;
      });
  const types = BENEFIT_TYPES.flatMap(([code, weight]) => {
    const type = caseTypes.find((candidate) => candidate.code === code);
    return type ? [[type, weight] as const] : [];
  });
  const stock: BenefitCase[] = [];
  for (const [gemeente, units] of benefitUnitCounts(scale)) {
    const candidates = households.filter(
      (household) => gemeenteOf.get(household.areaCode) === gemeente && applicant(household),
    );
    // A deterministic shuffle, then the first `units` households.
    const order = candidates.map((household) => ({ household, key: random.next() }));
    order.sort((a, b) => a.key - b.key);
    for (const { household } of order.slice(0, units)) {
      const person = applicant(household);
      if (!person) continue;
      const caseType = random.weighted(types);
      stock.push({
        householdId: household.id,
        demoCase: grantedCase(random, caseType, person, calendar, uuid),
      });
    }
  }
  return stock;
}

/**
 * A granted application, closed on its decision, whose provision starts on the decision date:
 * received one to eight years before the reference date unless `receivedOn` is given, granting
 * the decision type's first provision type unless another is given.
 */
export function grantedCase(
  random: Random,
  caseType: CaseType,
  person: DemoPerson,
  calendar: TermCalendar,
  uuid: (r: Random) => string,
  options: { receivedOn?: string; provisionTypeCode?: string } = {},
): DemoCase {
  const receivedOn = options.receivedOn ?? addDays(REFERENCE_DATE, -random.int(731, 8 * 365));
  const decidedOn = addDays(receivedOn, random.int(20, 56));
  const result = caseType.results.find((candidate) => candidate.outcome === 'toegekend');
  const decisionType = caseType.decisionTypes[0];
  const last = caseType.statuses[caseType.statuses.length - 1];
  const demoCase: DemoCase = {
    id: uuid(random),
    number: '',
    caseType,
    personId: person.id,
    areaCode: person.areaCode,
    receivedOn,
    contestedDecisionDate: null,
    statusCode: last?.code ?? 'afgehandeld',
    legalDeadline: caseType.term ? calendar.nextWorkingDay(addTerm(receivedOn, caseType.term)) : null,
    serviceNormDate: caseType.serviceNorm
      ? calendar.nextWorkingDay(addTerm(receivedOn, caseType.serviceNorm))
      : null,
    suspensions: [],
    extensionWeeks: null,
    closedOn: decidedOn,
    resultCode: result?.code ?? null,
    outcome: result?.outcome ?? null,
    decision: decisionType
      ? {
          id: uuid(random),
          decisionTypeCode: decisionType.code,
          decidedOn,
          outcome: 'toegekend',
          provisionTypeCode: options.provisionTypeCode ?? decisionType.provisionTypes[0] ?? null,
        }
      : null,
  };
  return demoCase;
}

/** Why benefits end, in rough proportions; work comes first, as the Jaarplan aims. */
const END_REASONS: readonly (readonly [string, number])[] = [
  ['uitstroom-naar-werk', 45],
  ['verhuizing', 15],
  ['niet-meer-nodig', 15],
  ['andere-reden', 20],
  ['overlijden', 5],
];
const WINDOW_START = addDays(REFERENCE_DATE, -730);

/**
 * Benefits granted in the two demo years add to the stock, so as many running benefits end in
 * those years (outflow, mostly to work) as keeps each gemeente at its number of benefit units on
 * the reference date.
 */
export function endBenefitsToTarget(
  seed: number,
  scale: Scale,
  cases: readonly DemoCase[],
  gemeenteOf: ReadonlyMap<string, string>,
): void {
  const random = new Random(seed * 2_029 + 5);
  const targets = new Map(benefitUnitCounts(scale));
  const running = new Map<string, number>();
  const endable = new Map<string, DemoCase[]>();
  for (const item of cases) {
    const decision = item.decision;
    if (item.caseType.domain !== 'inkomen' || !decision?.provisionTypeCode || decision.provisionEnd) continue;
    const gemeente = gemeenteOf.get(item.areaCode) ?? '';
    running.set(gemeente, (running.get(gemeente) ?? 0) + 1);
    // A benefit must have run a month before it can end within the demo years.
    if (decision.decidedOn < addDays(REFERENCE_DATE, -31)) {
      endable.set(gemeente, [...(endable.get(gemeente) ?? []), item]);
    }
  }
  for (const [gemeente, list] of endable) {
    const surplus = (running.get(gemeente) ?? 0) - (targets.get(gemeente) ?? 0);
    if (surplus <= 0) continue;
    const order = list.map((item) => ({ item, key: random.next() })).sort((a, b) => a.key - b.key);
    for (const { item } of order.slice(0, surplus)) {
      if (!item.decision) continue;
      const earliest = [addDays(item.decision.decidedOn, 30), WINDOW_START].sort()[1] ?? WINDOW_START;
      const span = Math.max(0, daysBetween(earliest, REFERENCE_DATE) - 1);
      item.decision.provisionEnd = {
        endDate: addDays(earliest, random.int(0, span)),
        endReason: random.weighted(END_REASONS),
      };
    }
  }
}
