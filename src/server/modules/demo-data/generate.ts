import { testBsnFromNumber } from '../../../shared/bsn';
import { searchNameOf, sortKeyOf } from '../../../shared/person-name';
import type { CatalogArea } from '../areas/catalog';
import {
  FAMILY_NAMES,
  GEMEENTE_PLACE,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  PREFIXED_FAMILY_NAMES,
  STREETS,
} from './names';
import { apportion, Random } from './random';

/** Dates are relative to a fixed day, so the data does not change with the calendar. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 10, 1));

export const SCALES = { small: 2_000, region: 30_000 } as const;
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

export interface DemoHousehold {
  id: string;
  name: string;
  areaCode: string;
  assigned: boolean;
  members: { personId: string; relation: 'partner' | 'ouder' | 'kind' | 'overig'; validFrom: string }[];
}

type Composition = 'single' | 'couple' | 'family' | 'single-parent' | 'elderly-couple';
// Shares close to CBS household statistics for South Limburg; mean size ≈ 2.1.
const COMPOSITIONS: readonly (readonly [Composition, number])[] = [
  ['single', 40],
  ['couple', 17],
  ['elderly-couple', 12],
  ['family', 23],
  ['single-parent', 8],
];

const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRTVWXZ';

function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function birthDateForAge(random: Random, age: number): string {
  const date = new Date(REFERENCE_DATE.getTime());
  date.setUTCFullYear(date.getUTCFullYear() - age);
  date.setUTCDate(date.getUTCDate() - random.int(0, 364));
  return date.toISOString().slice(0, 10);
}

function placeOf(area: CatalogArea, gemeenteCode: string): string {
  if (gemeenteCode === 'GM0935') return 'Maastricht';
  const stripped = area.name
    .replace(/^Wijk \d+:?\s*/, '')
    .split(' - ')[0]
    ?.trim();
  return stripped || (GEMEENTE_PLACE[gemeenteCode]?.place ?? 'Maastricht');
}

function givenName(random: Random, female: boolean, age: number): string {
  const names = female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE;
  return random.pick(age >= 65 ? names.older : age >= 30 ? names.middle : names.young);
}

/**
 * Generates persons and households spread over the wijken in proportion to their inhabitants.
 * Pure: the same seed and areas always give the same result.
 */
