import { z } from 'zod';
import {
  CapacityLine,
  Decision,
  DecisionBody,
  GoingConcernDomain,
  gemeenteCode,
  isoDate,
  optionalText,
  Phase,
  ProjectKind,
} from './portfolio-base';

/** The portfolio's registers: capacity (Bijlage 2), timeline, risks, annual plan, EVI panels, decisions. */

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
      z.object({
        gemeenteCode: z.string(),
        name: z.string(),
        assignments: z.number().int(),
        hours: z.number(),
      }),
    ),
  }),
  note: z.string(),
});
export type CapacityOverview = z.infer<typeof CapacityOverview>;

/**
 * Changing a line of Bijlage 2: its capacity and who fills it per gemeente, with each one's share
 * of the hours where the split is known (the shares may not add up to more than the line).
 */
export const CapacityLinePatch = z.object({
  capacity: z
    .object({
      hoursPerYear: z.number().min(0, 'Uren zijn 0 of meer.').max(100_000).nullable(),
      fte: z.number().min(0, 'Fte is 0 of meer.').max(1000).nullable(),
      toBeDetermined: z.boolean(),
    })
    .optional(),
  assignments: z
    .array(
      z.object({
        role: z.string({ error: 'Vul de rol in.' }).trim().min(2, 'Vul de rol in.').max(200),
        gemeenteCode: gemeenteCode.nullable(),
        organisation: z.string().trim().max(200, 'De organisatie is te lang.').nullable().default(null),
        filled: z.boolean(),
        hours: z.number().min(0, 'Uren zijn 0 of meer.').max(100_000).nullable().default(null),
        note: z.string().trim().max(500, 'De toelichting is te lang.').nullable().default(null),
      }),
    )
    .max(20, 'Ten hoogste 20 invullers per regel.')
    .optional(),
});
export type CapacityLinePatch = z.infer<typeof CapacityLinePatch>;

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
