import type {
  ActionPatch,
  AnnualPlan,
  CapacityLine,
  CapacityLinePatch,
  CapacityOverview,
  Decision,
  DecisionInput,
  EviOverview,
  EviSessionInput,
  EviTheme,
  FinanceOverview,
  PlanAction,
  Risk,
  RiskPatch,
  RiskRegister,
  Timeline,
} from '../../../shared/api/portfolio';
import type { RequestContext } from '../../platform/access/actor';
import type { Executor } from '../../platform/db/transactor';
import { notFound, staleVersion, unprocessable } from '../../platform/errors';
import { auditPortfolioChange } from './audit';
import { EfficiencyContent, FormationContent, financeOverview, InvestmentContent } from './finance';
import { phaseSteps } from './history';
import { assertEditor, assertReader } from './policy';
import { presentCapacityLine, presentDecision } from './present';
import type { PortfolioDeps } from './project-service';
import * as repo from './repository';
import { actionOverdue, reviewOverdue, riskScore, roundTo, sum } from './rules';

/** The registers around the projects: capacity, timeline, risks, annual plan, EVI, decisions, finance. */

export const GEMEENTE_NAMES: Record<string, string> = {
  GM0935: 'Maastricht',
  GM0938: 'Meerssen',
  GM0981: 'Vaals',
  GM0994: 'Valkenburg aan de Geul',
  GM1729: 'Gulpen-Wittem',
  GM1903: 'Eijsden-Margraten',
};

const read = <T>(deps: PortfolioDeps, ctx: RequestContext, work: (tx: Executor) => Promise<T>) => {
  assertReader(ctx.actor);
  return deps.transactor.transaction(work);
};

export function capacityOverview(deps: PortfolioDeps, ctx: RequestContext): Promise<CapacityOverview> {
  return read(deps, ctx, async (tx) => {
    const lines = (await repo.capacityLines(tx)).map(presentCapacityLine);
    const assignments = lines.flatMap((line) => line.assignments);
    const perGemeente = Object.entries(GEMEENTE_NAMES).map(([gemeenteCode, name]) => ({
      gemeenteCode,
      name,
      assignments: assignments.filter((assignment) => assignment.gemeenteCode === gemeenteCode).length,
      hours: roundTo(
        sum(assignments.filter((assignment) => assignment.gemeenteCode === gemeenteCode).map((a) => a.hours)),
        2,
      ),
    }));
    return {
      lines,
      totals: {
        hoursPerYear: roundTo(sum(lines.map((line) => line.capacity.hoursPerYear)), 2),
        fte: roundTo(sum(lines.map((line) => line.capacity.fte)), 2),
        toBeDetermined: lines.filter((line) => line.capacity.toBeDetermined).length,
        withoutHours: lines
          .filter((line) => line.capacity.hoursPerYear === null && line.capacity.fte === null)
          .map((line) => `${line.label} (${line.capacity.text ?? 'niet opgegeven'})`),
        unfilled: assignments.filter((assignment) => !assignment.filled).length,
        perGemeente,
      },
      note:
        'Uren en fte worden apart opgeteld (een fte is geen vast aantal uren). Regels zonder uren of fte ' +
        '("procesmanager", "bij projecten", "10 x 4", "regulier") tellen niet mee; "notk" betekent dat de ' +
        'capaciteit nog met een nieuwe of herziene projectopdracht wordt vastgesteld.',
    };
  });
}

/**
 * A line of Bijlage 2 changed: its capacity and who fills it per gemeente. Shares of hours may not
 * add up to more than the line; a line that belongs to a project carries its capacity to the
 * project (with a history row there), so the two never disagree.
 */
export async function updateCapacityLine(
  deps: PortfolioDeps,
  ctx: RequestContext,
  id: string,
  version: number,
  patch: CapacityLinePatch,
): Promise<CapacityLine> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const current = await repo.findCapacityLine(tx, id);
    if (!current) throw notFound('Deze capaciteitsregel');
    if (current.version !== version) throw staleVersion(current.version);
    const presented = presentCapacityLine(current);
    const capacity = patch.capacity ?? presented.capacity;
    const assignments = patch.assignments ?? presented.assignments;
    const shared = roundTo(sum(assignments.map((assignment) => assignment.hours)), 2);
    if (capacity.hoursPerYear !== null && shared > capacity.hoursPerYear) {
      throw unprocessable([
        {
          field: 'assignments',
          message: `De verdeling telt op tot ${shared} uur, meer dan de ${capacity.hoursPerYear} uur van deze regel.`,
        },
      ]);
    }
    const updated = await repo.updateCapacityLine(tx, id, version, {
      hours: capacity.hoursPerYear,
      fte: capacity.fte,
      toBeDetermined: capacity.toBeDetermined,
      assignments,
    });
    if (!updated) throw staleVersion(current.version);
    if (patch.capacity && current.projectId) {
      await repo.setProjectCapacity(tx, current.projectId, capacity);
      await repo.insertEvents(tx, [
        {
          projectId: current.projectId,
          kind: 'gewijzigd',
          toValue: 'capaciteit (bijlage 2)',
          occurredOn: deps.today(),
          actorId: ctx.actor.id,
        },
      ]);
    }
    await auditPortfolioChange(tx, ctx, 'capacity.update', `capacity/${id}`, Object.keys(patch));
    return presentCapacityLine(updated);
  });
}

