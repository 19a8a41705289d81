import type { AreaLevel, AreaRef, Figure } from '../../../shared/api/monitor';
import type { DisclosureConfig, ProtectedValue } from '../../platform/disclosure';
import type { Indicator } from './catalog';
import { REGION, unknownIn } from './indicators';
import { externalFigure, figureInUnit, protectCounts, type RawFigure } from './present';
import type { AreaEntry, StoredResult } from './snapshot-repository';

export const REGION_NAME = 'Regio Maastricht-Heuvelland';

/** The region's areas as the monitor walks them: REGIO → gemeenten → wijken. */
export class AreaTree {
  private readonly byCode: Map<string, AreaEntry>;
  constructor(readonly areas: readonly AreaEntry[]) {
    this.byCode = new Map(areas.map((area) => [area.code, area]));
  }
  ref(code: string): AreaRef | null {
    if (code === REGION) return { code, name: REGION_NAME, level: 'regio' };
    if (code === unknownIn(REGION)) return { code, name: 'Gemeente onbekend', level: 'gemeente' };
    if (code.endsWith(':onbekend')) return { code, name: 'Wijk onbekend', level: 'wijk' };
    const area = this.byCode.get(code);
    if (!area || area.level === 'buurt') return null;
    return { code, name: area.name, level: area.level as AreaLevel };
  }
  gemeenteOf(code: string): string | null {
    if (code === REGION) return null;
    if (code.endsWith(':onbekend')) return code === unknownIn(REGION) ? null : (code.split(':')[0] ?? null);
    const area = this.byCode.get(code);
    if (!area) return null;
    return area.level === 'gemeente' ? area.code : area.parentCode;
  }
  parentOf(code: string): string | null {
    if (code === REGION) return null;
    const area = this.byCode.get(code);
    if (area?.level === 'wijk' && area.parentCode) return area.parentCode;
    return REGION;
  }
  /** Named children in name order; the "onbekend" child is added by the table when it has facts. */
  childrenOf(code: string): string[] {
    const level = code === REGION ? 'gemeente' : this.byCode.get(code)?.level === 'gemeente' ? 'wijk' : null;
    if (!level) return [];
    return this.areas
      .filter((area) => area.level === level && (code === REGION || area.parentCode === code))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((area) => area.code);
  }
}

export type ResultIndex = Map<string, StoredResult>;

export function indexResults(results: readonly StoredResult[]): ResultIndex {
  return new Map(results.map((row) => [`${row.indicatorCode}|${row.areaCode}|${row.breakdown}`, row]));
}

/** No figure was imported for this area: not hidden, just not there. */
export const NO_DATA: Figure = { value: null, display: '–', hidden: null };

const EMPTY: RawFigure = { numerator: 0, denominator: null, value: null, respondents: null };

export function rawOf(index: ResultIndex, indicatorCode: string, area: string, breakdown = ''): RawFigure {
  return index.get(`${indicatorCode}|${area}|${breakdown}`) ?? EMPTY;
}

/**
 * The protected figures of a parent area and its children for one indicator: one table, so the
 * parent minus the shown children never gives a hidden child away. Keys are area codes.
 */
export function protectedFamily(
  indicator: Indicator,
  index: ResultIndex,
  tree: AreaTree,
  parent: string,
  config: DisclosureConfig,
  /** The parent's numerator and denominator as the region's table protected them. */
  parentElsewhere?: { numerator?: ProtectedValue; denominator?: ProtectedValue },
): Family {
  const childLevel: AreaLevel = parent === REGION ? 'gemeente' : 'wijk';
  const named = indicator.levels.includes(childLevel) ? tree.childrenOf(parent) : [];
  const unknown = unknownIn(parent);
  const withUnknown =
    named.length > 0 && (rawOf(index, indicator.code, unknown).numerator ?? 0) > 0
      ? [...named, unknown]
      : named;
  const figures = new Map<string, Figure>();
  const family: Family = { figures, numerators: new Map(), denominators: new Map() };
  if (indicator.numerator.source === 'extern') {
    for (const code of [parent, ...named])
      figures.set(
        code,
        index.has(`${indicator.code}|${code}|`)
          ? externalFigure(indicator.unit, rawOf(index, indicator.code, code), config)
          : NO_DATA,
      );
    return family;
  }
  // With no children shown the table is the parent alone; otherwise the children add up to it.
  const counts = withUnknown.map((code) => rawOf(index, indicator.code, code).numerator ?? 0);
  const numerators =
    withUnknown.length > 0
      ? protectCounts(counts, config, parentElsewhere?.numerator)
      : protectCounts(
          [rawOf(index, indicator.code, parent).numerator ?? 0],
          config,
          parentElsewhere?.numerator,
        );
  const denominators =
    indicator.denominator && 'source' in indicator.denominator
      ? withUnknown.length > 0
        ? protectCounts(
            withUnknown.map((code) => rawOf(index, indicator.code, code).denominator ?? 0),
            config,
            parentElsewhere?.denominator,
          )
        : protectCounts(
            [rawOf(index, indicator.code, parent).denominator ?? 0],
            config,
            parentElsewhere?.denominator,
          )
      : null;
  const codes = withUnknown.length > 0 ? withUnknown : [];
  codes.forEach((code, i) => {
    const numerator = numerators.children[i] ?? { hidden: 'klein' as const };
    const denominator = denominators ? (denominators.children[i] ?? null) : null;
    family.numerators.set(code, numerator);
    if (denominator) family.denominators.set(code, denominator);
    figures.set(
      code,
      figureInUnit(indicator.unit, numerator, rawOf(index, indicator.code, code), denominator, config),
    );
  });
  const parentNumerator =
    withUnknown.length > 0 ? numerators.parent : (numerators.children[0] ?? numerators.parent);
  const parentDenominator = denominators
    ? withUnknown.length > 0
      ? denominators.parent
      : (denominators.children[0] ?? null)
    : null;
  family.numerators.set(parent, parentNumerator);
  if (parentDenominator) family.denominators.set(parent, parentDenominator);
  figures.set(
    parent,
    figureInUnit(
      indicator.unit,
      parentNumerator,
      rawOf(index, indicator.code, parent),
      parentDenominator,
      config,
    ),
  );
  return family;
}

/** A parent and its children, protected together: the figures shown and the counts behind them. */
export interface Family {
  figures: Map<string, Figure>;
  numerators: Map<string, ProtectedValue>;
  denominators: Map<string, ProtectedValue>;
}
