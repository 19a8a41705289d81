import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  portfolioActionNotes,
  portfolioActions,
  portfolioAmbition,
  portfolioCapacityLines,
  portfolioDecisionProjects,
  portfolioDecisions,
  portfolioEviFindings,
  portfolioEviSessions,
  portfolioEviThemeProjects,
  portfolioEviThemes,
  portfolioFinanceTables,
  portfolioProjectEvents,
  portfolioProjects,
  portfolioRisks,
  users,
} from '../../platform/db/schema';
import type { Executor } from '../../platform/db/transactor';

export type ProjectRow = typeof portfolioProjects.$inferSelect;
export type ProjectInsert = typeof portfolioProjects.$inferInsert;
export type ProjectEventRow = typeof portfolioProjectEvents.$inferSelect;
export type ProjectEventInsert = typeof portfolioProjectEvents.$inferInsert;
export type RiskRow = typeof portfolioRisks.$inferSelect;
export type ActionRow = typeof portfolioActions.$inferSelect;
export type CapacityLineRow = typeof portfolioCapacityLines.$inferSelect;
export type DecisionRow = typeof portfolioDecisions.$inferSelect;

export async function ambitionContent(tx: Executor): Promise<unknown> {
  const [row] = await tx.select().from(portfolioAmbition).where(eq(portfolioAmbition.id, 1));
  return row?.content;
}

export async function hasPortfolio(tx: Executor): Promise<boolean> {
  const [row] = await tx.select({ id: portfolioAmbition.id }).from(portfolioAmbition).limit(1);
  return row !== undefined;
}

export const allProjects = (tx: Executor) =>
  tx.select().from(portfolioProjects).orderBy(asc(portfolioProjects.position));

export async function findProject(tx: Executor, id: string, lock = false): Promise<ProjectRow | undefined> {
  const query = tx.select().from(portfolioProjects).where(eq(portfolioProjects.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function keyTaken(tx: Executor, key: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: portfolioProjects.id })
    .from(portfolioProjects)
    .where(eq(portfolioProjects.key, key))
    .limit(1);
  return row !== undefined;
}

export async function nextPosition(tx: Executor): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${portfolioProjects.position})` })
    .from(portfolioProjects);
  return Number(row?.max ?? 0) + 1;
}

export async function insertProject(tx: Executor, values: ProjectInsert): Promise<ProjectRow> {
  const [row] = await tx.insert(portfolioProjects).values(values).returning();
  if (!row) throw new Error('project not inserted');
  return row;
}

/** Compare-and-set on the version: undefined when someone else changed the project first. */
export async function updateProject(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<ProjectInsert>,
): Promise<ProjectRow | undefined> {
  const [row] = await tx
    .update(portfolioProjects)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(portfolioProjects.id, id), eq(portfolioProjects.version, version)))
    .returning();
  return row;
}

/** The project's own capacity follows its Bijlage 2 line; the version moves so open forms see it. */
export async function setProjectCapacity(
  tx: Executor,
  id: string,
  capacity: { hoursPerYear: number | null; fte: number | null; toBeDetermined: boolean },
): Promise<void> {
  await tx
    .update(portfolioProjects)
    .set({
      capacityHours: capacity.hoursPerYear,
      capacityFte: capacity.fte,
      capacityToBeDetermined: capacity.toBeDetermined,
      version: sql`${portfolioProjects.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(portfolioProjects.id, id));
}

export async function insertEvents(tx: Executor, events: ProjectEventInsert[]): Promise<void> {
  if (events.length > 0) await tx.insert(portfolioProjectEvents).values(events);
}

export async function eventsOf(tx: Executor, projectIds?: readonly string[]) {
  const query = tx
    .select({ event: portfolioProjectEvents, actorName: users.displayName })
    .from(portfolioProjectEvents)
    .leftJoin(users, eq(users.id, portfolioProjectEvents.actorId))
    .orderBy(
      asc(sql`coalesce(${portfolioProjectEvents.occurredOn}, ${portfolioProjectEvents.recordedAt}::date)`),
      asc(portfolioProjectEvents.recordedAt),
    );
  return projectIds ? query.where(inArray(portfolioProjectEvents.projectId, [...projectIds])) : query;
}

