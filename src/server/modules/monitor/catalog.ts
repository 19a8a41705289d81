import path from 'node:path';
import { z } from 'zod';
import { AreaLevel, IndicatorUnit } from '../../../shared/api/monitor';
import { catalogFolder } from '../../platform/paths';
import { CatalogError, parseCatalogFile, readCatalogJson } from '../case-types/catalog';
import type { ProvisionType } from '../case-types/provision-types';

export const INDICATORS_FILE = path.join(catalogFolder, 'monitor', 'indicators.json');
export const TARIFFS_FILE = path.join(catalogFolder, 'monitor', 'tariffs.json');

const code = z.string().regex(/^[A-Z0-9-]+$/, 'alleen hoofdletters, cijfers en streepjes');
const lower = z.string().regex(/^[a-z0-9+-]+$/, 'kleine letters, cijfers, + en streepjes');

/** Where an indicator's numerator comes from; see indicators.ts for what each counts. */
export const NUMERATOR_SOURCES = [
  'personen',
  'huishoudens',
  'personen-per-soort',
  'voorzieningen',
  'kosten',
  'toegang-tijdig',
  'toegang-dagen',
  'extern',
] as const;
export type NumeratorSource = (typeof NUMERATOR_SOURCES)[number];

const Indicator = z
  .object({
    code,
    name: z.string().min(3),
    definition: z.string().min(10),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    unit: IndicatorUnit,
    numerator: z
      .object({
        source: z.enum(NUMERATOR_SOURCES),
        domains: z.array(lower).optional(),
        ageBands: z.array(z.string()).optional(),
        provisionTypes: z.array(code).optional(),
      })
      .strict(),
    denominator: z
      .union([
        z.object({ population: lower }).strict(),
        z.object({ source: z.literal('toegang-beslist') }).strict(),
      ])
      .optional(),
    breakdown: z.literal('voorzieningsoort').optional(),
    levels: z.array(AreaLevel).min(1),
  })
  .strict();
export type Indicator = z.output<typeof Indicator>;

const IndicatorsFile = z
  .object({
    description: z.string(),
    domains: z.array(z.object({ code: lower, name: z.string(), bit: z.number().int().positive() }).strict()),
    ageBands: z.array(z.string()).min(1),
    populationGroups: z.array(
      z.object({ code: lower, name: z.string(), ageBands: z.array(z.string()).optional() }).strict(),
    ),
    indicators: z.array(Indicator).min(1),
  })
  .strict();

const Tariff = z
  .object({
    code,
    perUnitPerWeek: z.number().positive().optional(),
    perWeek: z.number().positive().optional(),
    oneOff: z.number().positive().optional(),
  })
  .strict();
export type Tariff = z.output<typeof Tariff>;
const TariffsFile = z.object({ description: z.string(), tariffs: z.array(Tariff) }).strict();

export interface MonitorCatalog {
  domains: { code: string; name: string; bit: number }[];
  ageBands: string[];
  populationGroups: { code: string; name: string; ageBands?: string[] }[];
  indicators: Indicator[];
  tariffs: Tariff[];
  /** Provision type code → its catalog entry (domain, category, name). */
  provisionTypes: ReadonlyMap<string, ProvisionType>;
}

/**
 * Loads the indicator catalog and the tariffs and checks them against each other and against the
 * provision types, so a typo stops start-up rather than giving a silent zero in the monitor.
 */
export function loadMonitorCatalog(
  provisionTypes: readonly ProvisionType[],
  files = { indicators: INDICATORS_FILE, tariffs: TARIFFS_FILE },
): MonitorCatalog {
  const file = files.indicators;
  const parsed = parseCatalogFile(IndicatorsFile, readCatalogJson(file), file, '');
  const { tariffs } = parseCatalogFile(TariffsFile, readCatalogJson(files.tariffs), files.tariffs, '');
  const typeByCode = new Map(provisionTypes.map((type) => [type.code, type]));
  const domainCodes = new Set(parsed.domains.map((domain) => domain.code));
  const bits = new Set<number>();
  parsed.domains.forEach((domain, index) => {
    // Bits combine into a person's domain mask: each must be a distinct power of two.
    if ((domain.bit & (domain.bit - 1)) !== 0 || bits.has(domain.bit))
      throw new CatalogError(file, `domains[${index}].bit`, 'elk domein heeft een eigen macht van twee');
    bits.add(domain.bit);
  });
  const groups = new Set(parsed.populationGroups.map((group) => group.code));
  const bands = new Set(parsed.ageBands);
  parsed.populationGroups.forEach((group, index) => {
    const unknown = group.ageBands?.find((band) => !bands.has(band));
    if (unknown)
      throw new CatalogError(
        file,
        `populationGroups[${index}].ageBands`,
        `onbekende leeftijdsklasse ${unknown}`,
      );
  });
  const seen = new Set<string>();
  parsed.indicators.forEach((indicator, index) => {
    const at = `indicators[${index}]`;
    if (seen.has(indicator.code))
      throw new CatalogError(file, `${at}.code`, `${indicator.code} staat er twee keer in`);
    seen.add(indicator.code);
    const unknownDomain = indicator.numerator.domains?.find((domain) => !domainCodes.has(domain));
    if (unknownDomain)
      throw new CatalogError(file, `${at}.numerator.domains`, `onbekend domein ${unknownDomain}`);
    const unknownBand = indicator.numerator.ageBands?.find((band) => !bands.has(band));
    if (unknownBand)
      throw new CatalogError(file, `${at}.numerator.ageBands`, `onbekende leeftijdsklasse ${unknownBand}`);
    const unknownType = indicator.numerator.provisionTypes?.find((type) => !typeByCode.has(type));
    if (unknownType)
      throw new CatalogError(
        file,
        `${at}.numerator.provisionTypes`,
        `onbekend voorzieningstype ${unknownType}`,
      );
    const denominator = indicator.denominator;
    if (denominator && 'population' in denominator && !groups.has(denominator.population))
      throw new CatalogError(
        file,
        `${at}.denominator.population`,
        `onbekende bevolkingsgroep ${denominator.population}`,
      );
    const rate = ['procent', 'per1000', 'euro-per-inwoner', 'dagen'].includes(indicator.unit);
    if (rate && !denominator && indicator.numerator.source !== 'extern')
      throw new CatalogError(file, `${at}.denominator`, `eenheid ${indicator.unit} vraagt een noemer`);
  });
  tariffs.forEach((tariff, index) => {
    if (!typeByCode.has(tariff.code))
      throw new CatalogError(
        files.tariffs,
        `tariffs[${index}].code`,
        `onbekend voorzieningstype ${tariff.code}`,
      );
  });
  return { ...parsed, tariffs, provisionTypes: typeByCode };
}

/** The bits of the given domain codes, OR-ed: a person counts when their mask shares one. */
export function domainMaskOf(catalog: Pick<MonitorCatalog, 'domains'>, domains: readonly string[]): number {
  return catalog.domains
    .filter((domain) => domains.includes(domain.code))
    .reduce((mask, d) => mask | d.bit, 0);
}
