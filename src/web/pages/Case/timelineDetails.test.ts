import { describe, expect, it } from 'vitest';
import { describeDetails } from './timelineDetails';

describe('timeline details', () => {
  it('names facts in Dutch, writes dates the Dutch way and leaves empty facts out', () => {
    const text = describeDetails({
      reason: 'Wachten op medisch advies',
      from: '2026-10-05',
      until: null,
      startsAt: '2026-12-09T09:30:00.000Z',
      participants: ['inwoner', 'Wmo-consulent'],
      corrected: false,
    });
    expect(text).toMatch(
      /^reden: Wachten op medisch advies, van: 5 oktober 2026, gepland op: 9 december 2026/,
    );
    // 09:30 UTC is 10:30 in the Netherlands in December (the formatter's time zone).
    expect(text).toContain('10:30');
    expect(text).toContain('deelnemers: inwoner, Wmo-consulent');
    expect(text).toContain('verbeterd: nee');
    expect(text).not.toContain('until');
    expect(text).not.toContain('tot:');
  });

  it('keeps a fact it has no Dutch name for under its own name', () => {
    expect(describeDetails({ somethingNew: 3 })).toBe('somethingNew: 3');
  });
});
