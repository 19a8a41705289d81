import { z } from 'zod';

/**
 * The Toekomstagenda portfolio's API shapes: the ambition with its goals and core tasks, the
 * projects (toekomstagenda and going concern) and what steers them. Totals are always computed on
 * the server from the lines; where the source document stated a total, it travels beside the
 * computed one (`stated`) so a difference is shown, never hidden.
 */

export const PHASES = [
  'Planvorming',
  'Onderzoek',
  'Besluit',
  'Implementatie',
  'Uitvoering',
  'Evaluatie',
  'Continu',
  'Afgerond',
] as const;
export const Phase = z.enum(PHASES, { error: 'Kies een fase uit de lijst.' });
export type Phase = z.infer<typeof Phase>;

export const ProjectKind = z.enum(['toekomstagenda', 'going-concern'], {
  error: 'Kies toekomstagenda of going concern.',
});
export type ProjectKind = z.infer<typeof ProjectKind>;

/** Going concern is grouped per domain as in Bijlage 1; toekomstagenda projects have none. */
export const GoingConcernDomain = z.enum(['jeugd', 'wmo', 'participatiewet', 'transformatie-szmh'], {
  error: 'Kies het domein: Jeugd, Wmo, Participatiewet of transformatie SZMH.',
});
export type GoingConcernDomain = z.infer<typeof GoingConcernDomain>;

export const ContributionLevel = z.enum(['primair', 'draagt-bij']);
export type ContributionLevel = z.infer<typeof ContributionLevel>;

export const Prioritisation = z.enum(['voorstel', 'geprioriteerd']);
export type Prioritisation = z.infer<typeof Prioritisation>;

export const GEMEENTE_CODE = /^GM\d{4}$/;
const gemeenteCode = z.string().regex(GEMEENTE_CODE, 'Kies een gemeente van de regio.');
const isoDate = z.iso.date({ error: 'Vul een datum in als JJJJ-MM-DD.' });

/** A computed total beside the total the source document stated (null when it stated none). */
export const CheckedTotal = z.object({
  computed: z.number(),
  stated: z.number().nullable(),
  /** computed − stated, 0 when they agree, null without a stated total. */
  difference: z.number().nullable(),
});
export type CheckedTotal = z.infer<typeof CheckedTotal>;

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

export const Capacity = z.object({
  hoursPerYear: z.number().nullable(),
  fte: z.number().nullable(),
  /** "notk": nog te bepalen via een nieuwe of herziene projectopdracht. */
  toBeDetermined: z.boolean(),
  /** As the source put it, e.g. "300 uur notk". */
  text: z.string().nullable(),
});
export type Capacity = z.infer<typeof Capacity>;

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

export const DecisionBody = z.enum(['portefeuillehoudersoverleg', 'directiegroep'], {
  error: 'Kies het portefeuillehoudersoverleg of de directiegroep.',
});
export type DecisionBody = z.infer<typeof DecisionBody>;

