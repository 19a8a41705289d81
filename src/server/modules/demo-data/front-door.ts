import { CHILD_LIFE_DOMAINS, LIFE_DOMAINS, type LifeDomain } from '../../../shared/api/front-door';
import type { PlanContent } from '../../../shared/api/plans';
import { addDays, daysBetween } from '../cases/deadlines/calendar';
import type { DemoCase } from './cases';
import {
  ACTIONS,
  ADVICE,
  CLARIFIED,
  CONSIDERED,
  GOALS,
  NETWORK,
  OWN_WORDS,
  REFERRAL_PARTNERS,
} from './front-door-texts';
import type { DemoHousehold, DemoPerson } from './generate';
import { NAMED_EXAMPLES, REFERENCE_DATE } from './generate';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE } from './names';
import { Random } from './random';

/** Cases that start at the front door: each had a melding (intake) before it. */
const FRONT_DOOR_TYPES = new Set(['WMO-MELDING', 'JEUGDHULP-AANVRAAG', 'PW-AANVRAAG', 'BB-AANVRAAG']);
const CHANNELS = [
  'balie',
  'telefoon',
  'sociaal-team',
  'online',
  'school',
  'huisarts',
  'buren-netwerk',
  'veilig-thuis',
];
const ADULT_DOMAINS = (Object.keys(LIFE_DOMAINS) as LifeDomain[]).filter(
  (d) => !CHILD_LIFE_DOMAINS.includes(d),
);

export interface DemoIntake {
  id: string;
  personId: string;
  householdId: string | null;
  channel: string;
  reportedBy: string | null;
  ownWords: string;
  clarifiedQuestion: string | null;
  receivedOn: string;
  status: 'open' | 'afgerond';
  outcomeKinds: string[];
  advice: string | null;
  completedOn: string | null;
  caseId: string | null;
  referrals: string[];
  scores: { personId: string; assessedOn: string; lifeDomain: string; score: number }[];
}

export interface DemoPlan {
  householdId: string;
  version: number;
  content: PlanContent;
  agreedOn: string;
  agreementMethod: string;
  nextReviewOn: string;
  createdOn: string;
}

export interface DemoNetworkMember {
  householdId: string;
  name: string;
  role: string;
  support: string;
}

export interface DemoAppointment {
  caseId: string;
  startsAt: string;
  place: string;
  participants: string[];
  report: string | null;
}

export interface DemoReferral {
  caseId: string;
  referrer: string;
  secondOpinionBy: string | null;
  secondOpinionOn: string | null;
  secondOpinionOutcome: string | null;
}

export interface DemoFrontDoor {
  intakes: DemoIntake[];
  plans: DemoPlan[];
  network: DemoNetworkMember[];
  appointments: DemoAppointment[];
  referrals: DemoReferral[];
}

const ageOn = (birthDate: string, date: string) => Math.floor(daysBetween(birthDate, date) / 365.25);

/**
 * The front door's history for the demo: a melding before every front-door case and, for about
 * one in three more, a melding that ended in advice or a referral; vraagverheldering with scores
 * (and a second assessment months later for some, so the chart has lines); a plan for households
 * with Wmo or Jeugd care, some overdue for review; and an informal network for many known
 * households. Pure and deterministic for a seed.
 */
