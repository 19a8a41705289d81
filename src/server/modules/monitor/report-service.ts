import type { RequestContext } from '../../platform/access/actor';
import { appendAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { auditContext } from '../cases/context';
import { disclosureDescription } from './catalog-view';
import { REGION } from './indicators';
import type { CouncilReport } from './report/model';
import { samenloopOf } from './samenloop-service';
import { presentSnapshot } from './snapshot-service';
import {
  checkArea,
  figuresFrom,
  snapshotData,
  summaryOf,
  type ViewDeps,
  viewContext,
  visibleSnapshot,
} from './view-service';

/**
 * The raadsrapportage of one gemeente: every indicator that is shown at gemeente level, with its
 * wijken and the region to compare with, and the samenloop tables, all protected as on screen.
 */
export async function councilReport(
  deps: ViewDeps,
  ctx: RequestContext,
  query: { snapshot: string; gemeente: string },
): Promise<CouncilReport> {
  return deps.transactor.transaction(async (tx) => {
    const view = await viewContext(tx, ctx);
    const area = checkArea(view, query.gemeente);
    if (area.level !== 'gemeente' || area.code === REGION)
      throw new AppError('unprocessable', 'Een raadsrapportage is er per gemeente.', {
        errors: [{ field: 'gemeente', message: 'Kies een gemeente.' }],
      });
    const snapshot = await visibleSnapshot(view, ctx, query.snapshot);
    const reported = deps.catalog.indicators.filter(
      (indicator) => !indicator.breakdown && indicator.levels.includes('gemeente'),
    );
    // One read for every indicator in the report, not two per indicator.
    const data = await snapshotData(
      view,
      snapshot,
      reported.map((indicator) => indicator.code),
    );
    const sections = [];
    for (const indicator of reported) {
      const figures = figuresFrom(deps, view, snapshot, indicator, area.code, data);
      sections.push({
        indicator: summaryOf(indicator, deps.catalog),
        value: figures.value,
        comparable: figures.comparable,
        regionComparable: figures.regionComparable,
        comparableLabel: figures.comparableLabel,
        rows: figures.rows,
        source: figures.source,
      });
    }
    const samenloop = await samenloopOf(deps, view, snapshot, area);
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'monitor.report',
        personIds: [],
        resource: `monitor/report/${area.code}?snapshot=${snapshot.id}`,
      },
    ]);
    return {
      gemeente: { code: area.code, name: area.name },
      snapshot: presentSnapshot(snapshot),
      generatedAt: new Date().toISOString(),
      disclosure: {
        threshold: deps.disclosure.threshold,
        roundingBase: deps.disclosure.roundingBase,
        description: disclosureDescription(deps.disclosure),
      },
      sections,
      samenloop,
      sources: [...new Set([...sections.map((section) => section.source), samenloop.source])],
    };
  });
}