export const capacityLines = (tx: Executor) =>
  tx.select().from(portfolioCapacityLines).orderBy(asc(portfolioCapacityLines.position));

export async function findCapacityLine(tx: Executor, id: string): Promise<CapacityLineRow | undefined> {
  const [row] = await tx
    .select()
    .from(portfolioCapacityLines)
    .where(eq(portfolioCapacityLines.id, id))
    .limit(1);
  return row;
}

export async function updateCapacityLine(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof portfolioCapacityLines.$inferInsert>,
): Promise<CapacityLineRow | undefined> {
  const [row] = await tx
    .update(portfolioCapacityLines)
    .set({ ...values, version: version + 1 })
    .where(and(eq(portfolioCapacityLines.id, id), eq(portfolioCapacityLines.version, version)))
    .returning();
  return row;
}

export async function decisionsWithProjects(tx: Executor, projectId?: string) {
  const decisions = projectId
    ? await tx
        .select({ decision: portfolioDecisions })
        .from(portfolioDecisions)
        .innerJoin(portfolioDecisionProjects, eq(portfolioDecisionProjects.decisionId, portfolioDecisions.id))
        .where(eq(portfolioDecisionProjects.projectId, projectId))
        .orderBy(asc(portfolioDecisions.position))
        .then((rows) => rows.map((row) => row.decision))
    : await tx.select().from(portfolioDecisions).orderBy(asc(portfolioDecisions.position));
  const links = await decisionLinks(
    tx,
    decisions.map((decision) => decision.id),
  );
  return { decisions, links };
}

/** The projects each of the decisions concerns, in portfolio order. */
export async function decisionLinks(tx: Executor, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return [];
  return tx
    .select({
      decisionId: portfolioDecisionProjects.decisionId,
      id: portfolioProjects.id,
      name: portfolioProjects.name,
    })
    .from(portfolioDecisionProjects)
    .innerJoin(portfolioProjects, eq(portfolioProjects.id, portfolioDecisionProjects.projectId))
    .where(inArray(portfolioDecisionProjects.decisionId, [...decisionIds]))
    .orderBy(asc(portfolioProjects.position));
}

export async function insertDecision(
  tx: Executor,
  values: typeof portfolioDecisions.$inferInsert,
  projectIds: readonly string[],
): Promise<DecisionRow> {
  const [row] = await tx.insert(portfolioDecisions).values(values).returning();
  if (!row) throw new Error('decision not inserted');
  if (projectIds.length > 0) {
    await tx
      .insert(portfolioDecisionProjects)
      .values(projectIds.map((projectId) => ({ decisionId: row.id, projectId })));
  }
  return row;
}

