import type { SignalCode } from '../../../shared/api/household-view';
import type { SignalConfig } from './config';
import { addDays, addMonths, ageOn, birthdayAt, daysBetween, dutchDate } from './dates';

/**
 * The household signals as pure functions of the facts: one function per signal, each returning
 * the signals that fire with a Dutch sentence saying why. The repository selects candidates; these
 * rules decide, so a signal fires exactly when its condition holds in the data and clears when
 * the data changes.
 */

export interface MemberFact {
  personId: string;
  birthDate: string | null;
}

export interface ProvisionFact {
  id: string;
  personId: string;
  domain: string;
  provisionTypeCode: string;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  volume: number | null;
  volumeUnit: string | null;
}

export interface OpenCaseFact {
  personId: string;
  caseTypeCode: string;
  number: string;
  receivedOn: string;
}

export interface PlanFact {
  version: number;
  nextReviewOn: string | null;
}

export interface HouseholdFacts {
  today: string;
  members: readonly MemberFact[];
  /** The newest version of the household's plan, if it has one. */
  plan: PlanFact | null;
  provisions: readonly ProvisionFact[];
  openCases: readonly OpenCaseFact[];
  /** Set when members have open cases but the household has no regisseur. */
  withoutRegisseur?: { openCases: number; since: string } | null;
}

/** What the provision-type catalog says about a type; injected so rules do not read files. */
export interface ProvisionTypeInfo {
  code: string;
  name: string;
  domain: string;
  category: string;
  wlzIndicator?: boolean | undefined;
}
export type ProvisionTypeLookup = (code: string) => ProvisionTypeInfo | undefined;

export interface RawSignal {
  code: SignalCode;
  personId: string | null;
  explanation: string;
  since: string | null;
}

const DOMAIN_NAMES: Record<string, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd',
  inkomen: 'Inkomen',
  minima: 'Minima',
  participatie: 'Participatie',
  onderwijs: 'Onderwijs',
  handhaving: 'Handhaving',
  bedrijfsvoering: 'Bedrijfsvoering',
};
const domainName = (domain: string) => DOMAIN_NAMES[domain] ?? domain;
const typeName = (types: ProvisionTypeLookup, code: string) => types(code)?.name ?? code;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Running on a day: started, and not ended before it. */
export function isRunning(provision: ProvisionFact, today: string): boolean {
  return provision.startDate <= today && (provision.endDate === null || provision.endDate >= today);
}

export function planReviewOverdue(facts: HouseholdFacts, config: SignalConfig): RawSignal[] {
  const review = facts.plan?.nextReviewOn;
  if (!facts.plan || !review) return [];
  const due = addDays(review, config.planReview.graceDays);
  if (due >= facts.today) return [];
  const late = daysBetween(review, facts.today);
  return [
    {
      code: 'plan-evaluatie-verlopen',
      personId: null,
      explanation: `De evaluatie van het plan (versie ${facts.plan.version}) stond gepland op ${dutchDate(review)} en is ${plural(late, 'dag', 'dagen')} over tijd.`,
      since: review,
    },
  ];
}

export function provisionEndingWithoutReassessment(
  facts: HouseholdFacts,
  config: SignalConfig,
  types: ProvisionTypeLookup,
): RawSignal[] {
  const rule = config.provisionEnding;
  const horizon = addDays(facts.today, rule.weeksAhead * 7);
  const reassessed = new Set(
    facts.openCases
      .filter((open) => rule.reassessmentCaseTypes.includes(open.caseTypeCode))
      .map((open) => open.personId),
  );
  return facts.provisions
    .filter(
      (provision) =>
        isRunning(provision, facts.today) &&
        provision.endDate !== null &&
        provision.endDate <= horizon &&
        // An end reason means the provision was ended on purpose: nothing to re-assess.
        provision.endReason === null &&
        rule.domains.includes(provision.domain) &&
        !reassessed.has(provision.personId),
    )
    .map((provision) => {
      const end = provision.endDate as string;
      const weeks = Math.floor(daysBetween(facts.today, end) / 7);
      const when = weeks === 0 ? 'binnen een week' : `over ${plural(weeks, 'week', 'weken')}`;
      return {
        code: 'voorziening-eindigt-zonder-herindicatie' as const,
        personId: provision.personId,
        explanation: `${typeName(types, provision.provisionTypeCode)} eindigt op ${dutchDate(end)} (${when}) en er loopt geen herindicatie (${rule.reassessmentCaseTypes.join(', ')}).`,
        since: addDays(end, -rule.weeksAhead * 7),
      };
    });
}