export const Decision = z.object({
  id: z.uuid(),
  body: DecisionBody,
  meeting: z.string(),
  decidedOn: z.string().nullable(),
  dateText: z.string().nullable(),
  subject: z.string(),
  decision: z.string(),
  source: z.string().nullable(),
  projects: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type Decision = z.infer<typeof Decision>;

export const CapacityAssignment = z.object({
  role: z.string(),
  gemeenteCode: z.string().nullable(),
  organisation: z.string().nullable(),
  filled: z.boolean(),
  note: z.string().nullable(),
});
export type CapacityAssignment = z.infer<typeof CapacityAssignment>;

export const CapacitySection = z.enum([
  'committed',
  'doorloop',
  'nieuw',
  'randvoorwaardelijk',
  'projectgroep',
]);
export type CapacitySection = z.infer<typeof CapacitySection>;

export const CapacityLine = z.object({
  id: z.uuid(),
  section: CapacitySection,
  label: z.string(),
  projectId: z.uuid().nullable(),
  capacity: Capacity,
  assignments: z.array(CapacityAssignment),
});
export type CapacityLine = z.infer<typeof CapacityLine>;

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

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is te lang (ten hoogste ${max.toLocaleString('nl-NL')} tekens).`)
    .nullable()
    .optional();

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

/** A change: any field of the input, and the reason (required for a phase or kind change). */
export const ProjectPatch = ProjectInput.partial().extend({
  reason: optionalText(1000, 'De reden'),
});
export type ProjectPatch = z.infer<typeof ProjectPatch>;

// ── Capacity (Bijlage 2) ───────────────────────────────────────────────────────────────────

export const CapacityOverview = z.object({
  lines: z.array(CapacityLine),
  totals: z.object({
    hoursPerYear: z.number(),
    fte: z.number(),
    toBeDetermined: z.number().int(),
    withoutHours: z.array(z.string()),
    unfilled: z.number().int(),
    perGemeente: z.array(
      z.object({ gemeenteCode: z.string(), name: z.string(), assignments: z.number().int() }),
    ),
  }),
  note: z.string(),
});
export type CapacityOverview = z.infer<typeof CapacityOverview>;

// ── Timeline ───────────────────────────────────────────────────────────────────────────────

export const TimelineRow = z.object({
  projectId: z.uuid(),
  name: z.string(),
  kind: ProjectKind,
  domain: GoingConcernDomain.nullable(),
  phase: Phase.nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  steps: z.array(
    z.object({ phase: Phase.nullable(), from: z.string().nullable(), text: z.string().nullable() }),
  ),
});
export const Timeline = z.object({ rows: z.array(TimelineRow) });
export type Timeline = z.infer<typeof Timeline>;

// ── Risks ──────────────────────────────────────────────────────────────────────────────────

export const RiskStatus = z.enum(['open', 'beheerst', 'vervallen'], { error: 'Kies een status.' });
export const Risk = z.object({
  id: z.uuid(),
  version: z.number().int(),
  code: z.string(),
  kind: z.enum(['materieel', 'immaterieel']),
  title: z.string(),
  description: z.string(),
  controlMeasure: z.string(),
  ownerRole: z.string().nullable(),
  /** 1 (zeer klein) … 5 (zeer groot); null when not assessed. */
  likelihood: z.number().int().nullable(),
  impact: z.number().int().nullable(),
  score: z.number().int().nullable(),
  reviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  status: RiskStatus,
  source: z.string().nullable(),
});
export type Risk = z.infer<typeof Risk>;
export const RiskRegister = z.object({ risks: z.array(Risk), today: z.string() });
export type RiskRegister = z.infer<typeof RiskRegister>;

const scale = z.number().int().min(1, 'Kies 1 tot en met 5.').max(5, 'Kies 1 tot en met 5.').nullable();
export const RiskPatch = z.object({
  ownerRole: optionalText(200, 'De eigenaar'),
  likelihood: scale.optional(),
  impact: scale.optional(),
  reviewDate: isoDate.nullable().optional(),
  status: RiskStatus.optional(),
  controlMeasure: z.string().trim().min(3, 'Beschrijf de beheersmaatregel.').max(4000).optional(),
});
export type RiskPatch = z.infer<typeof RiskPatch>;

// ── Annual plan ────────────────────────────────────────────────────────────────────────────

export const ActionStatus = z.enum(['gepland', 'loopt', 'gereed', 'vervallen'], {
  error: 'Kies een status.',
});
export type ActionStatus = z.infer<typeof ActionStatus>;

export const PlanAction = z.object({
  id: z.uuid(),
  version: z.number().int(),
  kind: z.enum(['jaarplan', 'i-en-a']),
  code: z.string().nullable(),
  theme: z.string(),
  topic: z.string().nullable(),
  title: z.string(),
  subActions: z.array(z.string()),
  dueText: z.string(),
  /** The last day of the due quarter or year; an action past it that is not done is overdue. */
  dueDate: z.string(),
  ownerRole: z.string().nullable(),
  status: ActionStatus,
  overdue: z.boolean(),
  notes: z.array(z.object({ at: z.string(), text: z.string(), authorName: z.string().nullable() })),
  source: z.string().nullable(),
});
export type PlanAction = z.infer<typeof PlanAction>;
export const AnnualPlan = z.object({
  year: z.number().int(),
  referenceDate: z.string(),
  actions: z.array(PlanAction),
  counts: z.record(z.string(), z.number().int()),
  overdue: z.number().int(),
});
export type AnnualPlan = z.infer<typeof AnnualPlan>;

export const ActionPatch = z.object({
  status: ActionStatus.optional(),
  ownerRole: optionalText(200, 'De eigenaar'),
  note: z
    .string()
    .trim()
    .min(3, 'Schrijf een voortgangsnotitie van ten minste 3 tekens.')
    .max(2000)
    .optional(),
});
export type ActionPatch = z.infer<typeof ActionPatch>;

// ── EVI panels ─────────────────────────────────────────────────────────────────────────────

export const EviFindingKind = z.enum(['ervaring', 'verbetering', 'innovatie'], {
  error: 'Kies ervaring, verbetering of innovatie.',
});
export const EviTheme = z.object({
  id: z.uuid(),
  name: z.string(),
  period: z.string(),
  description: z.string().nullable(),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      heldOn: z.string().nullable(),
      dateText: z.string().nullable(),
      participants: z.number().int().nullable(),
      participantsText: z.string().nullable(),
      description: z.string(),
      cancelled: z.boolean(),
    }),
  ),
  findings: z.array(
    z.object({ id: z.uuid(), kind: EviFindingKind, text: z.string(), sessionId: z.uuid().nullable() }),
  ),
  projects: z.array(z.object({ id: z.uuid(), name: z.string() })),
  source: z.string().nullable(),
});
export type EviTheme = z.infer<typeof EviTheme>;
export const EviOverview = z.object({ themes: z.array(EviTheme) });
export type EviOverview = z.infer<typeof EviOverview>;

export const EviSessionInput = z.object({
  heldOn: isoDate,
  participants: z
    .number({ error: 'Vul het aantal deelnemers in.' })
    .int('Een aantal is een heel getal.')
    .min(0, 'Het aantal is 0 of meer.')
    .max(10_000),
  description: z.string().trim().min(3, 'Beschrijf de bijeenkomst.').max(2000),
  findings: z
    .array(
      z.object({ kind: EviFindingKind, text: z.string().trim().min(3, 'Beschrijf de bevinding.').max(2000) }),
    )
    .max(50)
    .default([]),
});
export type EviSessionInput = z.infer<typeof EviSessionInput>;

// ── Decisions ──────────────────────────────────────────────────────────────────────────────

export const DecisionList = z.object({ decisions: z.array(Decision) });
export type DecisionList = z.infer<typeof DecisionList>;
export const DecisionInput = z.object({
  body: DecisionBody,
  meeting: z.string().trim().min(3, 'Vul het overleg in.').max(200),
  decidedOn: isoDate,
  subject: z.string().trim().min(3, 'Vul het onderwerp in.').max(300),
  decision: z.string().trim().min(3, 'Beschrijf het besluit.').max(4000),
  projectIds: z.array(z.uuid('Onbekend project.')).max(50).default([]),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

// ── Finance: investment agenda, formation, efficiency ──────────────────────────────────────

export const InvestmentAgenda = z.object({
  title: z.string(),
  years: z.array(z.number().int()),
  groups: z.array(
    z.object({
      label: z.string(),
      lines: z.array(z.object({ label: z.string(), amounts: z.array(z.number()) })),
    }),
  ),
  spendingPerYear: z.array(CheckedTotal),
  openingBalance: z.array(CheckedTotal),
  closingBalance: z.array(CheckedTotal),
  note: z.string(),
  source: z.string(),
});
export type InvestmentAgenda = z.infer<typeof InvestmentAgenda>;

export const FormationAnalysis = z.object({
  title: z.string(),
  opening: z.object({ label: z.string(), fte: z.number() }),
  steps: z.array(
    z.object({
      label: z.string(),
      lines: z.array(
        z.object({
          function: z.string(),
          scale: z.string(),
          fte: z.number().nullable(),
          explanation: z.string(),
        }),
      ),
      subtotal: CheckedTotal,
      /** Where the source gives the formation after this step. */
      balance: z.object({ label: z.string(), fte: CheckedTotal }).nullable(),
    }),
  ),
  closing: z.object({ label: z.string(), fte: CheckedTotal }),
  note: z.string(),
  source: z.string(),
});
export type FormationAnalysis = z.infer<typeof FormationAnalysis>;

export const EfficiencyMeasures = z.object({
  title: z.string(),
  years: z.array(
    z.object({
      year: z.number().int(),
      lines: z.array(
        z.object({
          function: z.string(),
          profile: z.string().nullable(),
          formation: z.number().nullable(),
          scale: z.string().nullable(),
          fte: z.number().nullable(),
          revenue: z.number().nullable(),
          otherCosts: z.number().nullable(),
          incidental: z.number().nullable(),
        }),
      ),
      formation: CheckedTotal,
      fte: CheckedTotal,
      total: CheckedTotal,
    }),
  ),
  totals: z.object({
    formation: CheckedTotal,
    fte: CheckedTotal,
    revenue: CheckedTotal,
    otherCosts: CheckedTotal,
    total: CheckedTotal,
  }),
  target: z.number(),
  /** computed total − target: positive means the measures exceed the target. */
  againstTarget: z.number(),
  note: z.string(),
  source: z.string(),
});
export type EfficiencyMeasures = z.infer<typeof EfficiencyMeasures>;

export const FinanceOverview = z.object({
  investment: InvestmentAgenda,
  formation: FormationAnalysis,
  efficiency: EfficiencyMeasures,
});
export type FinanceOverview = z.infer<typeof FinanceOverview>;

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