export async function nextDecisionPosition(tx: Executor): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${portfolioDecisions.position})` })
    .from(portfolioDecisions);
  return Number(row?.max ?? 0) + 1;
}

export async function existingProjectIds(tx: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: portfolioProjects.id })
    .from(portfolioProjects)
    .where(inArray(portfolioProjects.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

export async function eviContent(tx: Executor) {
  const themes = await tx.select().from(portfolioEviThemes).orderBy(asc(portfolioEviThemes.position));
  const sessions = await tx
    .select()
    .from(portfolioEviSessions)
    .orderBy(asc(sql`coalesce(${portfolioEviSessions.heldOn}, ${portfolioEviSessions.createdAt}::date)`));
  const findings = await tx.select().from(portfolioEviFindings).orderBy(asc(portfolioEviFindings.createdAt));
  const links = await tx
    .select({
      themeId: portfolioEviThemeProjects.themeId,
      id: portfolioProjects.id,
      name: portfolioProjects.name,
    })
    .from(portfolioEviThemeProjects)
    .innerJoin(portfolioProjects, eq(portfolioProjects.id, portfolioEviThemeProjects.projectId));
  return { themes, sessions, findings, links };
}

/** The EVI themes that fed one project, for its page. */
export function eviThemesOf(tx: Executor, projectId: string) {
  return tx
    .select({ themeId: portfolioEviThemes.id, themeName: portfolioEviThemes.name })
    .from(portfolioEviThemeProjects)
    .innerJoin(portfolioEviThemes, eq(portfolioEviThemes.id, portfolioEviThemeProjects.themeId))
    .where(eq(portfolioEviThemeProjects.projectId, projectId))
    .orderBy(asc(portfolioEviThemes.position));
}

/** The Bijlage 2 lines of one project. */
export function capacityLinesOf(tx: Executor, projectId: string) {
  return tx
    .select()
    .from(portfolioCapacityLines)
    .where(eq(portfolioCapacityLines.projectId, projectId))
    .orderBy(asc(portfolioCapacityLines.position));
}

export async function findTheme(tx: Executor, id: string) {
  const [row] = await tx.select().from(portfolioEviThemes).where(eq(portfolioEviThemes.id, id)).limit(1);
  return row;
}

export async function insertSession(
  tx: Executor,
  values: typeof portfolioEviSessions.$inferInsert,
  findings: { kind: 'ervaring' | 'verbetering' | 'innovatie'; text: string }[],
) {
  const [session] = await tx.insert(portfolioEviSessions).values(values).returning();
  if (!session) throw new Error('session not inserted');
  if (findings.length > 0) {
    await tx
      .insert(portfolioEviFindings)
      .values(findings.map((finding) => ({ ...finding, themeId: values.themeId, sessionId: session.id })));
  }
  return session;
}

export const allRisks = (tx: Executor) =>
  tx.select().from(portfolioRisks).orderBy(asc(portfolioRisks.position));

export async function findRisk(tx: Executor, id: string) {
  const [row] = await tx.select().from(portfolioRisks).where(eq(portfolioRisks.id, id)).limit(1);
  return row;
}

export async function updateRisk(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof portfolioRisks.$inferInsert>,
): Promise<RiskRow | undefined> {
  const [row] = await tx
    .update(portfolioRisks)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(portfolioRisks.id, id), eq(portfolioRisks.version, version)))
    .returning();
  return row;
}

export async function actionsOfYear(tx: Executor, year?: number) {
  const query = tx
    .select()
    .from(portfolioActions)
    .orderBy(asc(portfolioActions.planYear), asc(portfolioActions.position));
  return year === undefined ? query : query.where(eq(portfolioActions.planYear, year));
}

export async function latestPlanYear(tx: Executor): Promise<number | null> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${portfolioActions.planYear})` })
    .from(portfolioActions);
  return row?.max === null || row?.max === undefined ? null : Number(row.max);
}

export async function findAction(tx: Executor, id: string) {
  const [row] = await tx.select().from(portfolioActions).where(eq(portfolioActions.id, id)).limit(1);
  return row;
}

export async function updateAction(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof portfolioActions.$inferInsert>,
): Promise<ActionRow | undefined> {
  const [row] = await tx
    .update(portfolioActions)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(portfolioActions.id, id), eq(portfolioActions.version, version)))
    .returning();
  return row;
}

export async function insertActionNote(tx: Executor, actionId: string, text: string, authorId: string) {
  await tx.insert(portfolioActionNotes).values({ actionId, text, authorId });
}

export async function notesOf(tx: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return tx
    .select({ note: portfolioActionNotes, authorName: users.displayName })
    .from(portfolioActionNotes)
    .leftJoin(users, eq(users.id, portfolioActionNotes.authorId))
    .where(inArray(portfolioActionNotes.actionId, [...actionIds]))
    .orderBy(asc(portfolioActionNotes.createdAt));
}

export async function financeContent(tx: Executor) {
  return tx.select().from(portfolioFinanceTables);
}
