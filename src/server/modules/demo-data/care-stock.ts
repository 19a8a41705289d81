import type { CaseType } from '../case-types/catalog';
import type { TermCalendar } from '../cases/deadlines/atw';
import { addDays, daysBetween } from '../cases/deadlines/calendar';
import { type BenefitCase, grantedCase } from './benefits';
import {
  type Domain,
  endReasons,
  MIX,
  RULES,
  type Rule,
  STOCK_CASE_TYPE,
  STOCK_VOLUME,
  TRAJECT_RESULT,
} from './care-stock-tables';
import type { DemoCase } from './cases';
import type { DemoHousehold, DemoPerson, Scale } from './generate';
import { REFERENCE_DATE } from './generate';
import { apportion, Random } from './random';
import { BESCHERMD_WONEN_STOCK, careStockCounts, VOLUME_SHARE } from './volumes';

export { STOCK_CASE_TYPE, STOCK_VOLUME } from './care-stock-tables';

/** The demo years begin two years before the reference date. */
const WINDOW_START = addDays(REFERENCE_DATE, -730);
/** The stock stands on the first day of the half-year in which the demo years begin. */
export const STOCK_DATE = `${WINDOW_START.slice(0, 4)}-${WINDOW_START.slice(5, 7) < '07' ? '01' : '07'}-01`;

interface Candidate {
  person: DemoPerson;
  /** Age on the reference date, and some months before the stock date (when a grant was at the latest). */
  age: number;
  stockAge: number;
  benefit: 'applicant' | 'member' | null;
  singleParent: boolean;
  schoolChild: boolean;
}

interface Group {
  pool: readonly Candidate[];
  weight: (candidate: Candidate) => number;
  share: number;
}

/**
 * Draws `total` distinct candidates over groups in the groups' shares, each group by weight
 * without replacement (exponential keys); a group that runs short passes the rest to the others.
 */
