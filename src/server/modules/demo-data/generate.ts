import { testBsnFromNumber } from '../../../shared/bsn';
import { searchNameOf, sortKeyOf } from '../../../shared/person-name';
import type { AgeBands, CatalogArea } from '../areas/catalog';
import { type Address, AddressBook } from './addresses';
import { AgeQuota } from './ages';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, PREFIXED_FAMILY_NAMES } from './names';
import { apportion, Random } from './random';

/** Dates are relative to a fixed day, so the data does not change with the calendar. */
export const REFERENCE_DATE = '2026-11-01';
const REFERENCE = new Date(`${REFERENCE_DATE}T00:00:00Z`);

export const SCALES = { small: 4_000, region: 60_000 } as const;
export type Scale = keyof typeof SCALES;

export interface DemoPerson {
  id: string;
  bsn: string | null;
  givenNames: string;
  prefix: string | null;
  familyName: string;
  birthDate: string;
  email: string | null;
  phone: string | null;
  street: string;
  houseNumber: number;
  houseNumberAddition: string | null;
  postcode: string;
  place: string;
  areaCode: string;
  searchName: string;
  sortName: string;
}

export type Relation = 'partner' | 'ouder' | 'kind' | 'overig';

export interface DemoHousehold {
  id: string;
  name: string;
  areaCode: string;
  /** Known to the social domain: assigned to the area team that serves the wijk. */
  assigned: boolean;
  members: { personId: string; relation: Relation; validFrom: string }[];
}

type Composition = 'single' | 'couple' | 'family' | 'single-parent' | 'shared';

/** The walkthrough's named persons; their BSNs are kept out of the generated range. */
export const NAMED_EXAMPLES = {
  wijk: 'WK093500',
  maria: { givenNames: 'Maria', familyName: 'Jansen', birthDate: '1968-04-12', bsn: testBsnFromNumber(1) },
  jean: {
    givenNames: 'Jean',
    familyName: 'Dubóis',
    birthDate: '1965-09-30',
    bsn: testBsnFromNumber(100_001),
  },
  address: {
    street: 'Boschstraat',
    houseNumber: 12,
    houseNumberAddition: null,
    postcode: '6211 AX',
    place: 'Maastricht',
  },
} as const;

const ASSIGNED_SHARE = 0.3;
/** The region's profile, for a wijk missing from the age-band catalog. */
const DEFAULT_BANDS: AgeBands = [11, 16, 22, 26, 25];
const NO_BSN_SHARE = 0.02;

