import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSignalConfig } from './config';
import { addDays, addMonths, ageOn, birthdayAt, dutchDate } from './dates';
import {
  evaluateSignals,
  type HouseholdFacts,
  missingRegisseur,
  type OpenCaseFact,
  type ProvisionFact,
  type ProvisionTypeInfo,
  planReviewOverdue,
  possibleWlz,
  provisionEndingWithoutReassessment,
  schoolAbsenceInFamily,
  stackingOfCare,
  transitionTo18,
} from './rules';

const config = loadSignalConfig();
const TYPES: ProvisionTypeInfo[] = [
  {
    code: 'WMO-HULP-HUISHOUDEN',
    name: 'Hulp bij het huishouden',
    domain: 'wmo',
    category: 'huishoudelijke-hulp',
  },
  { code: 'WMO-BEGELEIDING', name: 'Begeleiding individueel', domain: 'wmo', category: 'begeleiding' },
  { code: 'WMO-DAGBESTEDING', name: 'Dagbesteding', domain: 'wmo', category: 'dagbesteding' },
  { code: 'WMO-VERVOER', name: 'Vervoersvoorziening', domain: 'wmo', category: 'vervoer' },
  {
    code: 'WMO-BESCHERMD-WONEN',
    name: 'Beschermd wonen',
    domain: 'wmo',
    category: 'beschermd-wonen',
    wlzIndicator: true,
  },
  { code: 'WMO-ZORGHOTEL', name: 'Zorghotel', domain: 'wmo', category: 'verblijf', wlzIndicator: true },
  { code: 'JEUGD-AMBULANT', name: 'Ambulante jeugdhulp', domain: 'jeugd', category: 'jeugdhulp-ambulant' },
  { code: 'UITKERING-PW', name: 'Algemene bijstand', domain: 'inkomen', category: 'uitkering' },
  {
    code: 'INDIVIDUELE-INKOMENSTOESLAG',
    name: 'Individuele inkomenstoeslag',
    domain: 'minima',
    category: 'minimaregeling',
  },
];
const byCode = new Map(TYPES.map((type) => [type.code, type]));
const types = (code: string) => byCode.get(code);

const TODAY = '2026-12-02';
let n = 0;
const provision = (fields: Partial<ProvisionFact> & { provisionTypeCode: string }): ProvisionFact => ({
  id: `p${++n}`,
  personId: 'anna',
  domain: byCode.get(fields.provisionTypeCode)?.domain ?? 'wmo',
  startDate: '2026-01-01',
  endDate: null,
  endReason: null,
  volume: null,
  volumeUnit: null,
  ...fields,
});
const facts = (fields: Partial<HouseholdFacts> = {}): HouseholdFacts => ({
  today: TODAY,
  members: [
    { personId: 'anna', birthDate: '1950-04-04' },
    { personId: 'sem', birthDate: '2009-03-15' },
  ],
  plan: null,
  provisions: [],
  openCases: [],
  ...fields,
});
const absence = (fields: Partial<OpenCaseFact> = {}): OpenCaseFact => ({
  personId: 'sem',
  caseTypeCode: 'VERZUIMMELDING',
  number: 'SZMH-2026-0000042',
  receivedOn: '2026-11-10',
  ...fields,
});

describe('dates', () => {
  it('counts ages and birthdays, a 29 February birthday falling on 1 March', () => {
    expect(ageOn('2010-12-02', TODAY)).toBe(16);
    expect(ageOn('2010-12-03', TODAY)).toBe(15);
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(addMonths('2026-12-02', 6)).toBe('2027-06-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dutchDate('2027-03-01')).toBe('1 maart 2027');
  });
});

describe('plan-evaluatie-verlopen', () => {
  it('fires the day after the planned review, with the date and the days over time', () => {
    const [signal] = planReviewOverdue(facts({ plan: { version: 3, nextReviewOn: '2026-11-20' } }), config);
    expect(signal).toMatchObject({ code: 'plan-evaluatie-verlopen', personId: null, since: '2026-11-20' });
    expect(signal?.explanation).toBe(
      'De evaluatie van het plan (versie 3) stond gepland op 20 november 2026 en is 12 dagen over tijd.',
    );
    expect(planReviewOverdue(facts({ plan: { version: 3, nextReviewOn: TODAY } }), config)).toEqual([]);
    expect(planReviewOverdue(facts({ plan: { version: 3, nextReviewOn: null } }), config)).toEqual([]);
    expect(planReviewOverdue(facts(), config)).toEqual([]);
  });

  it('never fires while the review date is today or later (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 99 }), (ahead, version) => {
        expect(
          planReviewOverdue(facts({ plan: { version, nextReviewOn: addDays(TODAY, ahead) } }), config),
        ).toEqual([]);
      }),
    );
  });
});

