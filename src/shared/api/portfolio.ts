import { z } from 'zod';

/**
 * The Toekomstagenda portfolio's API shapes: the ambition with its goals and core tasks, the
 * projects (toekomstagenda and going concern) and what steers them. Totals are always computed on
 * the server from the lines; where the source document stated a total, it travels beside the
 * computed one (`stated`) so a difference is shown, never hidden.
 */

import {
  Capacity,
  CapacityLine,
  CheckedTotal,
  ContributionLevel,
  Decision,
  GoingConcernDomain,
  gemeenteCode,
  isoDate,
  optionalText,
  Phase,
  Prioritisation,
  ProjectKind,
} from './portfolio-base';

export * from './portfolio-base';
export * from './portfolio-finance';
export * from './portfolio-registers';

// ── Ambition ────────────────────────────────────────────────────────────────────────────────

export const Goal = z.object({ number: z.number().int(), title: z.string(), shortTitle: z.string() });
export type Goal = z.infer<typeof Goal>;

export const CoreTask = z.object({
  number: z.number().int(),
  title: z.string(),
  goalNumber: z.number().int(),
});
export type CoreTask = z.infer<typeof CoreTask>;

/**
 * A column of the Bijlage 1 matrix: a core task under its goal, or a goal that has no core task
 * (doelstelling 2, "voornamelijk lokale opgave"). key: "KO1" … or "D2".
 */
export const MatrixColumn = z.object({
  key: z.string(),
  goalNumber: z.number().int(),
  coreTaskNumber: z.number().int().nullable(),
  title: z.string(),
});
export type MatrixColumn = z.infer<typeof MatrixColumn>;

export const Ambition = z.object({
  title: z.string(),
  statement: z.string(),
  horizonYear: z.number().int(),
  goals: z.array(Goal),
  coreTasks: z.array(CoreTask),
  columns: z.array(MatrixColumn),
  criteria: z.array(z.string()),
  source: z.string(),
});
export type Ambition = z.infer<typeof Ambition>;

// ── Projects ────────────────────────────────────────────────────────────────────────────────

export const Contribution = z.object({ columnKey: z.string(), level: ContributionLevel });
export type Contribution = z.infer<typeof Contribution>;

export const CriterionAnswer = z.object({
  met: z.boolean().nullable(),
  justification: z.string().nullable(),
});
export type CriterionAnswer = z.infer<typeof CriterionAnswer>;

/** The four criteria of §3 evaluated: each with whether it holds and, if not, why not in Dutch. */
export const CriteriaEvaluation = z.object({
  meetsAll: z.boolean(),
  items: z.array(
    z.object({
      key: z.enum(['innovatief', 'integraal', 'regionaal', 'doelstellingen']),
      label: z.string(),
      met: z.boolean().nullable(),
      explanation: z.string(),
    }),
  ),
});
export type CriteriaEvaluation = z.infer<typeof CriteriaEvaluation>;

export const ProjectFlag = z.object({
  code: z.enum(['geen-einddatum', 'loslaten-onbeantwoord', 'criteria-niet-gehaald', 'capaciteit-notk']),
  message: z.string(),
});
export type ProjectFlag = z.infer<typeof ProjectFlag>;

