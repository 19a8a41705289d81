import type { z } from 'zod';
import type {
  AppointmentReportRequest,
  AppointmentRequest,
  AppointmentView,
} from '../../../../shared/api/wmo-jeugd';
import type { RequestContext } from '../../../platform/access/actor';
import { appendAudit } from '../../../platform/audit/service';
import { forbidden, notFound, staleVersion, unprocessable } from '../../../platform/errors';
import { auditContext, authorisedCase, type CaseDeps } from '../context';
import { refuseWhenClosed } from '../lifecycle';
import * as cases from '../repository';
import * as repo from './repository';

const REFUSED = 'U heeft geen relatie met de persoon van deze zaak.';

export function presentAppointment(row: repo.AppointmentRow): AppointmentView {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    startsAt: row.startsAt.toISOString(),
    place: row.place,
    participants: row.participants,
    report: row.report,
    reportedAt: row.reportedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    version: row.version,
  };
}

/** The keukentafelgesprek belongs to the Wmo onderzoek: only open cases of a Wmo case type have one. */
function refuseUnlessOpenWmo(row: cases.CaseRow, field: string) {
  if (row.domain !== 'wmo')
    throw unprocessable([{ field, message: 'Een keukentafelgesprek hoort alleen bij een Wmo-zaak' }]);
  const closed = refuseWhenClosed({
    statusCode: row.statusCode,
    closedOn: row.closedOn,
    suspendedSince: null,
    extensions: 0,
  });
  if (closed) throw unprocessable([closed], closed.message);
}

/** Plans an appointment: the case is locked, so it and its timeline change in one step. */
export async function planAppointment(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.output<typeof AppointmentRequest>,
): Promise<AppointmentView> {
  const outcome = await deps.transactor.transaction(async (tx) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.appointment.plan', true);
    if (refused) return undefined;
    refuseUnlessOpenWmo(row, 'kind');
    const created = await repo.insertAppointment(tx, {
      caseId,
      kind: input.kind,
      startsAt: new Date(input.startsAt),
      place: input.place,
      participants: input.participants,
      createdBy: ctx.actor.id,
    });
    await cases.updateCase(tx, caseId, {});
    // The timeline says what and when; the place and the participants' names stay in the appointment.
    await cases.addEvent(tx, caseId, ctx.actor.id, 'afspraak-gepland', {
      kind: input.kind,
      startsAt: created.startsAt.toISOString(),
      participants: input.participants.length,
    });
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'case.appointment.plan',
        personIds: [row.personId],
        resource: `cases/${caseId}/appointments/${created.id}`,
      },
    ]);
    return presentAppointment(created);
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

/**
 * Records (or corrects) the report of an appointment that has begun, against the version the
 * writer saw: two people finishing the same report do not overwrite each other unseen.
 */
export async function reportAppointment(
  deps: CaseDeps,
  ctx: RequestContext,
  appointmentId: string,
  input: z.output<typeof AppointmentReportRequest>,
  expectedVersion: number,
): Promise<AppointmentView> {
  const outcome = await deps.transactor.transaction(async (tx) => {
    const found = await repo.findAppointment(tx, appointmentId);
    if (!found) throw notFound('Deze afspraak');
    const { row, refused } = await authorisedCase(tx, ctx, found.caseId, 'case.appointment.report', true);
    if (refused) return undefined;
    // Read again under the case's lock: every change to an appointment holds that lock.
    const current = await repo.findAppointment(tx, appointmentId);
    if (!current) throw notFound('Deze afspraak');
    if (current.version !== expectedVersion) throw staleVersion(current.version);
    refuseUnlessOpenWmo(row, 'report');
    const now = new Date();
    if (current.startsAt.getTime() > now.getTime())
      throw unprocessable([
        { field: 'report', message: 'Een verslag kan pas vastgelegd worden als het gesprek begonnen is' },
      ]);
    const updated = await repo.recordReport(tx, appointmentId, input.report, now);
    await cases.updateCase(tx, row.id, {});
    await cases.addEvent(tx, row.id, ctx.actor.id, 'verslag-vastgelegd', {
      kind: current.kind,
      startsAt: current.startsAt.toISOString(),
      corrected: current.report !== null,
    });
    await appendAudit(tx, auditContext(ctx), [
      {
        action: 'case.appointment.report',
        personIds: [row.personId],
        resource: `cases/${row.id}/appointments/${appointmentId}`,
      },
    ]);
    return presentAppointment(updated);
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}

export async function listAppointments(deps: CaseDeps, ctx: RequestContext, caseId: string) {
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.appointment.view', false);
    if (refused) return undefined;
    const list = await repo.appointmentsOf(tx, caseId);
    await audit([
      {
        action: 'case.appointment.view',
        personIds: [row.personId],
        resource: `cases/${caseId}/appointments`,
      },
    ]);
    return list.map(presentAppointment);
  });
  if (!outcome) throw forbidden(REFUSED);
  return outcome;
}
