import type { CARE_STOCK } from './volumes';

/** The tables of the running care stock (`care-stock.ts`): kinds, volumes, durations and endings. */

export type Domain = keyof typeof CARE_STOCK;
export type Mix = readonly (readonly [string, number])[];

/** Which case type grants each provision type of the stock (its newest version is used). */
export const STOCK_CASE_TYPE: Readonly<Record<string, string>> = {
  'WMO-HULP-HUISHOUDEN': 'WMO-AANVRAAG',
  'WMO-HULPMIDDEL': 'WMO-AANVRAAG',
  'WMO-VERVOER': 'WMO-AANVRAAG',
  'WMO-BEGELEIDING': 'WMO-AANVRAAG',
  'WMO-BEGELEIDING-GROEP': 'WMO-AANVRAAG',
  'WMO-WONINGAANPASSING': 'WMO-AANVRAAG',
  'WMO-DAGBESTEDING': 'WMO-AANVRAAG',
  'WMO-RESPIJTZORG': 'WMO-AANVRAAG',
  'WMO-BESCHERMD-WONEN': 'WMO-AANVRAAG',
  'JEUGD-AMBULANT': 'JEUGDHULP-AANVRAAG',
  'JEUGD-VERBLIJF': 'JEUGDHULP-AANVRAAG',
  'JEUGD-JEUGDBESCHERMING': 'JEUGDHULP-AANVRAAG',
  'JEUGD-PGB': 'JEUGDHULP-AANVRAAG',
  LOONKOSTENSUBSIDIE: 'REINTEGRATIE-TRAJECT',
  JOBCOACH: 'REINTEGRATIE-TRAJECT',
  WERKERVARINGSPLAATS: 'REINTEGRATIE-TRAJECT',
  SCHOLING: 'REINTEGRATIE-TRAJECT',
  'BESCHUT-WERK': 'REINTEGRATIE-TRAJECT',
  'BIJZONDERE-BIJSTAND': 'BB-AANVRAAG',
  'INDIVIDUELE-INKOMENSTOESLAG': 'IIT-AANVRAAG',
  'COLLECTIEVE-ZORGVERZEKERING': 'CAZ-AANMELDING',
  SCHOOLKOSTEN: 'SCHOOLKOSTEN-AANVRAAG',
  PARTICIPATIEREGELING: 'PARTICIPATIEREGELING-AANVRAAG',
};

/** Kinds of care per client group, in rough proportions of persons (estimates after the GMSD). */
export const MIX: Readonly<Record<'wmoOlder' | 'wmoYounger' | Exclude<Domain, 'wmo'>, Mix>> = {
  wmoOlder: [
    ['WMO-HULP-HUISHOUDEN', 44],
    ['WMO-HULPMIDDEL', 24],
    ['WMO-VERVOER', 16],
    ['WMO-BEGELEIDING', 5],
    ['WMO-WONINGAANPASSING', 6],
    ['WMO-DAGBESTEDING', 4],
    ['WMO-RESPIJTZORG', 1],
  ],
  wmoYounger: [
    ['WMO-BEGELEIDING', 30],
    ['WMO-HULP-HUISHOUDEN', 18],
    ['WMO-HULPMIDDEL', 14],
    ['WMO-DAGBESTEDING', 12],
    ['WMO-VERVOER', 10],
    ['WMO-BEGELEIDING-GROEP', 7],
    ['WMO-WONINGAANPASSING', 7],
    ['WMO-RESPIJTZORG', 2],
  ],
  jeugd: [
    ['JEUGD-AMBULANT', 80],
    ['JEUGD-VERBLIJF', 8],
    ['JEUGD-JEUGDBESCHERMING', 7],
    ['JEUGD-PGB', 5],
  ],
  participatie: [
    ['LOONKOSTENSUBSIDIE', 30],
    ['JOBCOACH', 25],
    ['WERKERVARINGSPLAATS', 20],
    ['SCHOLING', 15],
    ['BESCHUT-WERK', 10],
  ],
  minima: [
    ['COLLECTIEVE-ZORGVERZEKERING', 30],
    ['BIJZONDERE-BIJSTAND', 28],
    ['INDIVIDUELE-INKOMENSTOESLAG', 22],
    ['PARTICIPATIEREGELING', 12],
    ['SCHOOLKOSTEN', 8],
  ],
};

