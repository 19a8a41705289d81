import { Readable } from 'node:stream';
import type { WorkQueueQuery } from '../../../shared/api/cases';
import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { doesCaseWork } from '../../platform/access/policy';
import { forbidden } from '../../platform/errors';
import { auditContext, type CaseDeps } from '../cases/context';
import { daysBetween } from '../cases/deadlines/calendar';
import { openCases } from './repository';
import { type SheetCell, xlsxStream } from './xlsx';

const COLUMNS = [
  'zaaknummer',
  'zaaktype',
  'domein',
  'persoon',
  'gemeente',
  'status',
  'wettelijke termijn',
  'dagen over',
  'opgeschort',
  'behandelaar',
];
const PAGE = 500;

/** CSV cell per RFC 4180, and defused against spreadsheet formulas (=, +, -, @ at the start). */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@]/.exec(text)) text = `'${text}`;
  return /[",;\n\r]/.exec(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The filtered queue page by page (keyset on urgency), each page audited as an export before it is
 * handed on, so what leaves the system is in the access log even if the download breaks off.
 */
async function* exportRows(
  deps: CaseDeps,
  ctx: RequestContext,
  query: WorkQueueQuery,
): AsyncGenerator<SheetCell[][]> {
  const today = deps.today();
  const mine = query.assignee === 'me' || query.assignee === ctx.actor.id;
  let after: { deadline: string; id: string } | undefined;
  for (;;) {
    const rows = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
      const page = await openCases(tx, {
        teamIds: query.team ? [query.team] : mine ? undefined : [...ctx.actor.teamIds],
        assigneeId: mine ? ctx.actor.id : undefined,
        unassigned: query.unassigned === 'true',
        domain: query.domain,
        caseTypeCode: query.caseType,
        gemeenteCode: query.gemeente,
        statusCode: query.status,
        overdueBefore: query.overdue === 'true' ? today : undefined,
        suspended: query.suspended === undefined ? undefined : query.suspended === 'true',
        after,
        limit: PAGE,
      });
      if (page.length > 0) {
        await audit([
          {
            action: 'case.export',
            personIds: [...new Set(page.map((row) => row.personId))],
            resource: 'work-queue/export',
          },
        ]);
      }
      return page;
    });
    if (rows.length > 0) {
      yield rows.map((row) => [
        row.number,
        row.caseTypeCode,
        row.domain,
        displayName(row),
        row.gemeenteCode,
        row.statusCode,
        row.legalDeadline ? { date: row.legalDeadline } : null,
        row.legalDeadline ? daysBetween(today, row.legalDeadline) : null,
        row.suspendedSince ? 'ja' : 'nee',
        row.assigneeName,
      ]);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = { deadline: last.urgency, id: last.id };
  }
}

function guard(ctx: RequestContext, query: WorkQueueQuery) {
  if (!doesCaseWork(ctx.actor)) throw forbidden('Uw rol heeft geen werkvoorraad.');
  if (query.team && !ctx.actor.teamIds.includes(query.team)) throw forbidden('U bent geen lid van dit team.');
}

/** The queue as CSV: semicolon-separated with a byte-order mark, as Dutch spreadsheets expect. */
export function exportWorkQueueCsv(deps: CaseDeps, ctx: RequestContext, query: WorkQueueQuery): Readable {
  guard(ctx, query);
  async function* lines() {
    yield `\uFEFF${COLUMNS.join(';')}\r\n`;
    for await (const batch of exportRows(deps, ctx, query)) {
      yield batch
        .map((cells) =>
          cells
            .map((cell) => csvCell(cell !== null && typeof cell === 'object' ? cell.date : cell))
            .join(';'),
        )
        .map((line) => `${line}\r\n`)
        .join('');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/** The queue as an Excel workbook, with real dates and numbers. */
export function exportWorkQueueXlsx(deps: CaseDeps, ctx: RequestContext, query: WorkQueueQuery): Readable {
  guard(ctx, query);
  return xlsxStream('Werkvoorraad', COLUMNS, exportRows(deps, ctx, query));
}
