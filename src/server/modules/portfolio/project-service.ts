import { z } from 'zod';
import type {
  Ambition,
  PortfolioOverview,
  ProjectDetail,
  ProjectInput,
  ProjectPatch,
  ProjectSummary,
} from '../../../shared/api/portfolio';
import type { RequestContext } from '../../platform/access/actor';
import type { Executor, Transactor } from '../../platform/db/transactor';
import { type FieldError, notFound, staleVersion, unprocessable } from '../../platform/errors';
import { auditPortfolioChange } from './audit';
import { SeedContent } from './demo/content-schema';
import { stateOn } from './history';
import { assertEditor, assertReader } from './policy';
import {
  criteriaOf,
  evaluationOf,
  presentCapacityLine,
  presentDecision,
  presentEvent,
  presentProjectSummary,
} from './present';
import * as repo from './repository';
import { matrixTotals, presentAmbition, prioritisationProblems } from './rules';

export interface PortfolioDeps {
  transactor: Transactor;
  /** Today in the Netherlands; injectable so tests can fix the date. */
  today: () => string;
}

const AmbitionStored = SeedContent.shape.ambition.extend({
  statedMatrixTotals: SeedContent.shape.statedMatrixTotals,
  /** The day the stated totals describe: Bijlage 1 lists the projects of 2016–2017. */
  statedAsOf: z.iso.date(),
});
export type AmbitionStored = z.infer<typeof AmbitionStored>;

export async function loadAmbition(tx: Executor): Promise<{ ambition: Ambition; stored: AmbitionStored }> {
  const content = await repo.ambitionContent(tx);
  if (content === undefined) throw notFound('De Toekomstagenda (nog niet ingericht)');
  const stored = AmbitionStored.parse(content);
  return { ambition: presentAmbition(stored), stored };
}

export async function portfolioOverview(
  deps: PortfolioDeps,
  ctx: RequestContext,
  stand?: string,
): Promise<PortfolioOverview> {
  assertReader(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const { ambition, stored } = await loadAmbition(tx);
    const rows = await repo.allProjects(tx);
    const events = stand ? await repo.eventsOf(tx) : [];
    const projects = rows.flatMap((row) => {
      const summary = presentProjectSummary(row, ambition);
      if (!stand) return [summary];
      const state = stateOn(
        summary,
        events.filter(({ event }) => event.projectId === row.id).map(({ event }) => event),
        stand,
      );
      if (!state) return [];
      return [
        {
          ...summary,
          name: state.name,
          kind: state.kind,
          domain: state.domain as ProjectSummary['domain'],
          precondition: state.precondition,
          phase: state.phase as ProjectSummary['phase'],
        },
      ];
    });
    const stated = stand && stand <= stored.statedAsOf ? stored.statedMatrixTotals : [];
    const phaseCounts: Record<string, number> = {};
    for (const project of projects) {
      const phase = project.phase ?? 'onbekend';
      phaseCounts[phase] = (phaseCounts[phase] ?? 0) + 1;
    }
    return {
      ambition,
      projects,
      totals: matrixTotals(projects, ambition.columns, stated),
      phaseCounts,
      flagged: {
        withoutEndDate: projects.filter((p) => p.flags.some((f) => f.code === 'geen-einddatum')).length,
        loslatenOpen: projects.filter((p) => p.flags.some((f) => f.code === 'loslaten-onbeantwoord')).length,
      },
    };
  });
}

async function detailOf(tx: Executor, ambition: Ambition, row: repo.ProjectRow): Promise<ProjectDetail> {
  const events = await repo.eventsOf(tx, [row.id]);
  const lines = await repo.capacityLinesOf(tx, row.id);
  const { decisions, links } = await repo.decisionsWithProjects(tx, row.id);
  const eviThemes = await repo.eviThemesOf(tx, row.id);
  const evaluation = evaluationOf(row, ambition);
  return {
    ...presentProjectSummary(row, ambition),
    description: row.description,
    participatingGemeenteCodes: row.participatingGemeenteCodes,
    loslaten: row.loslaten,
    criteria: criteriaOf(row),
    evaluation,
    capacityLines: lines.map(presentCapacityLine),
    history: events.map(({ event, actorName }) => presentEvent(event, actorName)),
    decisions: decisions.map((decision) => presentDecision(decision, links)),
    eviThemes,
    source: row.source,
  };
}

export async function projectDetail(
  deps: PortfolioDeps,
  ctx: RequestContext,
  id: string,
): Promise<ProjectDetail> {
  assertReader(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const { ambition } = await loadAmbition(tx);
    const row = await repo.findProject(tx, id);
    if (!row) throw notFound('Dit project');
    return detailOf(tx, ambition, row);
  });
}