export function generateDemoPopulation(seed: number, scale: Scale, areas: readonly CatalogArea[]) {
  const random = new Random(seed);
  const wijken = areas.filter((area) => area.level === 'wijk');
  const targetPersons = SCALES[scale];
  const perWijk = apportion(
    targetPersons,
    wijken.map((wijk) => wijk.inhabitants),
  );
  const persons: DemoPerson[] = [];
  const households: DemoHousehold[] = [];
  let bsnCounter = 10_000 + (Math.abs(seed) % 1_000) * 7_919;
  const usedBsns = new Set<string>(['900000016', '900100011']);

  const makePerson = (
    wijk: CatalogArea,
    address: Pick<DemoPerson, 'street' | 'houseNumber' | 'houseNumberAddition' | 'postcode' | 'place'>,
    fields: { givenNames: string; prefix: string | null; familyName: string; age: number },
  ): DemoPerson => {
    bsnCounter += random.int(1, 40);
    let bsn = testBsnFromNumber(bsnCounter);
    // testBsnFromNumber moves up to the next number with a valid check digit; skip past it.
    while (usedBsns.has(bsn)) bsn = testBsnFromNumber(++bsnCounter);
    usedBsns.add(bsn);
    const names = { givenNames: fields.givenNames, prefix: fields.prefix, familyName: fields.familyName };
    const adult = fields.age >= 18;
    const emailName = fields.familyName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    return {
      id: uuidFrom(random),
      bsn: random.chance(0.02) ? null : bsn,
      ...names,
      birthDate: birthDateForAge(random, fields.age),
      email:
        adult && random.chance(0.4)
          ? `${fields.givenNames.toLowerCase().replace(/[^a-z]/g, '')}.${emailName}@example.nl`
          : null,
      phone: adult && random.chance(0.6) ? `06-${String(random.int(10_000_000, 99_999_999))}` : null,
      ...address,
      areaCode: wijk.code,
      searchName: searchNameOf(names),
      sortName: sortKeyOf(names),
    };
  };

  wijken.forEach((wijk, wijkIndex) => {
    const gemeenteCode = wijk.parentCode ?? 'GM0935';
    const place = GEMEENTE_PLACE[gemeenteCode] ?? GEMEENTE_PLACE.GM0935;
    if (!place) throw new Error(`no place for ${gemeenteCode}`);
    const streets = STREETS[place.streets] ?? ['Dorpstraat'];
    let remaining = perWijk[wijkIndex] ?? 0;
    while (remaining > 0) {
      const composition = random.weighted(COMPOSITIONS);
      const address = {
        street: random.pick(streets),
        houseNumber: random.int(1, 250),
        houseNumberAddition: random.chance(0.08) ? random.pick(['A', 'B', 'a', '1', 'bis']) : null,
        postcode: `${random.int(place.postcodes[0], place.postcodes[1])} ${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`,
        place: placeOf(wijk, gemeenteCode),
      };
      const [prefix, familyName] = random.chance(0.2)
        ? random.pick(PREFIXED_FAMILY_NAMES)
        : [null, random.pick(FAMILY_NAMES)];
      const members: DemoHousehold['members'] = [];
      const add = (
        person: DemoPerson,
        relation: DemoHousehold['members'][number]['relation'],
        since: string,
      ) => {
        persons.push(person);
        members.push({ personId: person.id, relation, validFrom: since });
        remaining -= 1;
      };
      const since = `${random.int(1995, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
      if (composition === 'single') {
        const age = random.int(19, 92);
        add(
          makePerson(wijk, address, {
            givenNames: givenName(random, random.chance(0.5), age),
            prefix,
            familyName,
            age,
          }),
          'overig',
          since,
        );
      } else {
        const elderly = composition === 'elderly-couple';
        const parentAge = elderly
          ? random.int(65, 90)
          : composition === 'couple'
            ? random.int(22, 64)
            : random.int(26, 55);
        add(
          makePerson(wijk, address, {
            givenNames: givenName(random, true, parentAge),
            prefix,
            familyName,
            age: parentAge,
          }),
          composition === 'family' || composition === 'single-parent' ? 'ouder' : 'partner',
          since,
        );
        if (composition !== 'single-parent') {
          const partnerAge = Math.max(19, parentAge + random.int(-4, 5));
          const [partnerPrefix, partnerName] = random.chance(0.5)
            ? [prefix, familyName]
            : [null, random.pick(FAMILY_NAMES)];
          add(
            makePerson(wijk, address, {
              givenNames: givenName(random, false, partnerAge),
              prefix: partnerPrefix,
              familyName: partnerName,
              age: partnerAge,
            }),
            composition === 'family' ? 'ouder' : 'partner',
            since,
          );
        }
        if (composition === 'family' || composition === 'single-parent') {
          const children = random.weighted([
            [1, 35],
            [2, 42],
            [3, 18],
            [4, 5],
          ] as const);
          for (let c = 0; c < children && remaining > 0; c++) {
            const childAge = random.int(0, Math.min(24, parentAge - 18));
            add(
              makePerson(wijk, address, {
                givenNames: givenName(random, random.chance(0.5), childAge),
                prefix,
                familyName,
                age: childAge,
              }),
              'kind',
              birthDateForAge(random, childAge),
            );
          }
        }
      }
      households.push({
        id: uuidFrom(random),
        name: `Huishouden ${[prefix, familyName].filter(Boolean).join(' ')}`.replace(
          /^Huishouden (\p{Ll})/u,
          (_m, c: string) => `Huishouden ${c.toUpperCase()}`,
        ),
        areaCode: wijk.code,
        assigned: random.chance(0.3),
        members,
      });
    }
  });
  return { persons, households, ...withNamedExamples(random, persons, households, wijken) };
}

/**
 * The walkthrough and the end-to-end test look for "Maria Jansen" and "Jean Dubóis" in Maastricht
 * Centrum, in a household known to that area team.
 */
function withNamedExamples(
  random: Random,
  persons: DemoPerson[],
  households: DemoHousehold[],
  wijken: readonly CatalogArea[],
) {
  const centrum = wijken.find((wijk) => wijk.code === 'WK093500') ?? wijken[0];
  if (!centrum) return {};
  const address = {
    street: 'Boschstraat',
    houseNumber: 12,
    houseNumberAddition: null,
    postcode: '6211 AX',
    place: 'Maastricht',
  };
  const maria = makeNamed(random, centrum, address, 'Maria', 'Jansen', '1968-04-12', '900000011');
  const jean = makeNamed(random, centrum, address, 'Jean', 'Dubóis', '1965-09-30', '900100000');
  persons.push(maria, jean);
  households.push({
    id: uuidFrom(random),
    name: 'Huishouden Jansen-Dubóis',
    areaCode: centrum.code,
    assigned: true,
    members: [
      { personId: maria.id, relation: 'partner', validFrom: '2001-06-01' },
      { personId: jean.id, relation: 'partner', validFrom: '2001-06-01' },
    ],
  });
  return {};
}

function makeNamed(
  random: Random,
  wijk: CatalogArea,
  address: Pick<DemoPerson, 'street' | 'houseNumber' | 'houseNumberAddition' | 'postcode' | 'place'>,
  givenNames: string,
  familyName: string,
  birthDate: string,
  bsnBase: string,
): DemoPerson {
  const names = { givenNames, prefix: null, familyName };
  return {
    id: uuidFrom(random),
    bsn: testBsnFromNumber(Number(bsnBase.slice(1, 8))),
    ...names,
    birthDate,
    email: null,
    phone: '06-12345678',
    ...address,
    areaCode: wijk.code,
    searchName: searchNameOf(names),
    sortName: sortKeyOf(names),
  };
}
