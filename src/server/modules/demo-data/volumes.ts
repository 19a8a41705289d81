import type { Scale } from './generate';

/**
 * Cases received per year in the whole region, per case type. Where the Jaarplan 2018 names a
 * figure it is transcribed (with its line); the others are estimates of the same order, chosen so
 * the proportions between domains look like a regional social service, and marked as such.
 */
export const ANNUAL_CASES: Readonly<Record<string, number>> = {
  // Inkomen: inflow estimated so that the stock below stays roughly level.
  'PW-AANVRAAG': 1_250,
  'IOAW-AANVRAAG': 60,
  'IOAZ-AANVRAAG': 15,
  'BBZ-AANVRAAG': 40,
  // Minima (estimates).
  'BB-AANVRAAG': 2_200,
  'IIT-AANVRAAG': 900,
  'CAZ-AANMELDING': 700,
  'SCHOOLKOSTEN-AANVRAAG': 600,
  'PARTICIPATIEREGELING-AANVRAAG': 500,
  'KO-SMI-AANVRAAG': 40,
  'PSZ-AANVRAAG': 60,
  // Wmo, Jeugd, participatie (estimates).
  'WMO-MELDING': 2_400,
  'WMO-AANVRAAG': 1_900,
  'WMO-HERINDICATIE': 700,
  'JEUGDHULP-AANVRAAG': 1_500,
  'REINTEGRATIE-TRAJECT': 900,
  // Handhaving: Jaarplan 2018 "aantal afgehandelde fraudeonderzoeken 230" and "aantal themacontroles 1".
  FRAUDESIGNAAL: 450,
  FRAUDEONDERZOEK: 230,
  THEMACONTROLE: 1,
  TERUGVORDERING: 400,
  'BESTUURLIJKE-BOETE': 150,
  VERHAAL: 60,
  // Onderwijs: Jaarplan 2018 "aantal jaarlijkse beschikkingen 790" (leerlingenvervoer) and, for
  // leerplicht, "Aantal verzuimmeldingen 948" and "Aantal zorgmeldingen 937"; RMC is an estimate.
  'LLV-AANVRAAG': 790,
  VERZUIMMELDING: 948,
  ZORGMELDING: 937,
  'RMC-VSV-MELDING': 300,
  // Bedrijfsvoering (estimates).
  BEZWAAR: 500,
  'BEZWAAR-ADVIESCOMMISSIE': 120,
  KLACHT: 150,
  BEROEP: 40,
  'AGRESSIE-INCIDENT': 60,
};

/**
 * Benefit units (uitkeringseenheden) running on the reference date, per paying gemeente:
 * Jaarplan 2018, "aantal uitkeringseenheden 31-12-2018" (SZMH 5.071 in all).
 */
export const BENEFIT_UNITS: Readonly<Record<string, number>> = {
  GM0935: 3_843, // Maastricht
  GM1903: 237, // Eijsden-Margraten
  GM1729: 162, // Gulpen-Wittem
  GM0938: 243, // Meerssen
  GM0981: 279, // Vaals
  GM0994: 306, // Valkenburg aan de Geul
};

/**
 * Persons with care or support running when the demo years begin (the running care stock of
 * `care-stock.ts`), per domain, for the whole region. Not in the seeds: estimates in line with
 * CBS's published figures for the region (Gemeentelijke Monitor Sociaal Domein: about 26,000
 * inhabitants with support in a year, 10–15% of the 210,501), marked as such like the estimates
 * above. Each domain loses part of its stock during the demo years (death, goals reached, work),
 * while the flow of `ANNUAL_CASES` adds to it.
 */
export const CARE_STOCK: Readonly<Record<'wmo' | 'jeugd' | 'participatie' | 'minima', number>> = {
  // Wmo maatwerk (estimate): about 70% aged 65 or over; hulp bij het huishouden the largest.
  wmo: 11_500,
  // Jeugdhulp (estimate): youth under 18; ambulant the most, then verblijf, jeugdbescherming, pgb.
  jeugd: 3_400,
  // Re-integration trajectories (estimate): adults 18–66, most with a benefit.
  participatie: 1_800,
  // Minimaregelingen (estimate): concentrated in, but not limited to, benefit households. With the
  // yearly flow above (whose grants run on) about 7,000 persons have one in a year.
  minima: 6_000,
};

/** Of the Wmo stock, the persons in beschermd wonen (estimate), adults under 65. */
export const BESCHERMD_WONEN_STOCK = 250;

/**
 * The share of the region's volumes a demo scale carries. The region scale carries the seeds'
 * figures in full, on 60,000 demo persons: the persons known to the social domain and their
 * households rather than all 210,501 inhabitants, so about 40–45% of them have support in a year.
 * The small scale of 4,000 persons carries a fifteenth, so every team's work queue has cases on
 * the first start (its social domain is denser than the region's).
 */
export const VOLUME_SHARE: Readonly<Record<Scale, number>> = { region: 1, small: 1 / 15 };

/** How many of each case type two years bring at a scale. */
export function twoYearCounts(scale: Scale): [string, number][] {
  return Object.entries(ANNUAL_CASES).map(([code, perYear]) => [
    code,
    Math.round(perYear * 2 * VOLUME_SHARE[scale]),
  ]);
}

/** How many running benefit units each gemeente has at a scale. */
export function benefitUnitCounts(scale: Scale): [string, number][] {
  return Object.entries(BENEFIT_UNITS).map(([gemeente, units]) => [
    gemeente,
    Math.round(units * VOLUME_SHARE[scale]),
  ]);
}

/** How many persons each domain's running care stock has at a scale. */
export function careStockCounts(scale: Scale): [keyof typeof CARE_STOCK, number][] {
  return (Object.entries(CARE_STOCK) as [keyof typeof CARE_STOCK, number][]).map(([domain, persons]) => [
    domain,
    Math.round(persons * VOLUME_SHARE[scale]),
  ]);
}
