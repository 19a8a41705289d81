import { Readable } from 'node:stream';
import type { WorkQueueQuery } from '../../../shared/api/cases';
import { displayName } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { doesCaseWork } from '../../platform/access/policy';
import { forbidden } from '../../platform/errors';
import { auditContext, type CaseDeps } from '../cases/context';
import { daysBetween } from '../cases/deadlines/calendar';
import { openCases } from './repository';

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
];

/** CSV cell per RFC 4180, and defused against spreadsheet formulas (=, +, -, @ at the start). */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@]/.exec(text)) text = `'${text}`;
  return /[",;\n\r]/.exec(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The work queue as CSV (semicolon-separated, as Dutch spreadsheets expect), streamed page by page
 * so a large queue never sits in memory; each page is audited as an export before it is sent.
 */
export function exportWorkQueue(deps: CaseDeps, ctx: RequestContext, query: WorkQueueQuery): Readable {
  if (!doesCaseWork(ctx.actor)) throw forbidden('Uw rol heeft geen werkvoorraad.');
  if (query.team && !ctx.actor.teamIds.includes(query.team)) throw forbidden('U bent geen lid van dit team.');
  const today = deps.today();
  let after: { deadline: string; id: string } | undefined;
  let headerSent = false;
  let done = false;
  return new Readable({
    async read() {
      try {
        if (!headerSent) {
          headerSent = true;
          this.push(`\uFEFF${COLUMNS.join(';')}\r\n`);
          return;
        }
        if (done) {
          this.push(null);
          return;
        }
        const rows = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
          const page = await openCases(tx, {
            teamIds: query.team ? [query.team] : [...ctx.actor.teamIds],
            domain: query.domain,
            overdueBefore: query.overdue === 'true' ? today : undefined,
            after,
            limit: 500,
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
        const last = rows[rows.length - 1];
        if (!last || rows.length < 500) done = true;
        if (last) after = { deadline: last.urgency, id: last.id };
        const lines = rows.map((row) =>
          [
            row.number,
            row.caseTypeCode,
            row.domain,
            displayName(row),
            row.gemeenteCode,
            row.statusCode,
            row.legalDeadline,
            row.legalDeadline ? Math.max(0, daysBetween(row.legalDeadline, today)) : null,
            row.suspendedSince ? 'ja' : 'nee',
          ]
            .map(csvCell)
            .join(';'),
        );
        this.push(lines.length ? `${lines.join('\r\n')}\r\n` : '');
        if (done && lines.length === 0) this.push(null);
      } catch (error) {
        this.destroy(error as Error);
      }
    },
  });
}