export function uuidFrom(random: Random): string {
  const words = Array.from({ length: 4 }, () => Math.floor(random.next() * 4_294_967_296));
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function dateMinusDays(date: Date, days: number): string {
  return new Date(date.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

function birthDateForAge(random: Random, age: number): string {
  const birthday = new Date(REFERENCE.getTime());
  birthday.setUTCFullYear(birthday.getUTCFullYear() - age);
  return dateMinusDays(birthday, random.int(0, 364));
}

/** A move-in date after the youngest adult turned 18 (and not before 1990: older records were converted). */
function moveInDate(random: Random, youngestAdultAge: number): string {
  const years = Math.min(youngestAdultAge - 18, 36);
  return dateMinusDays(REFERENCE, random.int(30, Math.max(30, years * 365)));
}

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function givenName(random: Random, female: boolean, age: number): string {
  const names = female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE;
  return random.pick(age >= 65 ? names.older : age >= 30 ? names.middle : names.young);
}

function familyNameOf(random: Random): [string | null, string] {
  return random.chance(0.2) ? [...random.pick(PREFIXED_FAMILY_NAMES)] : [null, random.pick(FAMILY_NAMES)];
}

function compositionWeights(bands: AgeBands): [Composition, number][] {
  // Tuned so households have a mean size of ≈2.1 (≈28,000 for the region scale's 60,000 persons)
  // with ≈31% singles, while ages still follow each wijk's CBS bands,
  // tilted by the wijk's own profile: more children, more families; more over-65s, more couples
  // (whose ages AgeQuota then steers towards the bands the wijk still lacks); students share houses.
  const [children = 11, young = 16, , , elderly = 25] = bands;
  return [
    ['single', 24],
    ['couple', 14 + 26 * (elderly / 28)],
    ['family', 15 * (children / 13)],
    ['single-parent', 4 * (children / 13)],
    ['shared', 2 * (young / 16) ** 2],
  ];
}

/**
 * Generates persons and households spread over the wijken in proportion to their inhabitants,
 * with ages following each wijk's CBS age bands. Pure: the same seed and catalog always give the
 * same result, whatever the clock says.
 */
export function generateDemoPopulation(
  seed: number,
  scale: Scale,
  areas: readonly CatalogArea[],
  ageBands: ReadonlyMap<string, AgeBands> = new Map(),
) {
  const random = new Random(seed);
  const wijken = areas.filter((area) => area.level === 'wijk');
  const perWijk = apportion(
    SCALES[scale],
    wijken.map((wijk) => wijk.inhabitants),
  );
  const persons: DemoPerson[] = [];
  const households: DemoHousehold[] = [];
  const addresses = new AddressBook(random);
  addresses.reserve(NAMED_EXAMPLES.address);
  const usedBsns = new Set<string>([NAMED_EXAMPLES.maria.bsn, NAMED_EXAMPLES.jean.bsn]);
  let bsnCounter = 10_000 + (Math.abs(seed) % 1_000) * 7_919;

  const nextBsn = (): string | null => {
    bsnCounter += random.int(1, 40);
    let bsn = testBsnFromNumber(bsnCounter);
    // testBsnFromNumber moves up to the next number with a valid check digit; step past it.
    while (usedBsns.has(bsn)) bsn = testBsnFromNumber(++bsnCounter);
    usedBsns.add(bsn);
    return random.chance(NO_BSN_SHARE) ? null : bsn;
  };

  const makePerson = (
    wijk: CatalogArea,
    address: Address,
    fields: { female: boolean; name: [string | null, string]; age: number },
  ): DemoPerson => {
    const [prefix, familyName] = fields.name;
    const givenNames = givenName(random, fields.female, fields.age);
    const names = { givenNames, prefix, familyName };
    const adult = fields.age >= 18;
    return {
      id: uuidFrom(random),
      bsn: nextBsn(),
      ...names,
      birthDate: birthDateForAge(random, fields.age),
      email:
        adult && random.chance(0.4)
          ? `${ascii(givenNames)}.${ascii(`${prefix ?? ''}${familyName}`)}${random.int(1, 99)}@example.nl`
          : null,
      phone: adult && random.chance(0.6) ? `06-${String(random.int(10_000_000, 99_999_999))}` : null,
      ...address,
      areaCode: wijk.code,
      searchName: searchNameOf(names),
      sortName: sortKeyOf(names),
    };
  };

  wijken.forEach((wijk, wijkIndex) => {
    const target = perWijk[wijkIndex] ?? 0;
    const bands = ageBands.get(wijk.code) ?? DEFAULT_BANDS;
    const quota = new AgeQuota(target, bands);
    const weights = compositionWeights(bands);
    let remaining = target;
    while (remaining > 0) {
      // The last person of a wijk lives alone: every other composition needs two or more.
      const composition = remaining === 1 ? 'single' : random.weighted(weights);
      const address = addresses.next(wijk.code);
      const adults: { person: DemoPerson; age: number; relation: Relation }[] = [];
      const children: DemoPerson[] = [];
      const addAdult = (female: boolean, name: [string | null, string], age: number, relation: Relation) => {
        const person = makePerson(wijk, address, { female, name, age });
        adults.push({ person, age, relation });
        return person;
      };
      const ownName = () => familyNameOf(random);

      if (composition === 'single') {
        const age = quota.draw(random, 18, 99);
        addAdult(random.chance(age >= 75 ? 0.65 : 0.5), ownName(), age, 'overig');
      } else if (composition === 'shared') {
        const size = Math.min(
          remaining,
          random.weighted([
            [2, 50],
            [3, 35],
            [4, 15],
          ] as const),
        );
        for (let i = 0; i < size; i++)
          addAdult(random.chance(0.5), ownName(), quota.draw(random, 18, 29), 'overig');
      } else if (composition === 'couple') {
        const age = quota.draw(random, 20, 92);
        const sameSex = random.chance(0.03);
        const leadName = ownName();
        addAdult(true, leadName, age, 'partner');
        const partnerAge = quota.take(Math.max(19, Math.min(99, age + random.int(-3, 6))));
        // In the BRP everyone keeps their own family name; a shared one is the odd coincidence.
        addAdult(sameSex, random.chance(0.1) ? leadName : ownName(), partnerAge, 'partner');
      } else {
        // family or single-parent: the parents' ages bound the children's.
        const two = composition === 'family' && remaining >= 3;
        const motherAge = quota.draw(random, two ? 24 : 22, two ? 56 : 58);
        const fatherAge = two ? quota.take(Math.max(20, motherAge + random.int(-2, 6))) : motherAge;
        const youngestParent = Math.min(motherAge, fatherAge);
        const motherName = ownName();
        const fatherName = two ? ownName() : motherName;
        const femaleLead = two || random.chance(0.85);
        addAdult(femaleLead, motherName, motherAge, 'ouder');
        if (two) addAdult(false, fatherName, fatherAge, 'ouder');
        const childName = two && random.chance(0.8) ? fatherName : motherName;
        const wanted = random.weighted([
          [1, 35],
          [2, 42],
          [3, 18],
          [4, 5],
        ] as const);
        const room = remaining - adults.length;
        for (let c = 0; c < Math.min(wanted, room); c++) {
          const age = quota.draw(random, 0, Math.min(24, youngestParent - 18));
          children.push(makePerson(wijk, address, { female: random.chance(0.49), name: childName, age }));
        }
      }

      const since = moveInDate(random, Math.min(...adults.map((a) => a.age)));
      const members: DemoHousehold['members'] = adults.map(({ person, relation }) => ({
        personId: person.id,
        relation,
        validFrom: since,
      }));
      for (const child of children) {
        // A child joins at birth, or when the family moved in if that was later.
        members.push({
          personId: child.id,
          relation: 'kind',
          validFrom: laterOf(child.birthDate, since),
        });
      }
      for (const member of [...adults.map((a) => a.person), ...children]) persons.push(member);
      remaining -= adults.length + children.length;
      const lead = adults[0]?.person;
      households.push({
        id: uuidFrom(random),
        name: `Huishouden ${capitalise([lead?.prefix, lead?.familyName].filter(Boolean).join(' '))}`,
        areaCode: wijk.code,
        assigned: random.chance(ASSIGNED_SHARE),
        members,
      });
    }
  });
  addNamedExamples(random, persons, households);
  return { persons, households };
}

/** The later of two ISO dates (strings compare in date order). */
function laterOf(a: string, b: string): string {
  if (a > b) return a;
  return b;
}

/** "van der Heijden" heads a sentence as "Van der Heijden". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The walkthrough and the end-to-end test look for "Maria Jansen" and "Jean Dubóis" in Maastricht
 * Centrum, in a household known to the consulent's area team.
 */
function addNamedExamples(random: Random, persons: DemoPerson[], households: DemoHousehold[]) {
  const named = [NAMED_EXAMPLES.maria, NAMED_EXAMPLES.jean].map((example): DemoPerson => {
    const names = { givenNames: example.givenNames, prefix: null, familyName: example.familyName };
    return {
      id: uuidFrom(random),
      bsn: example.bsn,
      ...names,
      birthDate: example.birthDate,
      email: null,
      phone: '06-12345678',
      ...NAMED_EXAMPLES.address,
      areaCode: NAMED_EXAMPLES.wijk,
      searchName: searchNameOf(names),
      sortName: sortKeyOf(names),
    };
  });
  persons.push(...named);
  households.push({
    id: uuidFrom(random),
    name: 'Huishouden Jansen-Dubóis',
    areaCode: NAMED_EXAMPLES.wijk,
    assigned: true,
    members: named.map((person) => ({ personId: person.id, relation: 'partner', validFrom: '2001-06-01' })),
  });
}
