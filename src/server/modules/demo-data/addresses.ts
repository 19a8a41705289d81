import { WIJK_PLACES } from './places';
import type { Random } from './random';

export interface Address {
  street: string;
  houseNumber: number;
  houseNumberAddition: string | null;
  postcode: string;
  place: string;
}

// Letter pairs as PostNL issues them: no F, I, O, Q, U, Y; SA, SD and SS are never used.
const LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
const FORBIDDEN_PAIRS = new Set(['SA', 'SD', 'SS']);
/** House numbers on a stretch of street share one postcode, as they do in reality. */
const NUMBERS_PER_POSTCODE = 24;
const MAX_HOUSE_NUMBER = 240;

/**
 * Hands out unique addresses per wijk. A (street, stretch) keeps the postcode it first got, so
 * neighbours share a postcode and a postcode with a house number points at one household.
 */
export class AddressBook {
  readonly #random: Random;
  readonly #taken = new Set<string>();
  readonly #postcodes = new Map<string, string>();

  constructor(random: Random) {
    this.#random = random;
  }

  /** Keeps an address (such as the walkthrough's) out of the generated ones. */
  reserve(address: Address): void {
    for (const key of keysOf(address)) this.#taken.add(key);
    this.#postcodes.set(
      `${address.place}|${address.street}|${stretchOf(address.houseNumber)}`,
      address.postcode,
    );
  }

  next(wijkCode: string): Address {
    const places = WIJK_PLACES[wijkCode];
    if (!places?.length) throw new Error(`Geen straten bekend voor wijk ${wijkCode}`);
    const random = this.#random;
    const where = random.weighted(places.map((p) => [p, p.weight] as const));
    for (let attempt = 0; ; attempt++) {
      const street = random.pick(where.streets);
      const houseNumber = random.int(1, MAX_HOUSE_NUMBER);
      // Flats and split houses get an addition; after many collisions, so does everyone.
      const houseNumberAddition =
        random.chance(0.08) || attempt > 20 ? random.pick(['A', 'B', 'C', 'a', 'b', '1', '2', 'bis']) : null;
      const stretch = `${where.place}|${street}|${stretchOf(houseNumber)}`;
      let postcode = this.#postcodes.get(stretch);
      if (!postcode) {
        postcode = `${random.int(where.postcodes[0], where.postcodes[1])} ${letterPair(random)}`;
        this.#postcodes.set(stretch, postcode);
      }
      const address = { street, houseNumber, houseNumberAddition, postcode, place: where.place };
      const keys = keysOf(address);
      if (keys.some((key) => this.#taken.has(key))) {
        if (attempt > 200) throw new Error(`Geen vrij adres meer in wijk ${wijkCode}`);
        continue;
      }
      for (const key of keys) this.#taken.add(key);
      return address;
    }
  }
}

function stretchOf(houseNumber: number): number {
  return Math.floor((houseNumber - 1) / NUMBERS_PER_POSTCODE);
}

/** An address is taken by street and number, and (as in the BAG) by postcode and number. */
function keysOf(address: Address): string[] {
  const rest = `${address.houseNumber}|${address.houseNumberAddition ?? ''}`;
  return [`${address.place}|${address.street}|${rest}`, `${address.postcode}|${rest}`];
}

function letterPair(random: Random): string {
  for (;;) {
    const pair = `${random.pick([...LETTERS])}${random.pick([...LETTERS])}`;
    if (!FORBIDDEN_PAIRS.has(pair)) return pair;
  }
}