export function generateFrontDoor(
  seed: number,
  persons: readonly DemoPerson[],
  households: readonly DemoHousehold[],
  cases: readonly DemoCase[],
  uuid: (random: Random) => string,
): DemoFrontDoor {
  const random = new Random(seed * 3_571 + 29);
  const personById = new Map(persons.map((person) => [person.id, person]));
  const householdOf = new Map<string, DemoHousehold>();
  for (const household of households)
    for (const member of household.members) householdOf.set(member.personId, household);
  const domainOfType = (item: DemoCase) => item.caseType.domain;

  const intakes: DemoIntake[] = [];
  const windowStart = addDays(REFERENCE_DATE, -730);
  const fromCases = cases.filter(
    (item) => FRONT_DOOR_TYPES.has(item.caseType.code) && item.receivedOn >= windowStart,
  );
  for (const item of fromCases) {
    intakes.push(intakeFor(random, item.personId, domainOfType(item), item.receivedOn, item.id, uuid));
  }
  // Meldingen that needed no case: advice, or a referral to the voorliggend veld.
  const known = households.filter((household) => household.assigned);
  const extra = Math.round(fromCases.length / 3);
  for (let i = 0; i < extra && known.length > 0; i++) {
    const household = random.pick(known);
    const member = random.pick(household.members);
    const receivedOn = addDays(REFERENCE_DATE, -random.int(0, 729));
    intakes.push(
      intakeFor(
        random,
        member.personId,
        random.pick(['wmo', 'jeugd', 'minima', 'participatie']),
        receivedOn,
        null,
        uuid,
      ),
    );
  }
  for (const intake of intakes) {
    intake.householdId = householdOf.get(intake.personId)?.id ?? null;
    addScores(random, intake, householdOf.get(intake.personId), personById);
  }

  // Plans for households granted Wmo or Jeugd care in the demo years (not for every household of
  // the running care stock: many need no more than a hulpmiddel or help in the house).
  const caredFor = new Set(
    cases
      .filter(
        (item) =>
          ['wmo', 'jeugd'].includes(item.caseType.domain) &&
          item.decision?.provisionTypeCode &&
          item.receivedOn >= windowStart,
      )
      .map((item) => householdOf.get(item.personId)?.id)
      .filter((id): id is string => Boolean(id)),
  );
  // The README's walkthrough writes the first plan of Maria Jansen's household itself.
  const walkthroughPerson = persons.find((person) => person.bsn === NAMED_EXAMPLES.maria.bsn);
  const walkthrough = walkthroughPerson ? householdOf.get(walkthroughPerson.id)?.id : undefined;
  const plans: DemoPlan[] = [];
  for (const householdId of caredFor) {
    if (householdId !== walkthrough) plans.push(...plansFor(random, householdId, uuid));
  }

  const network: DemoNetworkMember[] = [];
  for (const household of known) {
    if (!random.chance(0.4)) continue;
    for (let i = random.int(1, 3); i > 0; i--) {
      const [role, support] = random.pick(NETWORK);
      const female = random.chance(0.6);
      const given = random.pick(female ? GIVEN_NAMES_FEMALE.older : GIVEN_NAMES_MALE.older);
      network.push({
        householdId: household.id,
        name: `${given} ${random.pick(FAMILY_NAMES)}`,
        role,
        support,
      });
    }
  }
  return { intakes, plans, network, ...wmoAndJeugd(random, cases) };
}

/** A keukentafelgesprek for every Wmo melding (reported once held), a referrer for every jeugdhulp request. */
function wmoAndJeugd(random: Random, cases: readonly DemoCase[]) {
  const appointments: DemoAppointment[] = [];
  const referrals: DemoReferral[] = [];
  for (const item of cases) {
    if (item.caseType.code === 'WMO-MELDING') {
      const day = addDays(item.receivedOn, random.int(5, 20));
      const held = day < REFERENCE_DATE;
      appointments.push({
        caseId: item.id,
        startsAt: `${day}T${random.pick(['09', '10', '13', '14'])}:00:00+01:00`,
        place: random.pick([
          'Bij de inwoner thuis',
          'Wijkkantoor van het gebiedsteam',
          'Bij de dochter thuis',
        ]),
        participants: ['inwoner', 'Wmo-consulent', ...(random.chance(0.5) ? ['mantelzorger'] : [])],
        report: held && (item.closedOn || random.chance(0.7)) ? random.pick(KITCHEN_TABLE_REPORTS) : null,
      });
    }
    if (item.caseType.code === 'JEUGDHULP-AANVRAAG') {
      const second = random.chance(0.05);
      referrals.push({
        caseId: item.id,
        referrer: random.weighted([
          ['gemeente', 40],
          ['huisarts', 35],
          ['jeugdarts', 10],
          ['gecertificeerde-instelling', 15],
        ] as const),
        secondOpinionBy: second ? 'Onafhankelijk jeugdarts' : null,
        secondOpinionOn: second ? addDays(item.receivedOn, random.int(10, 30)) : null,
        secondOpinionOutcome: second ? 'Bevestigt de hulpvraag; ambulante hulp volstaat' : null,
      });
    }
  }
  // A second opinion is never dated after the reference date.
  for (const referral of referrals) {
    if (referral.secondOpinionOn && referral.secondOpinionOn > REFERENCE_DATE)
      referral.secondOpinionOn = REFERENCE_DATE;
  }
  return { appointments, referrals };
}

const KITCHEN_TABLE_REPORTS = [
  'Besproken wat lukt en wat niet; de dochter helpt met boodschappen. Afgesproken: aanvraag begeleiding.',
  'Inwoner wil zelfstandig blijven wonen. Eerst de was- en strijkservice proberen; over zes weken evalueren.',
  'Mantelzorger is overbelast. Respijtzorg besproken en het Steunpunt Mantelzorg ingeschakeld.',
] as const;