/** Field checks the schema cannot make alone: known columns, one mark per column, dates in order. */
function inputProblems(
  ambition: Ambition,
  merged: { kind: string; domain: string | null; startDate: string | null; endDate: string | null },
  contributions: readonly { columnKey: string }[] | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  if (contributions) {
    const keys = contributions.map((c) => c.columnKey);
    const unknown = keys.filter((key) => !ambition.columns.some((column) => column.key === key));
    if (unknown.length > 0)
      problems.push({ field: 'contributions', message: `Onbekende kolom: ${unknown.join(', ')}.` });
    if (new Set(keys).size !== keys.length) {
      problems.push({ field: 'contributions', message: 'Geef per doelstelling of kernopgave één bijdrage.' });
    }
  }
  if (merged.kind === 'going-concern' && !merged.domain) {
    problems.push({ field: 'domain', message: 'Kies het domein van dit going-concernproject.' });
  }
  if (merged.startDate && merged.endDate && merged.endDate < merged.startDate) {
    problems.push({ field: 'endDate', message: 'De einddatum ligt vóór de startdatum.' });
  }
  return problems;
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'project'
  );
}

async function uniqueKey(tx: Executor, name: string): Promise<string> {
  const base = slug(name);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.keyTaken(tx, candidate))) return candidate;
  }
}

export async function createProject(
  deps: PortfolioDeps,
  ctx: RequestContext,
  input: ProjectInput,
): Promise<ProjectDetail> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const { ambition } = await loadAmbition(tx);
    const domain = input.kind === 'going-concern' ? (input.domain ?? null) : null;
    const problems = inputProblems(
      ambition,
      { kind: input.kind, domain, startDate: input.startDate ?? null, endDate: input.endDate ?? null },
      input.contributions,
    );
    if (problems.length > 0) throw unprocessable(problems);
    const row = await repo.insertProject(tx, {
      key: await uniqueKey(tx, input.name),
      position: await repo.nextPosition(tx),
      name: input.name,
      groupLabel: input.groupLabel ?? null,
      description: input.description ?? null,
      kind: input.kind,
      domain,
      precondition: input.precondition ?? false,
      phase: input.phase ?? 'Planvorming',
      prioritisation: input.kind === 'toekomstagenda' ? 'voorstel' : null,
      leaderRole: input.leaderRole ?? null,
      leaderGemeenteCode: input.leaderGemeenteCode ?? null,
      participatingGemeenteCodes: input.participatingGemeenteCodes ?? [],
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      capacityHours: input.capacity?.hoursPerYear ?? null,
      capacityFte: input.capacity?.fte ?? null,
      capacityToBeDetermined: input.capacity?.toBeDetermined ?? false,
      loslaten: input.loslaten ?? null,
      criteria: input.criteria ?? null,
      contributions: input.contributions ?? [],
      source: null,
    });
    await repo.insertEvents(tx, [
      {
        projectId: row.id,
        kind: 'aangemaakt',
        toValue: input.kind === 'toekomstagenda' ? 'voorstel' : 'going-concern',
        occurredOn: deps.today(),
        actorId: ctx.actor.id,
      },
    ]);
    await auditPortfolioChange(tx, ctx, 'project.create', `projects/${row.id}`);
    return detailOf(tx, ambition, row);
  });
}

const LABELS: Partial<Record<keyof ProjectPatch, string>> = {
  groupLabel: 'groep',
  description: 'beschrijving',
  domain: 'domein',
  leaderRole: 'projectleider',
  leaderGemeenteCode: 'gemeente projectleider',
  participatingGemeenteCodes: 'deelnemende gemeenten',
  startDate: 'startdatum',
  endDate: 'einddatum',
  capacity: 'capaciteit',
  loslaten: 'wat we niet meer doen',
  criteria: 'criteria',
  contributions: 'bijdrage aan de doelstellingen',
};