describe('voorziening-eindigt-zonder-herindicatie', () => {
  const ending = provision({ provisionTypeCode: 'WMO-BEGELEIDING', endDate: '2027-01-13' });

  it('fires for a Wmo provision ending within 8 weeks without a re-assessment, and clears with one', () => {
    const [signal] = provisionEndingWithoutReassessment(facts({ provisions: [ending] }), config, types);
    expect(signal).toMatchObject({ personId: 'anna', since: '2026-11-18' });
    expect(signal?.explanation).toBe(
      'Begeleiding individueel eindigt op 13 januari 2027 (over 6 weken) en er loopt geen herindicatie (WMO-HERINDICATIE).',
    );
    const reassessing = absence({ personId: 'anna', caseTypeCode: 'WMO-HERINDICATIE' });
    expect(
      provisionEndingWithoutReassessment(
        facts({ provisions: [ending], openCases: [reassessing] }),
        config,
        types,
      ),
    ).toEqual([]);
  });

  it('ignores provisions ended on purpose, beyond the horizon, outside the Wmo, or without an end', () => {
    const cases = [
      { ...ending, endReason: 'overlijden' },
      { ...ending, endDate: addDays(TODAY, 8 * 7 + 1) },
      provision({ provisionTypeCode: 'UITKERING-PW', endDate: '2027-01-01' }),
      provision({ provisionTypeCode: 'WMO-BEGELEIDING' }),
    ];
    expect(provisionEndingWithoutReassessment(facts({ provisions: cases }), config, types)).toEqual([]);
  });

  it('never fires when the end date lies beyond eight weeks or is absent (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 57, max: 3000 }), { nil: null }), (days) => {
        const p = provision({
          provisionTypeCode: 'WMO-BEGELEIDING',
          endDate: days === null ? null : addDays(TODAY, days),
        });
        expect(provisionEndingWithoutReassessment(facts({ provisions: [p] }), config, types)).toEqual([]);
      }),
    );
  });
});

describe('stapeling-van-zorg', () => {
  it('fires at three categories, naming them and the date the third started', () => {
    const provisions = [
      provision({ provisionTypeCode: 'WMO-HULP-HUISHOUDEN', startDate: '2025-03-01' }),
      provision({ provisionTypeCode: 'WMO-BEGELEIDING', startDate: '2025-06-01' }),
      provision({ provisionTypeCode: 'WMO-VERVOER', startDate: '2026-02-01', personId: 'sem' }),
    ];
    const [signal] = stackingOfCare(facts({ provisions }), config, types);
    expect(signal?.since).toBe('2026-02-01');
    expect(signal?.explanation).toBe(
      'Het huishouden heeft lopende voorzieningen in 3 categorieën (begeleiding, huishoudelijke-hulp, vervoer) en 1 domein (Wmo); de drempel is 3 categorieën of 2 domeinen.',
    );
  });

  it('fires at two care domains and clears when a provision ends', () => {
    const wmo = provision({ provisionTypeCode: 'WMO-BEGELEIDING', startDate: '2025-06-01' });
    const jeugd = provision({
      provisionTypeCode: 'JEUGD-AMBULANT',
      startDate: '2026-05-01',
      personId: 'sem',
    });
    expect(stackingOfCare(facts({ provisions: [wmo, jeugd] }), config, types)[0]?.since).toBe('2026-05-01');
    expect(
      stackingOfCare(facts({ provisions: [wmo, { ...jeugd, endDate: '2026-12-01' }] }), config, types),
    ).toEqual([]);
  });

  it('does not count income as care: a benefit beside one Wmo provision is no stacking', () => {
    const wmo = provision({ provisionTypeCode: 'WMO-BEGELEIDING', startDate: '2025-06-01' });
    const pw = provision({ provisionTypeCode: 'UITKERING-PW', startDate: '2026-05-01' });
    const minima = provision({ provisionTypeCode: 'INDIVIDUELE-INKOMENSTOESLAG', startDate: '2026-05-01' });
    expect(stackingOfCare(facts({ provisions: [wmo, pw, minima] }), config, types)).toEqual([]);
  });

  it('never fires with fewer than three categories in one domain (property)', () => {
    const wmoCodes = ['WMO-HULP-HUISHOUDEN', 'WMO-BEGELEIDING'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...wmoCodes), { maxLength: 8 }), (codes) => {
        const provisions = codes.map((code) => provision({ provisionTypeCode: code }));
        expect(stackingOfCare(facts({ provisions }), config, types)).toEqual([]);
      }),
    );
  });
});

