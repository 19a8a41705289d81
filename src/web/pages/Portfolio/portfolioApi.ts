import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type ActionPatch,
  AnnualPlan,
  CapacityLine,
  type CapacityLinePatch,
  CapacityOverview,
  Decision,
  type DecisionInput,
  DecisionList,
  EviOverview,
  type EviSessionInput,
  EviTheme,
  FinanceOverview,
  PlanAction,
  type PortfolioExportView,
  PortfolioOverview,
  ProjectDetail,
  type ProjectInput,
  type ProjectPatch,
  Risk,
  type RiskPatch,
  RiskRegister,
  Timeline,
} from '../../../shared/api/portfolio';
import { ApiError, api, queryString } from '../../api/client';
import { nl } from '../../messages/nl';

/** Checks an answer against its shared schema; a mismatch is said in Dutch, not as a stack trace. */
function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ApiError(0, { title: nl.errors.title, detail: nl.portfolio.badShape });
}

const get = async <T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> =>
  parse(schema, await api<unknown>('GET', path));

/** The version the user saw, as the server's ETag writes it; the server answers 409 when it is stale. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export const PORTFOLIO_KEY = ['portfolio'] as const;
export const projectKey = (id: string) => ['portfolio', 'project', id] as const;
export const CAPACITY_KEY = ['portfolio', 'capacity'] as const;

/**
 * After a change, everything of the portfolio may show other counts: mark it all out of date,
 * except the record whose fresh answer was just put in the cache.
 */
export const refreshPortfolio = (queryClient: QueryClient, except?: readonly unknown[]) =>
  queryClient.invalidateQueries({
    queryKey: PORTFOLIO_KEY,
    predicate: (query) => !except || JSON.stringify(query.queryKey) !== JSON.stringify(except),
  });

/** Puts a changed risk into the register on screen at once (the refetch that follows may take a moment). */
export function showRisk(queryClient: QueryClient, risk: Risk) {
  queryClient.setQueryData<RiskRegister>(['portfolio', 'risks'], (register) =>
    register ? { ...register, risks: register.risks.map((r) => (r.id === risk.id ? risk : r)) } : register,
  );
}

/** Puts a changed line of Bijlage 2 into the capacity on screen at once; the refetch recounts the totals. */
export function showCapacityLine(queryClient: QueryClient, line: CapacityLine) {
  queryClient.setQueryData<CapacityOverview>(CAPACITY_KEY, (overview) =>
    overview ? { ...overview, lines: overview.lines.map((l) => (l.id === line.id ? line : l)) } : overview,
  );
}

/** Puts a changed action into every annual plan on screen at once; the refetch recounts. */
export function showAction(queryClient: QueryClient, action: PlanAction) {
  queryClient.setQueriesData<AnnualPlan>({ queryKey: ['portfolio', 'annual-plan'] }, (plan) =>
    plan
      ? {
          ...plan,
          actions: plan.actions.map((a) =>
            a.id === action.id
              ? {
                  ...action,
                  overdue: a.overdue && action.status !== 'gereed' && action.status !== 'vervallen',
                }
              : a,
          ),
        }
      : plan,
  );
}

/** Puts a theme with its new session into the EVI overview on screen at once. */
export function showEviTheme(queryClient: QueryClient, theme: EviTheme) {
  queryClient.setQueryData<EviOverview>(['portfolio', 'evi'], (overview) =>
    overview ? { themes: overview.themes.map((t) => (t.id === theme.id ? theme : t)) } : overview,
  );
}

