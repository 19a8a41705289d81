import { describe, expect, it } from 'vitest';
import { AddressBook } from './addresses';
import { GEMEENTE_POSTCODES, WIJK_PLACES } from './places';
import { Random } from './random';

describe('AddressBook', () => {
  it('hands out unique addresses with a valid postcode inside the gemeente range', () => {
    const book = new AddressBook(new Random(3));
    const seen = new Set<string>();
    for (const wijk of Object.keys(WIJK_PLACES)) {
      const [from, to] = GEMEENTE_POSTCODES[`GM${wijk.slice(2, 6)}`] ?? [0, 0];
      for (let i = 0; i < 300; i++) {
        const address = book.next(wijk);
        expect(address.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
        expect(['SA', 'SD', 'SS']).not.toContain(address.postcode.slice(5));
        const digits = Number(address.postcode.slice(0, 4));
        expect(digits >= from && digits <= to).toBe(true);
        const key = `${address.postcode}|${address.houseNumber}|${address.houseNumberAddition ?? ''}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it('gives neighbours on the same stretch of street the same postcode', () => {
    const book = new AddressBook(new Random(4));
    const byStretch = new Map<string, Set<string>>();
    for (let i = 0; i < 2_000; i++) {
      const a = book.next('WK093502');
      const stretch = `${a.street}|${Math.floor((a.houseNumber - 1) / 24)}`;
      byStretch.set(stretch, (byStretch.get(stretch) ?? new Set()).add(a.postcode));
    }
    for (const postcodes of byStretch.values()) expect(postcodes.size).toBe(1);
  });

  it('never hands out a reserved address', () => {
    const book = new AddressBook(new Random(5));
    const reserved = {
      street: 'Boschstraat',
      houseNumber: 12,
      houseNumberAddition: null,
      postcode: '6211 AX',
      place: 'Maastricht',
    };
    book.reserve(reserved);
    for (let i = 0; i < 3_000; i++) {
      const a = book.next('WK093500');
      expect(`${a.street} ${a.houseNumber}${a.houseNumberAddition ?? ''}`).not.toBe('Boschstraat 12');
    }
  });
});
