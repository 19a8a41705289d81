import type { z } from 'zod';
import type { BeschermdWonenQuery, BeschermdWonenReport } from '../../../shared/api/wmo-jeugd';
import type { RequestContext } from '../../platform/access/actor';
import type { ReadAuditRecorder } from '../../platform/audit/service';
import { forbidden, unprocessable } from '../../platform/errors';
import { HIDDEN_UP_TO, protectGroup, ROUND_TO } from '../../platform/suppression';
import { auditContext } from '../cases/context';
import { dayBefore, type Flow, firstDayOf, lastDayOf, monthlyFlow, monthsBetween } from './flow';
import { canSeeAggregates } from './policy';
import * as repo from './repository';

export const BESCHERMD_WONEN = 'WMO-BESCHERMD-WONEN';
const MAX_MONTHS = 36;
const MEASURES = ['instroom', 'doorstroom', 'uitstroom'] as const;

export interface ReportDeps {
  readAudit: ReadAuditRecorder;
}

/** In-, through- and outflow of beschermd wonen per month, per paying gemeente and in total, protected. */
export async function beschermdWonenFlow(
  deps: ReportDeps,
  ctx: RequestContext,
  query: z.output<typeof BeschermdWonenQuery>,
): Promise<BeschermdWonenReport> {
  if (!canSeeAggregates(ctx.actor))
    throw forbidden('Deze rapportage is voor beleid, bestuur en teammanagers.');
  const months = monthsBetween(query.from, query.to);
  if (months.length === 0)
    throw unprocessable([{ field: 'to', message: 'De laatste maand ligt vóór de eerste' }]);
  if (months.length > MAX_MONTHS)
    throw unprocessable([{ field: 'to', message: `Ten hoogste ${MAX_MONTHS} maanden tegelijk` }]);
  // Aggregates hold no person, but who looked at which figures is still worth a trace.
  return deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const periods = await repo.provisionPeriods(
      tx,
      BESCHERMD_WONEN,
      dayBefore(firstDayOf(query.from)),
      lastDayOf(query.to),
    );
    const known = await repo.gemeenten(tx);
    const flows = monthlyFlow(periods, query.from, query.to);
    // Every gemeente of the region is a row every month: a missing row would tell that it had none.
    const rows = [
      ...known.map((gemeente) => ({ code: gemeente.code as string | null, name: gemeente.name })),
      ...[...new Set(periods.map((p) => p.gemeenteCode))]
        .filter((code) => !known.some((gemeente) => gemeente.code === code))
        .map((code) => ({ code, name: code ?? 'Gemeente onbekend' })),
    ];
    await audit([
      {
        action: 'report.beschermd-wonen',
        personIds: [],
        resource: `reports/beschermd-wonen?from=${query.from}&to=${query.to}`,
      },
    ]);
    const empty: Flow = { instroom: 0, doorstroom: 0, uitstroom: 0 };
    return {
      from: query.from,
      to: query.to,
      provisionTypeCode: BESCHERMD_WONEN,
      suppression: { hiddenUpTo: HIDDEN_UP_TO, roundTo: ROUND_TO },
      months: flows.map((flow) => {
        const perRow = rows.map((row) => flow.byGemeente.get(row.code ?? '') ?? empty);
        const protectedMeasures = MEASURES.map((measure) =>
          protectGroup(
            perRow.map((cells) => cells[measure]),
            flow.total[measure],
          ),
        );
        const cell = (measureIndex: number, rowIndex: number) => {
          const found = protectedMeasures[measureIndex]?.cells[rowIndex];
          if (!found) throw new Error('protected cell missing');
          return found;
        };
        const total = (measureIndex: number) => {
          const found = protectedMeasures[measureIndex]?.total;
          if (!found) throw new Error('protected total missing');
          return found;
        };
        return {
          month: flow.month,
          gemeenten: rows.map((row, rowIndex) => ({
            gemeenteCode: row.code,
            gemeenteName: row.name,
            instroom: cell(0, rowIndex),
            doorstroom: cell(1, rowIndex),
            uitstroom: cell(2, rowIndex),
          })),
          total: { instroom: total(0), doorstroom: total(1), uitstroom: total(2) },
        };
      }),
    };
  });
}