export function stackingOfCare(
  facts: HouseholdFacts,
  config: SignalConfig,
  types: ProvisionTypeLookup,
): RawSignal[] {
  const rule = config.stacking;
  const running = facts.provisions
    .filter((provision) => isRunning(provision, facts.today) && rule.domains.includes(provision.domain))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  // A type missing from the catalog counts as a category of its own rather than not at all.
  const categoryOf = (provision: ProvisionFact) =>
    types(provision.provisionTypeCode)?.category ?? provision.provisionTypeCode;
  const categories = new Set<string>();
  const domains = new Set<string>();
  let since: string | null = null;
  for (const provision of running) {
    categories.add(categoryOf(provision));
    domains.add(provision.domain);
    if (since === null && (categories.size >= rule.minCategories || domains.size >= rule.minDomains)) {
      since = provision.startDate;
    }
  }
  if (since === null) return [];
  return [
    {
      code: 'stapeling-van-zorg',
      personId: null,
      explanation: `Het huishouden heeft lopende voorzieningen in ${plural(categories.size, 'categorie', 'categorieën')} (${[...categories].sort().join(', ')}) en ${plural(domains.size, 'domein', 'domeinen')} (${[...domains].map(domainName).sort().join(', ')}); de drempel is ${rule.minCategories} categorieën of ${rule.minDomains} domeinen.`,
      since,
    },
  ];
}

export function possibleWlz(
  facts: HouseholdFacts,
  config: SignalConfig,
  types: ProvisionTypeLookup,
): RawSignal[] {
  const rule = config.wlz;
  const running = facts.provisions.filter((provision) => isRunning(provision, facts.today));
  const signals: RawSignal[] = [];
  const personIds = [...new Set(running.map((provision) => provision.personId))];
  for (const personId of personIds) {
    const own = running.filter((provision) => provision.personId === personId);
    const permanent = own.find(
      (provision) =>
        rule.permanentCareTypes.includes(provision.provisionTypeCode) ||
        types(provision.provisionTypeCode)?.wlzIndicator === true,
    );
    if (permanent) {
      signals.push({
        code: 'mogelijk-wlz',
        personId,
        explanation: `${typeName(types, permanent.provisionTypeCode)} loopt sinds ${dutchDate(permanent.startDate)}: een aanwijzing voor blijvend toezicht in de nabijheid. Laat beoordelen of een Wlz-indicatie (CIZ) past.`,
        since: permanent.startDate,
      });
      continue;
    }
    const begeleiding = own.find(
      (provision) =>
        rule.begeleidingTypes.includes(provision.provisionTypeCode) &&
        provision.volume !== null &&
        provision.volumeUnit !== null &&
        rule.hoursPerWeekUnits.includes(provision.volumeUnit) &&
        provision.volume >= rule.begeleidingMinHoursPerWeek,
    );
    const dagbesteding = own.find((provision) =>
      rule.dagbestedingTypes.includes(provision.provisionTypeCode),
    );
    if (begeleiding && dagbesteding) {
      // Since both run: the later of the two start dates (ISO dates compare as text).
      const since = [begeleiding.startDate, dagbesteding.startDate].sort()[1] ?? begeleiding.startDate;
      signals.push({
        code: 'mogelijk-wlz',
        personId,
        explanation: `${typeName(types, begeleiding.provisionTypeCode)} van ${begeleiding.volume} uur per week (drempel ${rule.begeleidingMinHoursPerWeek}) loopt samen met ${typeName(types, dagbesteding.provisionTypeCode).toLowerCase()}: zorg verspreid over de dag. Laat beoordelen of een Wlz-indicatie (CIZ) past.`,
        since,
      });
    }
  }
  return signals;
}