function draw(random: Random, total: number, groups: readonly Group[], taken = new Set<string>()) {
  const orders = groups.map((group) =>
    group.pool
      .map((candidate) => ({ candidate, key: -Math.log(1 - random.next()) / group.weight(candidate) }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.candidate),
  );
  const wanted = apportion(
    total,
    groups.map((group) => group.share),
  );
  const chosen: Candidate[] = [];
  const next = orders.map(() => 0);
  for (let round = 0; round < 2; round++) {
    let owed = round === 0 ? 0 : total - chosen.length;
    orders.forEach((order, index) => {
      let want = round === 0 ? (wanted[index] ?? 0) + owed : owed;
      while (want > 0 && (next[index] ?? 0) < order.length) {
        const candidate = order[next[index] ?? 0];
        next[index] = (next[index] ?? 0) + 1;
        if (!candidate || taken.has(candidate.person.id)) continue;
        taken.add(candidate.person.id);
        chosen.push(candidate);
        want--;
      }
      owed = want;
    });
  }
  return chosen;
}

/**
 * The running care stock: persons with Wmo maatwerk, jeugdhulp, a re-integration trajectory or a
 * minimaregeling, each with the granted case that started it in the years before the demo window.
 * Part of it ends during the demo years (with an end date and reason), part has an indication that
 * ends later, the rest runs on. Re-integration trajectories stay open while they run. Minima and
 * re-integration lean towards benefit households, Wmo under 65 and jeugd too, so domains overlap.
 */
export function generateCareStock(
  seed: number,
  scale: Scale,
  persons: readonly DemoPerson[],
  households: readonly DemoHousehold[],
  benefits: readonly BenefitCase[],
  caseTypes: readonly CaseType[],
  calendar: TermCalendar,
  uuid: (random: Random) => string,
): DemoCase[] {
  const random = new Random(seed * 6_089 + 41);
  const newest = (code: string) =>
    caseTypes.filter((type) => type.code === code).sort((a, b) => b.version - a.version)[0];
  const ageOn = (person: DemoPerson, date: string) =>
    Number(date.slice(0, 4)) -
    Number(person.birthDate.slice(0, 4)) -
    (person.birthDate.slice(5) > date.slice(5) ? 1 : 0);
  const beforeStock = addDays(STOCK_DATE, -90);
  const applicants = new Set(benefits.map((item) => item.demoCase.personId));
  const benefitHouseholds = new Set(benefits.map((item) => item.householdId));
  const personById = new Map(persons.map((person) => [person.id, person]));
  const candidates: Candidate[] = [];
  for (const household of households) {
    const members = household.members.flatMap((member) => {
      const person = personById.get(member.personId);
      return person ? [{ person, relation: member.relation, age: ageOn(person, REFERENCE_DATE) }] : [];
    });
    const singleParent = members.filter((m) => m.relation === 'ouder').length === 1;
    const schoolChild = members.some((m) => m.relation === 'kind' && m.age >= 4 && m.age < 18);
    for (const { person, age } of members) {
      const benefit = applicants.has(person.id)
        ? 'applicant'
        : benefitHouseholds.has(household.id)
          ? 'member'
          : null;
      const stockAge = ageOn(person, beforeStock);
      candidates.push({ person, age, stockAge, benefit, singleParent, schoolChild });
    }
  }
  // Adults already of age some months before the stock date, when their grant was at the latest.
  const of = (min: number, max: number, filter: (c: Candidate) => boolean = () => true) =>
    candidates.filter((c) => c.age >= min && c.age <= max && (min < 18 || c.stockAge >= 18) && filter(c));
  const adultsUnder65 = of(18, 64);
  const withBenefit = (c: Candidate) => (c.benefit === 'applicant' ? 4 : c.benefit ? 2 : 1);
  const counts = new Map(careStockCounts(scale));
  const chosen = new Map<Domain, Candidate[]>();

  const wmo = counts.get('wmo') ?? 0;
  const bw = Math.min(wmo, Math.round(BESCHERMD_WONEN_STOCK * VOLUME_SHARE[scale]));
  const wmoTaken = new Set<string>();
  const protectedLiving = draw(
    random,
    bw,
    [{ pool: adultsUnder65, weight: withBenefit, share: 1 }],
    wmoTaken,
  );
  chosen.set('wmo', [
    ...protectedLiving,
    ...draw(
      random,
      wmo - protectedLiving.length,
      [
        { pool: of(65, 120), weight: (c) => 1 + (c.age - 65) / 4, share: 0.72 },
        { pool: adultsUnder65, weight: (c) => withBenefit(c) * (c.age >= 45 ? 2 : 1), share: 0.28 },
      ],
      wmoTaken,
    ),
  ]);
  const bornBeforeStock = (c: Candidate) => c.person.birthDate < addDays(beforeStock, -60);
  chosen.set(
    'jeugd',
    draw(random, counts.get('jeugd') ?? 0, [
      {
        pool: of(0, 17, bornBeforeStock),
        weight: (c) => (c.age >= 4 ? 2 : 0.6) * (c.benefit ? 2.5 : 1) * (c.singleParent ? 1.5 : 1),
        share: 1,
      },
    ]),
  );
  chosen.set(
    'participatie',
    draw(random, counts.get('participatie') ?? 0, [
      { pool: of(18, 66, (c) => c.benefit !== null), weight: withBenefit, share: 0.75 },
      { pool: of(18, 66, (c) => c.benefit === null), weight: (c) => (c.age < 28 ? 2 : 1), share: 0.25 },
    ]),
  );
  chosen.set(
    'minima',
    draw(random, counts.get('minima') ?? 0, [
      { pool: of(18, 120, (c) => c.benefit !== null), weight: withBenefit, share: 0.5 },
      {
        pool: of(18, 120, (c) => c.benefit === null),
        weight: (c) => (c.singleParent ? 3 : 1) * (c.age >= 65 ? 1.2 : 1),
        share: 0.5,
      },
    ]),
  );

  const stock: DemoCase[] = [];
  const spanYears = daysBetween(STOCK_DATE, REFERENCE_DATE) / 365.25;
  for (const [domain, list] of chosen) {
    const rule = RULES[domain];
    for (const [index, candidate] of list.entries()) {
      const mix =
        domain === 'wmo'
          ? index < protectedLiving.length
            ? [['WMO-BESCHERMD-WONEN', 1] as const]
            : candidate.age >= 65
              ? MIX.wmoOlder
              : MIX.wmoYounger
          : MIX[domain].filter(([code]) => code !== 'SCHOOLKOSTEN' || candidate.schoolChild);
      const first = random.weighted(mix);
      const kinds = [first];
      const others = mix.filter(([code]) => code !== first);
      if (others.length > 0 && random.chance(rule.second)) kinds.push(random.weighted(others));
      for (const kind of kinds) {
        const caseType = newest(STOCK_CASE_TYPE[kind] ?? '');
        if (!caseType?.decisionTypes.some((type) => type.provisionTypes.includes(kind))) continue;
        const item = stockCase(random, caseType, candidate, kind, rule, calendar, uuid);
        if (!item) continue;
        endOrRunOn(random, item, domain, candidate, rule, spanYears);
        stock.push(item);
      }
    }
  }
  endAllOnDeath(stock);
  return stock;
}

/** A granted case received between `yearsBack` and two months before the stock date, recent ones more often. */
function stockCase(
  random: Random,
  caseType: CaseType,
  candidate: Candidate,
  kind: string,
  rule: Rule,
  calendar: TermCalendar,
  uuid: (random: Random) => string,
): DemoCase | null {
  const latest = addDays(STOCK_DATE, -60);
  const adult = addDays(candidate.person.birthDate, Math.ceil(rule.minAge * 365.25) + 30);
  const earliest = [addDays(STOCK_DATE, -Math.round(rule.yearsBack * 365)), adult].sort()[1] ?? latest;
  const span = daysBetween(earliest, latest);
  if (span < 0) return null;
  const receivedOn = addDays(latest, -Math.floor(span * random.next() ** 1.5));
  const item = grantedCase(random, caseType, candidate.person, calendar, uuid, {
    receivedOn,
    provisionTypeCode: kind,
  });
  const volume = STOCK_VOLUME[kind];
  if (item.decision && volume)
    item.decision.volume = { amount: random.int(volume[0], volume[1]), unit: volume[2] };
  return item;
}

/**
 * Ends the provision during the demo years at the domain's turnover rate, or gives it an
 * indication ending after the reference date, or lets it run on. Jeugdhulp ends at 18.
 * A trajectory's case is open while it runs and closes with its provision.
 */
function endOrRunOn(
  random: Random,
  item: DemoCase,
  domain: Domain,
  candidate: Candidate,
  rule: Rule,
  spanYears: number,
) {
  const decision = item.decision;
  if (!decision) return;
  if (random.chance(1 - Math.exp(-rule.endRate * spanYears))) {
    const earliest = [addDays(decision.decidedOn, 30), STOCK_DATE].sort()[1] ?? STOCK_DATE;
    const span = Math.max(0, daysBetween(earliest, REFERENCE_DATE) - 1);
    decision.provisionEnd = {
      endDate: addDays(earliest, random.int(0, span)),
      endReason: random.weighted(endReasons(domain, candidate.age)),
    };
  } else if (random.chance(rule.laterEnd)) {
    decision.provisionEnd = { endDate: addDays(REFERENCE_DATE, random.int(14, 540)), endReason: null };
  }
  if (domain === 'jeugd') {
    const eighteen = `${Number(candidate.person.birthDate.slice(0, 4)) + 18}${candidate.person.birthDate.slice(4)}`;
    const end = decision.provisionEnd?.endDate;
    if (!end || end > eighteen) decision.provisionEnd = { endDate: eighteen, endReason: null };
  }
  if (item.caseType.code === 'REINTEGRATIE-TRAJECT') {
    const ended = decision.provisionEnd?.endReason ? decision.provisionEnd : null;
    const result = ended
      ? item.caseType.results.find((r) => r.code === (TRAJECT_RESULT[ended.endReason ?? ''] ?? 'beeindigd'))
      : undefined;
    const statuses = item.caseType.statuses;
    item.closedOn = ended?.endDate ?? null;
    item.resultCode = result?.code ?? null;
    item.outcome = result?.outcome ?? null;
    item.statusCode = ended
      ? (statuses[statuses.length - 1]?.code ?? 'afgehandeld')
      : (statuses[random.int(2, Math.max(2, statuses.length - 2))]?.code ?? 'ontwikkeling');
  }
}

/** A person who died has every stock provision end that day (those ended earlier stay as they were). */
function endAllOnDeath(stock: DemoCase[]) {
  const death = new Map<string, string>();
  for (const item of stock) {
    const end = item.decision?.provisionEnd;
    if (end?.endReason === 'overlijden' && !(end.endDate >= (death.get(item.personId) ?? '9999')))
      death.set(item.personId, end.endDate);
  }
  for (const item of stock) {
    const day = death.get(item.personId);
    const decision = item.decision;
    if (!day || !decision) continue;
    if (decision.provisionEnd?.endReason && decision.provisionEnd.endDate <= day) continue;
    if (decision.decidedOn >= day) continue;
    decision.provisionEnd = { endDate: day, endReason: 'overlijden' };
    if (item.caseType.code === 'REINTEGRATIE-TRAJECT') {
      const last = item.caseType.statuses[item.caseType.statuses.length - 1];
      const result = item.caseType.results.find((r) => r.code === 'beeindigd');
      Object.assign(item, {
        closedOn: day,
        statusCode: last?.code ?? 'afgehandeld',
        resultCode: result?.code ?? null,
        outcome: result?.outcome ?? null,
      });
    }
  }
}