describe('mogelijk-wlz', () => {
  it('fires for running beschermd wonen and for any type the catalog marks', () => {
    const bw = provision({ provisionTypeCode: 'WMO-BESCHERMD-WONEN', startDate: '2024-09-01' });
    const [signal] = possibleWlz(facts({ provisions: [bw] }), config, types);
    expect(signal).toMatchObject({ personId: 'anna', since: '2024-09-01' });
    expect(signal?.explanation).toMatch(/^Beschermd wonen loopt sinds 1 september 2024/);
    const marked = provision({ provisionTypeCode: 'WMO-ZORGHOTEL' });
    expect(possibleWlz(facts({ provisions: [marked] }), config, types)).toHaveLength(1);
  });

  it('fires for begeleiding of at least 10 hours a week together with dagbesteding, not for either alone', () => {
    const begeleiding = provision({
      provisionTypeCode: 'WMO-BEGELEIDING',
      volume: 12,
      volumeUnit: 'uren per week',
      startDate: '2026-03-01',
    });
    const dagbesteding = provision({ provisionTypeCode: 'WMO-DAGBESTEDING', startDate: '2026-04-01' });
    const [signal] = possibleWlz(facts({ provisions: [begeleiding, dagbesteding] }), config, types);
    expect(signal?.since).toBe('2026-04-01');
    expect(signal?.explanation).toMatch(/12 uur per week \(drempel 10\) loopt samen met dagbesteding/);
    expect(possibleWlz(facts({ provisions: [begeleiding] }), config, types)).toEqual([]);
    expect(
      possibleWlz(facts({ provisions: [{ ...begeleiding, volume: 9 }, dagbesteding] }), config, types),
    ).toEqual([]);
    // Hours a month are not hours a week: no guessing at conversions.
    expect(
      possibleWlz(
        facts({ provisions: [{ ...begeleiding, volumeUnit: 'uren per maand' }, dagbesteding] }),
        config,
        types,
      ),
    ).toEqual([]);
    // Dagbesteding of someone else in the household does not add up.
    expect(
      possibleWlz(facts({ provisions: [begeleiding, { ...dagbesteding, personId: 'sem' }] }), config, types),
    ).toEqual([]);
  });

  it('never fires without a Wlz-indicating type or dagbesteding (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom('WMO-HULP-HUISHOUDEN', 'WMO-BEGELEIDING', 'WMO-VERVOER', 'UITKERING-PW'),
            volume: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
          }),
          { maxLength: 6 },
        ),
        (items) => {
          const provisions = items.map((item) =>
            provision({ provisionTypeCode: item.code, volume: item.volume, volumeUnit: 'uren per week' }),
          );
          expect(possibleWlz(facts({ provisions }), config, types)).toEqual([]);
        },
      ),
    );
  });
});