export function transitionTo18(
  facts: HouseholdFacts,
  config: SignalConfig,
  types: ProvisionTypeLookup,
): RawSignal[] {
  const rule = config.transition18;
  const horizon = addMonths(facts.today, rule.monthsAhead);
  const signals: RawSignal[] = [];
  for (const member of facts.members) {
    if (!member.birthDate) continue;
    const adult = birthdayAt(member.birthDate, 18);
    if (adult <= facts.today || adult > horizon) continue;
    const care = facts.provisions.find(
      (provision) =>
        provision.personId === member.personId &&
        rule.domains.includes(provision.domain) &&
        isRunning(provision, facts.today),
    );
    if (!care) continue;
    const months = Math.floor(daysBetween(facts.today, adult) / 30.44);
    const when = months === 0 ? 'binnen een maand' : `over ${plural(months, 'maand', 'maanden')}`;
    signals.push({
      code: 'overgang-18',
      personId: member.personId,
      explanation: `Wordt op ${dutchDate(adult)} 18 jaar (${when}) en heeft lopende jeugdhulp (${typeName(types, care.provisionTypeCode)}${care.endDate ? ` tot ${dutchDate(care.endDate)}` : ''}); regel de overgang naar hulp voor volwassenen op tijd.`,
      since: addMonths(adult, -rule.monthsAhead),
    });
  }
  return signals;
}

export function schoolAbsenceInFamily(facts: HouseholdFacts, config: SignalConfig): RawSignal[] {
  const rule = config.schoolAbsence;
  const signals: RawSignal[] = [];
  for (const member of facts.members) {
    if (!member.birthDate) continue;
    const age = ageOn(member.birthDate, facts.today);
    if (age < rule.minAge || age > rule.maxAge) continue;
    const reports = facts.openCases
      .filter((open) => open.personId === member.personId && rule.caseTypes.includes(open.caseTypeCode))
      .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
    const first = reports[0];
    if (!first) continue;
    signals.push({
      code: 'schoolverzuim-in-gezin',
      personId: member.personId,
      explanation: `Is ${age} jaar (leerplichtig) en heeft ${reports.length === 1 ? 'een open verzuimmelding' : `${reports.length} open verzuimmeldingen`} (${first.number}, ontvangen ${dutchDate(first.receivedOn)}).`,
      since: first.receivedOn,
    });
  }
  return signals;
}

/** One contact person per household in care: open cases without a regisseur need one appointed. */
export function missingRegisseur(facts: HouseholdFacts): RawSignal[] {
  const missing = facts.withoutRegisseur;
  if (!missing || missing.openCases === 0) return [];
  return [
    {
      code: 'geen-regisseur',
      personId: null,
      explanation: `Het huishouden heeft ${plural(missing.openCases, 'open zaak', 'open zaken')} (de eerste sinds ${dutchDate(missing.since)}), maar nog geen regisseur als vast aanspreekpunt.`,
      since: missing.since,
    },
  ];
}

/** Every signal of one household, in a fixed order: household-wide first, then per person. */
export function evaluateSignals(
  facts: HouseholdFacts,
  config: SignalConfig,
  types: ProvisionTypeLookup,
): RawSignal[] {
  return [
    ...missingRegisseur(facts),
    ...planReviewOverdue(facts, config),
    ...stackingOfCare(facts, config, types),
    ...provisionEndingWithoutReassessment(facts, config, types),
    ...possibleWlz(facts, config, types),
    ...transitionTo18(facts, config, types),
    ...schoolAbsenceInFamily(facts, config),
  ];
}