export function timeline(deps: PortfolioDeps, ctx: RequestContext): Promise<Timeline> {
  return read(deps, ctx, async (tx) => {
    const projects = await repo.allProjects(tx);
    const events = await repo.eventsOf(tx);
    return {
      rows: projects.map((project) => ({
        projectId: project.id,
        name: project.name,
        kind: project.kind,
        domain: project.domain,
        phase: project.phase as Timeline['rows'][number]['phase'],
        startDate: project.startDate,
        endDate: project.endDate,
        steps: phaseSteps(
          { phase: project.phase as Timeline['rows'][number]['phase'], startDate: project.startDate },
          events.filter(({ event }) => event.projectId === project.id).map(({ event }) => event),
        ),
      })),
    };
  });
}

function presentRisk(row: repo.RiskRow, today: string): Risk {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    kind: row.kind,
    title: row.title,
    description: row.description,
    controlMeasure: row.controlMeasure,
    ownerRole: row.ownerRole,
    likelihood: row.likelihood,
    impact: row.impact,
    score: riskScore(row.likelihood, row.impact),
    reviewDate: row.reviewDate,
    reviewOverdue: reviewOverdue(row.reviewDate, row.status, today),
    status: row.status,
    source: row.source,
  };
}

export function riskRegister(deps: PortfolioDeps, ctx: RequestContext): Promise<RiskRegister> {
  return read(deps, ctx, async (tx) => {
    const today = deps.today();
    return { risks: (await repo.allRisks(tx)).map((row) => presentRisk(row, today)), today };
  });
}

export async function updateRisk(
  deps: PortfolioDeps,
  ctx: RequestContext,
  id: string,
  version: number,
  patch: RiskPatch,
): Promise<Risk> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const current = await repo.findRisk(tx, id);
    if (!current) throw notFound('Dit risico');
    if (current.version !== version) throw staleVersion(current.version);
    const updated = await repo.updateRisk(tx, id, version, patch);
    if (!updated) throw staleVersion(current.version);
    await auditPortfolioChange(tx, ctx, 'risk.update', `risks/${id}`, Object.keys(patch));
    return presentRisk(updated, deps.today());
  });
}

async function presentActions(
  tx: Executor,
  rows: repo.ActionRow[],
  referenceDate: string,
): Promise<PlanAction[]> {
  const notes = await repo.notesOf(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    kind: row.kind,
    code: row.code,
    theme: row.theme,
    topic: row.topic,
    title: row.title,
    subActions: row.subActions,
    dueText: row.dueText,
    dueDate: row.dueDate,
    ownerRole: row.ownerRole,
    status: row.status,
    overdue: actionOverdue(row, referenceDate),
    notes: notes
      .filter(({ note }) => note.actionId === row.id)
      .map(({ note, authorName }) => ({ at: note.createdAt.toISOString(), text: note.text, authorName })),
    source: row.source,
  }));
}

/** The annual plan with overdue actions flagged against a reference day (today unless asked). */
export function annualPlan(
  deps: PortfolioDeps,
  ctx: RequestContext,
  options: { year?: number; referenceDate?: string },
): Promise<AnnualPlan> {
  return read(deps, ctx, async (tx) => {
    const year = options.year ?? (await repo.latestPlanYear(tx));
    const referenceDate = options.referenceDate ?? deps.today();
    if (year === null) return { year: 0, referenceDate, actions: [], counts: {}, overdue: 0 };
    const actions = await presentActions(tx, await repo.actionsOfYear(tx, year), referenceDate);
    const counts: Record<string, number> = {};
    for (const action of actions) counts[action.status] = (counts[action.status] ?? 0) + 1;
    return {
      year,
      referenceDate,
      actions,
      counts,
      overdue: actions.filter((action) => action.overdue).length,
    };
  });
}