export function useOverview(stand?: string) {
  return useQuery({
    queryKey: ['portfolio', 'overview', stand ?? null],
    queryFn: () => get(PortfolioOverview, `/api/portfolio/overview${queryString({ stand })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: projectKey(id),
    queryFn: () => get(ProjectDetail, `/api/portfolio/projects/${encodeURIComponent(id)}`),
    retry: false,
  });
}

export function useCapacity() {
  return useQuery({
    queryKey: CAPACITY_KEY,
    queryFn: () => get(CapacityOverview, '/api/portfolio/capacity'),
    retry: false,
  });
}

export function useTimeline() {
  return useQuery({
    queryKey: ['portfolio', 'timeline'],
    queryFn: () => get(Timeline, '/api/portfolio/timeline'),
    retry: false,
  });
}

export function useRisks() {
  return useQuery({
    queryKey: ['portfolio', 'risks'],
    queryFn: () => get(RiskRegister, '/api/portfolio/risks'),
    retry: false,
  });
}

export function useAnnualPlan(peildatum: string | undefined) {
  return useQuery({
    queryKey: ['portfolio', 'annual-plan', peildatum ?? null],
    queryFn: () => get(AnnualPlan, `/api/portfolio/annual-plan${queryString({ peildatum })}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useEvi() {
  return useQuery({
    queryKey: ['portfolio', 'evi'],
    queryFn: () => get(EviOverview, '/api/portfolio/evi'),
    retry: false,
  });
}

export function useDecisions() {
  return useQuery({
    queryKey: ['portfolio', 'decisions'],
    queryFn: () => get(DecisionList, '/api/portfolio/decisions'),
    retry: false,
  });
}

export function useFinance() {
  return useQuery({
    queryKey: ['portfolio', 'finance'],
    queryFn: () => get(FinanceOverview, '/api/portfolio/finance'),
    retry: false,
  });
}

// ── Writes ──────────────────────────────────────────────────────────────────────────────────

export const patchProject = async (project: { id: string; version: number }, body: ProjectPatch) =>
  parse(
    ProjectDetail,
    await api<unknown>('PATCH', `/api/portfolio/projects/${project.id}`, {
      body,
      headers: ifMatch(project.version),
    }),
  );

export const prioritiseProject = async (project: { id: string; version: number }) =>
  parse(
    ProjectDetail,
    await api<unknown>('POST', `/api/portfolio/projects/${project.id}/prioritise`, {
      headers: ifMatch(project.version),
    }),
  );

export const createProject = async (body: ProjectInput) =>
  parse(ProjectDetail, await api<unknown>('POST', '/api/portfolio/projects', { body }));

export const patchRisk = async (risk: { id: string; version: number }, body: RiskPatch) =>
  parse(
    Risk,
    await api<unknown>('PATCH', `/api/portfolio/risks/${risk.id}`, { body, headers: ifMatch(risk.version) }),
  );

export const patchCapacityLine = async (line: { id: string; version: number }, body: CapacityLinePatch) =>
  parse(
    CapacityLine,
    await api<unknown>('PATCH', `/api/portfolio/capacity/${line.id}`, {
      body,
      headers: ifMatch(line.version),
    }),
  );

export const patchAction = async (action: { id: string; version: number }, body: ActionPatch) =>
  parse(
    PlanAction,
    await api<unknown>('PATCH', `/api/portfolio/actions/${action.id}`, {
      body,
      headers: ifMatch(action.version),
    }),
  );

export const addEviSession = async (themeId: string, body: EviSessionInput) =>
  parse(EviTheme, await api<unknown>('POST', `/api/portfolio/evi/${themeId}/sessions`, { body }));

export const addDecision = async (body: DecisionInput) =>
  parse(Decision, await api<unknown>('POST', '/api/portfolio/decisions', { body }));

// ── Errors and downloads ────────────────────────────────────────────────────────────────────

/** 409: someone else changed it since this page loaded. */
export const isStale = (error: unknown) => error instanceof ApiError && error.status === 409;

/**
 * The server's field errors with plain field names ("body.reason" and "body/reason" become
 * "reason"); an error without field errors gives an empty record.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const plain: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    const name = field.replace(/^body[./]/, '').replace(/\//g, '.');
    plain[name] ??= message;
  }
  return plain;
}

/**
 * Checks a request body against its shared schema before sending it, so the same Dutch messages
 * appear at once; null when it is valid.
 */
export function checkBody(schema: z.ZodType, body: unknown): Record<string, string> | null {
  const result = schema.safeParse(body);
  if (result.success) return null;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}

/** A failure that is neither stale nor about fields: shown as a general error. */
export const isGeneralError = (error: unknown) =>
  Boolean(error) && !isStale(error) && Object.keys(fieldErrorsOf(error)).length === 0;

export const exportHref = (
  view: PortfolioExportView,
  format: 'xlsx' | 'pdf',
  params: Record<string, string | undefined> = {},
) => `/api/portfolio/export/${view}${queryString({ format, ...params })}`;
