import type {
  Figure,
  IndicatorSummary,
  MonitorTrend,
  MonitorView,
  SnapshotSummary,
  ViewRow,
} from '../../../shared/api/monitor';
import type { RequestContext } from '../../platform/access/actor';
import type { Executor } from '../../platform/db/transactor';
import { type DisclosureConfig, protectValue } from '../../platform/disclosure';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { Indicator } from './catalog';
import { AreaTree, indexResults, protectedFamily, rawOf } from './figures';
import { REGION } from './indicators';
import { canManageMonitor, type MonitorScope, monitorScope, scopeAllows } from './policy';
import { type PopulationRow, populationMap, snapshotPopulations } from './populations';
import { comparableOf, figureOf } from './present';
import * as repo from './snapshot-repository';
import { type MonitorDeps, presentSnapshot } from './snapshot-service';

export interface ViewDeps extends Pick<MonitorDeps, 'transactor' | 'catalog'> {
  disclosure: DisclosureConfig;
}

export function summaryOf(indicator: Indicator, catalog: MonitorDeps['catalog']): IndicatorSummary {
  const population =
    indicator.denominator && 'population' in indicator.denominator ? indicator.denominator.population : null;
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    phase: indicator.phase,
    unit: indicator.unit,
    levels: indicator.levels,
    breakdown: indicator.breakdown ?? null,
    populationName: catalog.populationGroups.find((group) => group.code === population)?.name ?? null,
  };
}

export interface ViewContext {
  tx: Executor;
  scope: MonitorScope;
  tree: AreaTree;
}

/** Who asks, what they may see, and the region's areas: the start of every monitor view. */
export async function viewContext(tx: Executor, ctx: RequestContext): Promise<ViewContext> {
  const gemeente = ctx.actor.roles.includes('bestuur') ? await repo.gemeenteOfUser(tx, ctx.actor.id) : null;
  const scope = monitorScope(ctx.actor, gemeente);
  if (scope.kind === 'geen') throw forbidden(scope.reason);
  return { tx, scope, tree: new AreaTree(await repo.regionAreas(tx)) };
}

/** A snapshot the user may look at: published ones, and for managers the computed one under review. */
export async function visibleSnapshot(view: ViewContext, ctx: RequestContext, snapshotId: string) {
  const snapshot = await repo.findSnapshot(view.tx, snapshotId);
  if (!snapshot || (snapshot.status !== 'gepubliceerd' && !canManageMonitor(ctx.actor)))
    throw notFound('Dit peilmoment');
  return snapshot;
}

export function findIndicator(deps: Pick<ViewDeps, 'catalog'>, code: string): Indicator {
  const indicator = deps.catalog.indicators.find((entry) => entry.code === code);
  if (!indicator) throw notFound(`Indicator ${code}`);
  return indicator;
}

export function checkArea(view: ViewContext, code: string) {
  const area = view.tree.ref(code);
  if (!area || code.endsWith(':onbekend')) throw notFound(`Gebied ${code}`);
  if (!scopeAllows(view.scope, { code, gemeenteCode: view.tree.gemeenteOf(code) }))
    throw forbidden('U ziet de Monitor van uw eigen gemeente.');
  return area;
}

/** The protected figures of an area, its region and its children for one indicator and snapshot. */
export async function indicatorFigures(
  deps: ViewDeps,
  view: ViewContext,
  snapshot: repo.SnapshotRow,
  indicator: Indicator,
  areaCode: string,
) {
  return figuresFrom(
    deps,
    view,
    snapshot,
    indicator,
    areaCode,
    await snapshotData(view, snapshot, [indicator.code]),
  );
}

/** What figures are made from: the raw results of some indicators and the frozen populations. */
export interface SnapshotData {
  index: ReturnType<typeof indexResults>;
  frozen: PopulationRow[];
}

/** One read of a snapshot's results for the given indicators and its populations. */
export async function snapshotData(
  view: ViewContext,
  snapshot: repo.SnapshotRow,
  indicatorCodes: readonly string[],
): Promise<SnapshotData> {
  return {
    index: indexResults(await repo.resultsOf(view.tx, snapshot.id, indicatorCodes)),
    frozen: await snapshotPopulations(view.tx, snapshot.id),
  };
}