export const ProjectSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  name: z.string(),
  /** Bijlage 1 prefix such as "Jeugdgezondheidszorg 0-18 jaar"; null when none. */
  groupLabel: z.string().nullable(),
  kind: ProjectKind,
  domain: GoingConcernDomain.nullable(),
  /** Toekomstagenda: "randvoorwaardelijk aan de toekomstagenda" rather than a project. */
  precondition: z.boolean(),
  phase: Phase.nullable(),
  prioritisation: Prioritisation.nullable(),
  contributions: z.array(Contribution),
  leaderRole: z.string().nullable(),
  leaderGemeenteCode: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  capacity: Capacity,
  flags: z.array(ProjectFlag),
  meetsCriteria: z.boolean(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const ProjectEvent = z.object({
  id: z.uuid(),
  kind: z.enum(['aangemaakt', 'fase', 'soort', 'naam', 'samengevoegd', 'geprioriteerd', 'gewijzigd']),
  fromValue: z.string().nullable(),
  toValue: z.string().nullable(),
  reason: z.string().nullable(),
  /** When it happened as far as known (the source often gives a year or nothing). */
  occurredOn: z.string().nullable(),
  occurredText: z.string().nullable(),
  recordedAt: z.string(),
  actorName: z.string().nullable(),
  source: z.string().nullable(),
});
export type ProjectEvent = z.infer<typeof ProjectEvent>;

export const EviLink = z.object({ themeId: z.uuid(), themeName: z.string() });

export const ProjectDetail = ProjectSummary.extend({
  description: z.string().nullable(),
  participatingGemeenteCodes: z.array(z.string()),
  loslaten: z.string().nullable(),
  criteria: z.object({
    innovatief: CriterionAnswer,
    integraal: CriterionAnswer,
    regionaal: CriterionAnswer,
  }),
  evaluation: CriteriaEvaluation,
  capacityLines: z.array(CapacityLine),
  history: z.array(ProjectEvent),
  decisions: z.array(Decision),
  eviThemes: z.array(EviLink),
  source: z.string().nullable(),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

/** Per section of Bijlage 1 (toekomstagenda, jeugd, wmo, participatiewet, transformatie, going concern). */
export const MatrixTotals = z.object({
  section: z.string(),
  label: z.string(),
  /** Per matrix column key: the marks (** and *) counted. */
  perColumn: z.record(z.string(), CheckedTotal),
  /** Per goal: projects contributing to it through any of its columns. */
  perGoal: z.record(z.string(), z.number().int()),
});
export type MatrixTotals = z.infer<typeof MatrixTotals>;

export const PortfolioOverview = z.object({
  ambition: Ambition,
  projects: z.array(ProjectSummary),
  totals: z.array(MatrixTotals),
  phaseCounts: z.record(z.string(), z.number().int()),
  flagged: z.object({ withoutEndDate: z.number().int(), loslatenOpen: z.number().int() }),
});
export type PortfolioOverview = z.infer<typeof PortfolioOverview>;

const criterionInput = z.object({
  met: z.boolean().nullable(),
  justification: optionalText(1000, 'De toelichting'),
});

export const ProjectInput = z.object({
  name: z
    .string({ error: 'Vul de naam van het project in.' })
    .trim()
    .min(3, 'Vul de naam van het project in (ten minste 3 tekens).')
    .max(200, 'De naam is te lang (ten hoogste 200 tekens).'),
  groupLabel: optionalText(200, 'De groep'),
  description: optionalText(4000, 'De beschrijving'),
  kind: ProjectKind,
  domain: GoingConcernDomain.nullable().optional(),
  precondition: z.boolean().optional(),
  phase: Phase.nullable().optional(),
  leaderRole: optionalText(200, 'De rol van de projectleider'),
  leaderGemeenteCode: gemeenteCode.nullable().optional(),
  participatingGemeenteCodes: z.array(gemeenteCode).max(6).optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  capacity: z
    .object({
      hoursPerYear: z.number().min(0, 'Uren zijn 0 of meer.').max(100_000).nullable(),
      fte: z.number().min(0, 'Fte is 0 of meer.').max(1000).nullable(),
      toBeDetermined: z.boolean(),
    })
    .optional(),
  loslaten: optionalText(2000, 'Het antwoord op "wat gaan we niet meer doen?"'),
  criteria: z
    .object({ innovatief: criterionInput, integraal: criterionInput, regionaal: criterionInput })
    .optional(),
  contributions: z
    .array(
      z.object({ columnKey: z.string().regex(/^(KO|D)\d$/, 'Onbekende kolom.'), level: ContributionLevel }),
    )
    .max(10)
    .optional(),
});
export type ProjectInput = z.infer<typeof ProjectInput>;

/** A change: each field of the input optional, and the reason (required for a phase or kind change). */
export const ProjectPatch = ProjectInput.partial().extend({
  reason: optionalText(1000, 'De reden'),
});
export type ProjectPatch = z.infer<typeof ProjectPatch>;

export const PORTFOLIO_EXPORT_VIEWS = [
  'matrix',
  'capaciteit',
  'tijdlijn',
  'risicos',
  'jaarplan',
  'evi',
  'besluiten',
  'financien',
] as const;
export const PortfolioExportView = z.enum(PORTFOLIO_EXPORT_VIEWS, { error: 'Onbekend overzicht.' });
export type PortfolioExportView = z.infer<typeof PortfolioExportView>;