export async function updateAction(
  deps: PortfolioDeps,
  ctx: RequestContext,
  id: string,
  version: number,
  patch: ActionPatch,
): Promise<PlanAction> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const current = await repo.findAction(tx, id);
    if (!current) throw notFound('Deze actie');
    if (current.version !== version) throw staleVersion(current.version);
    const updated = await repo.updateAction(tx, id, version, {
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.ownerRole !== undefined ? { ownerRole: patch.ownerRole } : {}),
    });
    if (!updated) throw staleVersion(current.version);
    if (patch.note) await repo.insertActionNote(tx, id, patch.note, ctx.actor.id);
    await auditPortfolioChange(tx, ctx, 'action.update', `actions/${id}`, Object.keys(patch));
    const [action] = await presentActions(tx, [updated], deps.today());
    if (!action) throw notFound('Deze actie');
    return action;
  });
}

async function eviThemes(tx: Executor): Promise<EviTheme[]> {
  const { themes, sessions, findings, links } = await repo.eviContent(tx);
  return themes.map((theme) => ({
    id: theme.id,
    name: theme.name,
    period: theme.period,
    description: theme.description,
    sessions: sessions
      .filter((session) => session.themeId === theme.id)
      .map((session) => ({
        id: session.id,
        heldOn: session.heldOn,
        dateText: session.dateText,
        participants: session.participants,
        participantsText: session.participantsText,
        description: session.description,
        cancelled: session.cancelled,
      })),
    findings: findings
      .filter((finding) => finding.themeId === theme.id)
      .map((finding) => ({
        id: finding.id,
        kind: finding.kind,
        text: finding.text,
        sessionId: finding.sessionId,
      })),
    projects: links.filter((link) => link.themeId === theme.id).map(({ id, name }) => ({ id, name })),
    source: theme.source,
  }));
}

export function eviOverview(deps: PortfolioDeps, ctx: RequestContext): Promise<EviOverview> {
  return read(deps, ctx, async (tx) => ({ themes: await eviThemes(tx) }));
}

export async function addEviSession(
  deps: PortfolioDeps,
  ctx: RequestContext,
  themeId: string,
  input: EviSessionInput,
): Promise<EviTheme> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    if (!(await repo.findTheme(tx, themeId))) throw notFound('Dit EVI-thema');
    if (input.heldOn > deps.today()) {
      throw unprocessable([
        { field: 'heldOn', message: 'Een bijeenkomst die nog moet plaatsvinden legt u later vast.' },
      ]);
    }
    await repo.insertSession(
      tx,
      {
        themeId,
        heldOn: input.heldOn,
        participants: input.participants,
        description: input.description,
        createdBy: ctx.actor.id,
      },
      input.findings,
    );
    await auditPortfolioChange(tx, ctx, 'evi.session.create', `evi/${themeId}`);
    const theme = (await eviThemes(tx)).find((candidate) => candidate.id === themeId);
    if (!theme) throw notFound('Dit EVI-thema');
    return theme;
  });
}

export function decisionList(deps: PortfolioDeps, ctx: RequestContext): Promise<{ decisions: Decision[] }> {
  return read(deps, ctx, async (tx) => {
    const { decisions, links } = await repo.decisionsWithProjects(tx);
    return { decisions: decisions.map((decision) => presentDecision(decision, links)) };
  });
}

export async function addDecision(
  deps: PortfolioDeps,
  ctx: RequestContext,
  input: DecisionInput,
): Promise<Decision> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const projectIds = [...new Set(input.projectIds)];
    const known = await repo.existingProjectIds(tx, projectIds);
    const unknown = projectIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw unprocessable([{ field: 'projectIds', message: 'Een gekozen project bestaat niet.' }]);
    const row = await repo.insertDecision(
      tx,
      {
        body: input.body,
        meeting: input.meeting,
        decidedOn: input.decidedOn,
        subject: input.subject,
        decision: input.decision,
        position: await repo.nextDecisionPosition(tx),
        createdBy: ctx.actor.id,
      },
      projectIds,
    );
    await auditPortfolioChange(tx, ctx, 'decision.create', `decisions/${row.id}`);
    return presentDecision(row, await repo.decisionLinks(tx, [row.id]));
  });
}

export function finance(deps: PortfolioDeps, ctx: RequestContext): Promise<FinanceOverview> {
  return read(deps, ctx, async (tx) => {
    const rows = await repo.financeContent(tx);
    const content = (kind: string) => rows.find((row) => row.kind === kind)?.content;
    const investment = content('investering');
    const formation = content('formatie');
    const efficiency = content('efficiency');
    if (investment === undefined || formation === undefined || efficiency === undefined) {
      throw notFound('De investeringsagenda en formatieanalyse (nog niet ingelezen)');
    }
    return financeOverview({
      investment: InvestmentContent.parse(investment),
      formation: FormationContent.parse(formation),
      efficiency: EfficiencyContent.parse(efficiency),
    });
  });
}
