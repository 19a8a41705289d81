import { asc, eq, sql } from 'drizzle-orm';
import { caseAppointments } from '../../../platform/db/schema';
import type { Executor } from '../../../platform/db/transactor';

export type AppointmentRow = typeof caseAppointments.$inferSelect;

export async function insertAppointment(
  tx: Executor,
  row: typeof caseAppointments.$inferInsert,
): Promise<AppointmentRow> {
  const [created] = await tx.insert(caseAppointments).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function findAppointment(tx: Executor, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await tx.select().from(caseAppointments).where(eq(caseAppointments.id, id)).limit(1);
  return row;
}

export async function appointmentsOf(tx: Executor, caseId: string): Promise<AppointmentRow[]> {
  return tx
    .select()
    .from(caseAppointments)
    .where(eq(caseAppointments.caseId, caseId))
    .orderBy(asc(caseAppointments.startsAt), asc(caseAppointments.createdAt));
}

export async function recordReport(
  tx: Executor,
  id: string,
  report: string,
  at: Date,
): Promise<AppointmentRow> {
  const [row] = await tx
    .update(caseAppointments)
    .set({ report, reportedAt: at, version: sql`${caseAppointments.version} + 1` })
    .where(eq(caseAppointments.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}