describe('overgang-18', () => {
  const jeugdhulp = provision({
    provisionTypeCode: 'JEUGD-AMBULANT',
    personId: 'sem',
    endDate: '2027-12-31',
  });

  it('fires for a youth with jeugdhulp turning 18 within six months', () => {
    const [signal] = transitionTo18(facts({ provisions: [jeugdhulp] }), config, types);
    expect(signal).toMatchObject({ code: 'overgang-18', personId: 'sem', since: '2026-09-15' });
    expect(signal?.explanation).toBe(
      'Wordt op 15 maart 2027 18 jaar (over 3 maanden) en heeft lopende jeugdhulp (Ambulante jeugdhulp tot 31 december 2027); regel de overgang naar hulp voor volwassenen op tijd.',
    );
  });

  it('clears when the jeugdhulp ends, and does not fire when 18 is further away or past', () => {
    expect(
      transitionTo18(facts({ provisions: [{ ...jeugdhulp, endDate: '2026-12-01' }] }), config, types),
    ).toEqual([]);
    const members = [
      { personId: 'sem', birthDate: '2009-06-03' },
      { personId: 'anna', birthDate: '2008-12-01' },
    ];
    const both = [jeugdhulp, { ...jeugdhulp, id: 'x', personId: 'anna' }];
    expect(transitionTo18(facts({ members, provisions: both }), config, types)).toEqual([]);
  });

  it('never fires for a youth turning 18 more than six months from now (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (extra) => {
        const birthDate = addDays(addMonths(addMonths(TODAY, 6), -18 * 12), extra);
        const members = [{ personId: 'sem', birthDate }];
        expect(transitionTo18(facts({ members, provisions: [jeugdhulp] }), config, types)).toEqual([]);
      }),
    );
  });
});

describe('schoolverzuim-in-gezin', () => {
  it('fires for a member of compulsory school age with an open absence report', () => {
    const members = [{ personId: 'sem', birthDate: '2014-05-01' }];
    const [signal] = schoolAbsenceInFamily(facts({ members, openCases: [absence()] }), config);
    expect(signal).toMatchObject({ personId: 'sem', since: '2026-11-10' });
    expect(signal?.explanation).toBe(
      'Is 12 jaar (leerplichtig) en heeft een open verzuimmelding (SZMH-2026-0000042, ontvangen 10 november 2026).',
    );
  });

  it('does not fire at 17 or at 4, nor without an open report (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 17, max: 90 }), fc.integer({ min: 0, max: 4 })),
        fc.integer({ min: 0, max: 364 }),
        (age, days) => {
          const birthDate = addDays(addMonths(TODAY, -age * 12), -days);
          const members = [{ personId: 'sem', birthDate }];
          expect(schoolAbsenceInFamily(facts({ members, openCases: [absence()] }), config)).toEqual([]);
        },
      ),
    );
    const members = [{ personId: 'sem', birthDate: '2014-05-01' }];
    expect(
      schoolAbsenceInFamily(
        facts({ members, openCases: [absence({ caseTypeCode: 'ZORGMELDING' })] }),
        config,
      ),
    ).toEqual([]);
  });
});

describe('all signals together', () => {
  it('are silent for a household without plan, provisions or open cases (property over members)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            personId: fc.uuid(),
            birthDate: fc.option(
              fc.integer({ min: 0, max: 36_000 }).map((days) => addDays(TODAY, -days)),
              { nil: null },
            ),
          }),
          { maxLength: 6 },
        ),
        (members) => {
          expect(evaluateSignals(facts({ members }), config, types)).toEqual([]);
        },
      ),
    );
  });
});

describe('geen-regisseur', () => {
  it('fires while members have open cases and no regisseur is appointed, naming the count and the first date', () => {
    const [signal] = missingRegisseur(facts({ withoutRegisseur: { openCases: 2, since: '2026-10-05' } }));
    expect(signal).toMatchObject({ code: 'geen-regisseur', personId: null, since: '2026-10-05' });
    expect(signal?.explanation).toBe(
      'Het huishouden heeft 2 open zaken (de eerste sinds 5 oktober 2026), maar nog geen regisseur als vast aanspreekpunt.',
    );
  });

  it('stays silent with a regisseur or without open cases (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, undefined, { openCases: 0, since: '2026-01-01' }),
        (withoutRegisseur) => {
          expect(missingRegisseur(facts({ withoutRegisseur }))).toEqual([]);
        },
      ),
    );
  });
});