export async function updateProject(
  deps: PortfolioDeps,
  ctx: RequestContext,
  id: string,
  version: number,
  patch: ProjectPatch,
): Promise<ProjectDetail> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const { ambition } = await loadAmbition(tx);
    const current = await repo.findProject(tx, id, true);
    if (!current) throw notFound('Dit project');
    if (current.version !== version) throw staleVersion(current.version);
    const kind = patch.kind ?? current.kind;
    const domain =
      kind === 'toekomstagenda' ? null : patch.domain !== undefined ? patch.domain : current.domain;
    const phase = patch.phase !== undefined ? patch.phase : current.phase;
    const phaseChanged = phase !== current.phase;
    const kindChanged = kind !== current.kind;
    const problems = inputProblems(
      ambition,
      {
        kind,
        domain,
        startDate: patch.startDate !== undefined ? patch.startDate : current.startDate,
        endDate: patch.endDate !== undefined ? patch.endDate : current.endDate,
      },
      patch.contributions,
    );
    if ((phaseChanged || kindChanged) && !patch.reason?.trim()) {
      problems.push({
        field: 'reason',
        message: 'Geef de reden van deze wijziging; die komt in de geschiedenis.',
      });
    }
    if (problems.length > 0) throw unprocessable(problems);

    const today = deps.today();
    const reason = patch.reason?.trim() || null;
    const base = { projectId: id, occurredOn: today, actorId: ctx.actor.id, reason };
    const events: repo.ProjectEventInsert[] = [];
    if (phaseChanged) events.push({ ...base, kind: 'fase', fromValue: current.phase, toValue: phase });
    if (kindChanged) events.push({ ...base, kind: 'soort', fromValue: current.kind, toValue: kind });
    if (patch.name !== undefined && patch.name !== current.name) {
      events.push({ ...base, kind: 'naam', fromValue: current.name, toValue: patch.name });
    }
    if (patch.precondition !== undefined && patch.precondition !== current.precondition) {
      const name = (value: boolean) => (value ? 'randvoorwaarde' : 'project');
      events.push({
        ...base,
        kind: 'soort',
        fromValue: name(current.precondition),
        toValue: name(patch.precondition),
      });
    }
    const changedFields = (Object.keys(LABELS) as (keyof ProjectPatch)[]).filter(
      (field) => patch[field] !== undefined,
    );
    if (changedFields.length > 0) {
      events.push({
        ...base,
        kind: 'gewijzigd',
        toValue: changedFields.map((field) => LABELS[field]).join(', '),
      });
    }

    const updated = await repo.updateProject(tx, id, version, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.groupLabel !== undefined ? { groupLabel: patch.groupLabel } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      kind,
      domain,
      phase,
      ...(kindChanged ? { prioritisation: kind === 'toekomstagenda' ? 'voorstel' : null } : {}),
      ...(patch.precondition !== undefined ? { precondition: patch.precondition } : {}),
      ...(patch.leaderRole !== undefined ? { leaderRole: patch.leaderRole } : {}),
      ...(patch.leaderGemeenteCode !== undefined ? { leaderGemeenteCode: patch.leaderGemeenteCode } : {}),
      ...(patch.participatingGemeenteCodes !== undefined
        ? { participatingGemeenteCodes: patch.participatingGemeenteCodes }
        : {}),
      ...(patch.startDate !== undefined ? { startDate: patch.startDate } : {}),
      ...(patch.endDate !== undefined ? { endDate: patch.endDate } : {}),
      ...(patch.capacity !== undefined
        ? {
            capacityHours: patch.capacity.hoursPerYear,
            capacityFte: patch.capacity.fte,
            capacityToBeDetermined: patch.capacity.toBeDetermined,
          }
        : {}),
      ...(patch.loslaten !== undefined ? { loslaten: patch.loslaten } : {}),
      ...(patch.criteria !== undefined ? { criteria: patch.criteria } : {}),
      ...(patch.contributions !== undefined ? { contributions: patch.contributions } : {}),
    });
    if (!updated) throw staleVersion(current.version);
    await repo.insertEvents(tx, events);
    await auditPortfolioChange(tx, ctx, 'project.update', `projects/${id}`, Object.keys(patch));
    return detailOf(tx, ambition, updated);
  });
}

/** Prioritising a proposal: only once "wat gaan we niet meer doen?" is answered and the criteria hold. */
export async function prioritiseProject(
  deps: PortfolioDeps,
  ctx: RequestContext,
  id: string,
  version: number,
): Promise<ProjectDetail> {
  assertEditor(ctx.actor);
  return deps.transactor.transaction(async (tx) => {
    const { ambition } = await loadAmbition(tx);
    const current = await repo.findProject(tx, id, true);
    if (!current) throw notFound('Dit project');
    if (current.version !== version) throw staleVersion(current.version);
    const problems = prioritisationProblems(current, evaluationOf(current, ambition));
    if (problems.length > 0) throw unprocessable(problems, 'Dit project kan nog niet geprioriteerd worden.');
    const updated = await repo.updateProject(tx, id, version, { prioritisation: 'geprioriteerd' });
    if (!updated) throw staleVersion(current.version);
    await repo.insertEvents(tx, [
      {
        projectId: id,
        kind: 'geprioriteerd',
        fromValue: current.prioritisation,
        toValue: 'geprioriteerd',
        reason: `Voldoet aan de criteria; loslaten: ${current.loslaten ?? ''}`,
        occurredOn: deps.today(),
        actorId: ctx.actor.id,
      },
    ]);
    await auditPortfolioChange(tx, ctx, 'project.prioritise', `projects/${id}`);
    return detailOf(tx, ambition, updated);
  });
}