function intakeFor(
  random: Random,
  personId: string,
  domain: string,
  receivedOn: string,
  caseId: string | null,
  uuid: (random: Random) => string,
): DemoIntake {
  const channel = random.pick(CHANNELS);
  // Recent meldingen without a case are still being clarified.
  const open = !caseId && daysBetween(receivedOn, REFERENCE_DATE) < 14;
  const referral = !caseId && !open && random.chance(0.5);
  const clarified = !open || random.chance(0.5);
  return {
    id: uuid(random),
    personId,
    householdId: null,
    channel,
    reportedBy:
      channel === 'buren-netwerk'
        ? 'buurvrouw'
        : channel === 'school'
          ? 'intern begeleider'
          : channel === 'huisarts'
            ? 'huisarts'
            : null,
    ownWords: random.pick(OWN_WORDS[domain] ?? OWN_WORDS.wmo ?? ['Ik heb hulp nodig.']),
    clarifiedQuestion: clarified
      ? random.pick(CLARIFIED[domain] ?? CLARIFIED.wmo ?? ['Hulpvraag verhelderd.'])
      : null,
    receivedOn,
    status: open ? 'open' : 'afgerond',
    outcomeKinds: open ? [] : caseId ? ['zaken'] : referral ? ['doorverwijzing'] : ['advies'],
    advice: !open && !caseId && !referral ? random.pick(ADVICE) : null,
    completedOn: open ? null : addDays(receivedOn, random.int(0, 10)),
    caseId,
    referrals: referral ? [random.pick(REFERRAL_PARTNERS)] : [],
    scores: [],
  };
}

/** Scores at the intake and, for about a third, a later assessment that mostly shows progress. */
function addScores(
  random: Random,
  intake: DemoIntake,
  household: DemoHousehold | undefined,
  personById: ReadonlyMap<string, DemoPerson>,
) {
  if (!intake.clarifiedQuestion) return;
  const domains = [...ADULT_DOMAINS].sort(() => random.next() - 0.5).slice(0, random.int(4, 7));
  const second = random.chance(0.35) ? addDays(intake.receivedOn, random.int(90, 270)) : null;
  for (const lifeDomain of domains) {
    const score = random.weighted([
      [1, 1],
      [2, 4],
      [3, 4],
      [4, 2],
      [5, 1],
    ] as const);
    intake.scores.push({ personId: intake.personId, assessedOn: intake.receivedOn, lifeDomain, score });
    if (second && second < REFERENCE_DATE) {
      const later = Math.max(
        1,
        Math.min(
          5,
          score +
            random.weighted([
              [-1, 1],
              [0, 3],
              [1, 4],
              [2, 1],
            ] as const),
        ),
      );
      intake.scores.push({ personId: intake.personId, assessedOn: second, lifeDomain, score: later });
    }
  }
  for (const member of household?.members ?? []) {
    const child = personById.get(member.personId);
    if (!child || member.personId === intake.personId || ageOn(child.birthDate, intake.receivedOn) >= 18)
      continue;
    for (const lifeDomain of CHILD_LIFE_DOMAINS) {
      intake.scores.push({
        personId: child.id,
        assessedOn: intake.receivedOn,
        lifeDomain,
        score: random.int(2, 4),
      });
    }
  }
}

function plansFor(random: Random, householdId: string, uuid: (random: Random) => string): DemoPlan[] {
  const versions = random.chance(0.3) ? 2 : 1;
  const plans: DemoPlan[] = [];
  let createdOn = addDays(REFERENCE_DATE, -random.int(30, 420));
  for (let version = 1; version <= versions && createdOn < REFERENCE_DATE; version++) {
    const domains = Object.keys(GOALS)
      .sort(() => random.next() - 0.5)
      .slice(0, random.int(1, 3));
    const goals = domains.map((lifeDomain) => ({
      id: uuid(random),
      lifeDomain: lifeDomain as LifeDomain,
      description: random.pick(GOALS[lifeDomain] ?? ['Een doel']),
      owner: random.pick(['burger', 'netwerk', 'professional'] as const),
    }));
    const actions = goals.flatMap((goal) =>
      Array.from({ length: random.int(1, 2) }, () => {
        const [description, responsible, partner] = random.pick(ACTIONS);
        return {
          id: uuid(random),
          goalId: goal.id,
          description,
          responsible,
          ...(partner ? { partner } : {}),
          dueOn: addDays(createdOn, random.int(30, 150)),
          status: random.pick(['open', 'bezig', 'gereed'] as const),
        };
      }),
    );
    const considerations = [...CONSIDERED]
      .sort(() => random.next() - 0.5)
      .slice(0, random.int(1, 3))
      .map(([kind, description, outcome]) => ({ kind, description, outcome }));
    // Always at least one general provision or the network weighed, as the plan rule requires.
    if (!considerations.some((c) => c.kind !== 'eigen-kracht'))
      considerations.push({
        kind: 'algemene-voorziening',
        description: CONSIDERED[0][1],
        outcome: CONSIDERED[0][2],
      });
    plans.push({
      householdId,
      version,
      content: { goals, actions, considerations },
      agreedOn: createdOn,
      agreementMethod: random.pick(['mondeling', 'schriftelijk', 'digitaal']),
      // Most plans are reviewed every six months; some reviews are overdue on the reference date.
      nextReviewOn: addDays(createdOn, random.int(180, 300)),
      createdOn,
    });
    createdOn = addDays(createdOn, random.int(150, 220));
  }
  return plans;
}