/** The protected figures of an area, its region and its children, from data already read. */
export function figuresFrom(
  deps: ViewDeps,
  view: ViewContext,
  snapshot: repo.SnapshotRow,
  indicator: Indicator,
  areaCode: string,
  { index, frozen }: SnapshotData,
) {
  const inhabitants = populationMap(frozen);
  const regionFamily = protectedFamily(indicator, index, view.tree, REGION, deps.disclosure);
  const parent = view.tree.parentOf(areaCode);
  // A wijk is shown within its gemeente's table; the region and a gemeente head their own. A
  // gemeente's own figure is the one the region's table shows: its wijken are protected around it.
  const familyRoot = view.tree.ref(areaCode)?.level === 'wijk' ? (parent ?? REGION) : areaCode;
  const ownFamily =
    familyRoot === REGION
      ? regionFamily
      : protectedFamily(indicator, index, view.tree, familyRoot, deps.disclosure, {
          numerator: regionFamily.numerators.get(familyRoot),
          denominator: regionFamily.denominators.get(familyRoot),
        });
  const population = (code: string) => inhabitants.get(code)?.get('inwoners') ?? null;
  const figure = (code: string): Figure =>
    ownFamily.figures.get(code) ?? regionFamily.figures.get(code) ?? figureOf({ hidden: 'klein' });
  const comparable = (code: string) => comparableOf(indicator.unit, figure(code), population(code));
  const regionValue = regionFamily.figures.get(REGION) ?? figureOf({ hidden: 'klein' });
  const regionComparable = comparableOf(indicator.unit, regionValue, population(REGION));
  const isLeaf = view.tree.ref(areaCode)?.level === 'wijk';
  const childCodes = isLeaf ? [] : [...ownFamily.figures.keys()].filter((code) => code !== areaCode);
  const rows: ViewRow[] = childCodes.flatMap((code) => {
    const ref = view.tree.ref(code);
    if (!ref) return [];
    const own = comparable(code);
    const difference =
      own?.value != null && regionComparable?.value != null
        ? Math.round((own.value - regionComparable.value) * 10) / 10
        : null;
    return [{ area: ref, value: figure(code), comparable: own, difference, rank: null }];
  });
  const ranked = rows
    .filter((row) => row.comparable?.value != null && !row.area.code.endsWith(':onbekend'))
    .sort((a, b) => (b.comparable?.value ?? 0) - (a.comparable?.value ?? 0));
  ranked.forEach((row, i) => {
    row.rank = i + 1;
  });
  const breakdown = indicator.breakdown
    ? [...index.values()]
        .filter((row) => row.areaCode === areaCode && row.breakdown !== '')
        .map((row) => ({
          code: row.breakdown,
          name: deps.catalog.provisionTypes.get(row.breakdown)?.name ?? row.breakdown,
          value: figureOf(protectValue(row.numerator ?? 0, deps.disclosure)),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    : [];
  return {
    value: figure(areaCode),
    comparable: comparable(areaCode),
    region: regionValue,
    regionComparable,
    comparableLabel: indicator.unit === 'aantal' ? 'per 1.000 inwoners' : null,
    rows,
    breakdown,
    source: sourceLine(indicator, index, areaCode, snapshot, frozen),
  };
}

export function sourceLine(
  indicator: Indicator,
  index: ReturnType<typeof indexResults>,
  areaCode: string,
  snapshot: repo.SnapshotRow,
  populations: readonly PopulationRow[],
): string {
  if (indicator.numerator.source === 'extern') {
    const source = rawOf(index, indicator.code, areaCode) as { source?: string | null };
    return `Bron: ${source.source ?? 'geïmporteerd onderzoek; voor dit gebied is geen cijfer ingelezen'}.`;
  }
  // The denominator's own source, as frozen with the snapshot (CBS, an estimate, or an import).
  const group =
    indicator.denominator && 'population' in indicator.denominator ? indicator.denominator.population : null;
  const frozen = group
    ? populations.find((row) => row.areaCode === areaCode && row.groupCode === group)
    : undefined;
  const population = group
    ? `; bevolking (${group}, ${frozen?.year ?? 'onbekend jaar'}): ${(frozen?.source ?? 'geen cijfer voor dit gebied').replace(/^Bron: /, '')}`
    : '';
  return `Bron: registratie Sociale Zaken Maastricht Heuvelland, peilmoment ${snapshot.periodEnd} (${snapshot.periodLabel}, versie ${snapshot.version})${population}.`;
}

export async function indicatorView(
  deps: ViewDeps,
  ctx: RequestContext,
  query: { snapshot: string; indicator: string; area: string },
): Promise<MonitorView> {
  return deps.transactor.readOnce(async (tx) => {
    const view = await viewContext(tx, ctx);
    const indicator = findIndicator(deps, query.indicator);
    const area = checkArea(view, query.area);
    if (area.level !== 'regio' && !indicator.levels.includes(area.level))
      throw new AppError('unprocessable', `${indicator.name} wordt niet op ${area.level}niveau getoond.`, {
        errors: [{ field: 'area', message: `Kies een gebied op ${indicator.levels.join(' of ')}niveau.` }],
      });
    const snapshot = await visibleSnapshot(view, ctx, query.snapshot);
    const figures = await indicatorFigures(deps, view, snapshot, indicator, area.code);
    const parentCode = view.tree.parentOf(area.code);
    return {
      snapshot: presentSnapshot(snapshot),
      indicator: summaryOf(indicator, deps.catalog),
      area,
      parent: parentCode ? view.tree.ref(parentCode) : null,
      ...figures,
      rows: figures.rows.filter((row) =>
        scopeAllows(view.scope, { code: row.area.code, gemeenteCode: view.tree.gemeenteOf(row.area.code) }),
      ),
    };
  });
}

/** The area's figure in every published period (latest version of each), with the region's. */
export async function indicatorTrend(
  deps: ViewDeps,
  ctx: RequestContext,
  query: { indicator: string; area: string },
): Promise<MonitorTrend> {
  return deps.transactor.readOnce(async (tx) => {
    const view = await viewContext(tx, ctx);
    const indicator = findIndicator(deps, query.indicator);
    const area = checkArea(view, query.area);
    const points = [];
    for (const snapshot of await repo.publishedLatestVersions(tx)) {
      const figures = await indicatorFigures(deps, view, snapshot, indicator, area.code);
      points.push({
        snapshotId: snapshot.id,
        periodLabel: snapshot.periodLabel,
        periodEnd: snapshot.periodEnd,
        version: snapshot.version,
        value: figures.value,
        region: figures.region,
      });
    }
    return { indicator: summaryOf(indicator, deps.catalog), area, points };
  });
}

export function snapshotSummaryOf(row: repo.SnapshotRow): SnapshotSummary {
  return presentSnapshot(row);
}