/** Volumes in the provision type's unit (catalog/provision-types.json): [min, max, unit]. */
export const STOCK_VOLUME: Readonly<Record<string, readonly [number, number, string]>> = {
  'WMO-HULP-HUISHOUDEN': [2, 5, 'uren per week'],
  'WMO-BEGELEIDING': [1, 8, 'uren per week'],
  'WMO-BEGELEIDING-GROEP': [1, 6, 'dagdelen per week'],
  'WMO-DAGBESTEDING': [2, 8, 'dagdelen per week'],
  'WMO-RESPIJTZORG': [7, 42, 'etmalen per jaar'],
  'WMO-BESCHERMD-WONEN': [7, 7, 'etmalen per week'],
  'WMO-HULPMIDDEL': [1, 2, 'stuks'],
  'WMO-VERVOER': [500, 3_000, 'kilometers per jaar'],
  'JEUGD-AMBULANT': [1, 6, 'uren per week'],
  'JEUGD-VERBLIJF': [5, 7, 'etmalen per week'],
  JOBCOACH: [1, 8, 'uren per week'],
};

export interface Rule {
  /** How far before the stock date a provision may have started. */
  yearsBack: number;
  /** Youngest age at the start; persons younger at the reference date never qualify. */
  minAge: number;
  /** The share of persons with a second provision of another kind in the same domain. */
  second: number;
  /** The yearly rate at which provisions end (turnover) from the stock date on. */
  endRate: number;
  /** Of those running on the reference date, the share with an indication that ends later. */
  laterEnd: number;
}

export const RULES: Readonly<Record<Domain, Rule>> = {
  wmo: { yearsBack: 10, minAge: 18, second: 0.3, endRate: 0.17, laterEnd: 0.4 },
  jeugd: { yearsBack: 6, minAge: 0, second: 0.05, endRate: 0.25, laterEnd: 0.7 },
  participatie: { yearsBack: 3, minAge: 18, second: 0.15, endRate: 0.2, laterEnd: 0.5 },
  minima: { yearsBack: 6, minAge: 18, second: 0.35, endRate: 0.35, laterEnd: 0.3 },
};

/** Why a stock provision ended, in rough proportions per domain (older Wmo clients mostly die). */
export function endReasons(domain: Domain, age: number): Mix {
  if (domain === 'wmo')
    return [
      ['overlijden', age >= 75 ? 45 : age >= 65 ? 25 : 3],
      ['niet-meer-nodig', 20],
      ['verhuizing', 18],
      ['herindicatie', 12],
      ['andere-reden', 8],
    ];
  if (domain === 'jeugd')
    return [
      ['doel-bereikt', 55],
      ['niet-meer-nodig', 15],
      ['verhuizing', 10],
      ['andere-reden', 20],
    ];
  if (domain === 'participatie')
    return [
      ['uitstroom-naar-werk', 45],
      ['doel-bereikt', 20],
      ['niet-meer-nodig', 10],
      ['verhuizing', 5],
      ['andere-reden', 20],
    ];
  return [
    ['niet-meer-nodig', 40],
    ['uitstroom-naar-werk', 15],
    ['verhuizing', 15],
    ['andere-reden', 25],
    ['overlijden', age >= 65 ? 8 : 1],
  ];
}

/** How a re-integration trajectory closes when its provision ends. */
export const TRAJECT_RESULT: Readonly<Record<string, string>> = {
  'uitstroom-naar-werk': 'uitstroom-werk',
  'doel-bereikt': 'uitstroom-opleiding',
};
