import type { z } from 'zod';
import {
  type AreaRef,
  type Figure,
  type MapAreas,
  type MonitorSamenloop,
  SAMENLOOP_COMBINATIONS,
  SAMENLOOP_LABELS,
  type SamenloopTable,
} from '../../../shared/api/monitor';
import type { RequestContext } from '../../platform/access/actor';
import { type DisclosureConfig, protectTable } from '../../platform/disclosure';
import { type AreaTree, indexResults, type ResultIndex, rawOf } from './figures';
import {
  PROVISION_CLASSES,
  PROVISIONS_PER_PERSON,
  REGION,
  SAMENLOOP_HOUSEHOLDS,
  SAMENLOOP_PERSONS,
  unknownIn,
} from './indicators';
import { scopeAllows } from './policy';
import { figureOf } from './present';
import * as repo from './snapshot-repository';
import { presentSnapshot } from './snapshot-service';
import { checkArea, type ViewContext, type ViewDeps, viewContext, visibleSnapshot } from './view-service';

/**
 * The samenloop table of an area's children (or of the area alone, for a wijk): persons or
 * households per combination of Wmo, Jeugd and Participatiewet, with row, column and grand totals,
 * protected as one two-dimensional table.
 */
export function samenloopTable(
  unit: 'personen' | 'huishoudens',
  index: ResultIndex,
  tree: AreaTree,
  areaCode: string,
  config: DisclosureConfig,
): SamenloopTable {
  const code = unit === 'personen' ? SAMENLOOP_PERSONS : SAMENLOOP_HOUSEHOLDS;
  const isWijk = tree.ref(areaCode)?.level === 'wijk';
  const named = isWijk ? [areaCode] : tree.childrenOf(areaCode);
  const unknown = unknownIn(areaCode);
  const hasUnknown =
    !isWijk && SAMENLOOP_COMBINATIONS.some((c) => (rawOf(index, code, unknown, c).numerator ?? 0) > 0);
  const rowCodes = hasUnknown ? [...named, unknown] : named;
  const cells = rowCodes.map((row) =>
    SAMENLOOP_COMBINATIONS.map((c) => rawOf(index, code, row, c).numerator ?? 0),
  );
  const table = protectTable({ cells, totals: { rows: true, columns: true, grand: true } }, config);
  const hiddenCell: Figure = figureOf({ hidden: 'klein' });
  return {
    unit,
    columns: SAMENLOOP_COMBINATIONS.map((c) => SAMENLOOP_LABELS[c]),
    rows: rowCodes.flatMap((row, i) => {
      const ref = tree.ref(row);
      if (!ref) return [];
      return [
        {
          area: ref,
          cells: (table.cells[i] ?? []).map(figureOf),
          total: table.rowTotals?.[i] ? figureOf(table.rowTotals[i]) : hiddenCell,
        },
      ];
    }),
    totals: (table.columnTotals ?? []).map(figureOf),
    grandTotal: table.grandTotal ? figureOf(table.grandTotal) : hiddenCell,
  };
}

export async function samenloopView(
  deps: ViewDeps,
  ctx: RequestContext,
  query: { snapshot: string; area: string },
): Promise<MonitorSamenloop> {
  return deps.transactor.readOnce(async (tx) => {
    const view = await viewContext(tx, ctx);
    const area = checkArea(view, query.area);
    const snapshot = await visibleSnapshot(view, ctx, query.snapshot);
    return samenloopOf(deps, view, snapshot, area);
  });
}

/** The samenloop of an area as the page and the council report show it: protected, in scope. */
export async function samenloopOf(
  deps: Pick<ViewDeps, 'disclosure'>,
  view: ViewContext,
  snapshot: repo.SnapshotRow,
  area: AreaRef,
): Promise<MonitorSamenloop> {
  const index = indexResults(
    await repo.resultsOf(view.tx, snapshot.id, [
      SAMENLOOP_PERSONS,
      SAMENLOOP_HOUSEHOLDS,
      PROVISIONS_PER_PERSON,
    ]),
  );
  const perPerson = protectTable(
    {
      cells: PROVISION_CLASSES.map((c) => [rawOf(index, PROVISIONS_PER_PERSON, area.code, c).numerator ?? 0]),
      totals: { columns: true },
    },
    deps.disclosure,
  );
  const visible = (table: SamenloopTable): SamenloopTable => ({
    ...table,
    rows: table.rows.filter((row) =>
      scopeAllows(view.scope, { code: row.area.code, gemeenteCode: view.tree.gemeenteOf(row.area.code) }),
    ),
  });
  return {
    snapshot: presentSnapshot(snapshot),
    area,
    persons: visible(samenloopTable('personen', index, view.tree, area.code, deps.disclosure)),
    households: visible(samenloopTable('huishoudens', index, view.tree, area.code, deps.disclosure)),
    provisionsPerPerson: PROVISION_CLASSES.map((label, i) => ({
      label: label === '4+' ? '4 of meer' : label,
      value: figureOf(perPerson.cells[i]?.[0] ?? { hidden: 'klein' }),
    })),
    source: `Bron: registratie Sociale Zaken Maastricht Heuvelland, peilmoment ${snapshot.periodEnd} (${snapshot.periodLabel}, versie ${snapshot.version}); samenloop zoals CBS die publiceert (Wmo, Jeugd, Participatiewet).`,
  };
}

/** The child areas' boundaries for the choropleth; none when no boundaries were imported. */
export async function boundaries(
  deps: ViewDeps,
  ctx: RequestContext,
  query: { gemeente: string },
): Promise<z.infer<typeof MapAreas>> {
  return deps.transactor.readOnce(async (tx) => {
    const view = await viewContext(tx, ctx);
    const area = checkArea(view, query.gemeente);
    const codes = area.code === REGION ? view.tree.childrenOf(REGION) : view.tree.childrenOf(area.code);
    const geometries = await repo.geometriesOf(tx, codes);
    if (geometries.length === 0) return { hasBoundaries: false, features: null };
    return {
      hasBoundaries: true,
      features: {
        type: 'FeatureCollection',
        features: geometries.map((row) => ({
          type: 'Feature',
          properties: { code: row.code, name: row.name },
          geometry: row.geometry,
        })),
      },
    };
  });
}
