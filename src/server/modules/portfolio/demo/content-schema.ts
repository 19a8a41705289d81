import { z } from 'zod';
import {
  ActionStatus,
  CapacitySection,
  ContributionLevel,
  DecisionBody,
  EviFindingKind,
  GoingConcernDomain,
  Phase,
  Prioritisation,
  ProjectEvent,
  ProjectKind,
  RiskStatus,
} from '../../../../shared/api/portfolio';

/**
 * The shape of the portfolio's seed content: the Toekomstagenda Actieplan 2018–2019 and the
 * Jaarplan 2018 SZMH transcribed as data (`toekomstagenda-2018-2019.json`, `jaarplan-2018.json`).
 * No personal names: people appear as their role and municipality. Every total the source states is
 * kept as `stated…` so the app can compute its own and show a difference.
 */

const text = z.string().trim().min(1);
const gemeente = z.string().regex(/^GM\d{4}$/);
const date = z.iso.date();
const key = z.string().regex(/^[a-z0-9-]+$/);
const columnKey = z.string().regex(/^(KO|D)\d$/);

export const SeedCapacity = z.object({
  hoursPerYear: z.number().nullable(),
  fte: z.number().nullable(),
  toBeDetermined: z.boolean(),
  text: z.string().nullable(),
});

export const SeedProject = z.object({
  key,
  name: text,
  groupLabel: text.nullable().default(null),
  kind: ProjectKind,
  domain: GoingConcernDomain.nullable().default(null),
  precondition: z.boolean().default(false),
  phase: Phase.nullable().default(null),
  prioritisation: Prioritisation.nullable().default(null),
  description: text.nullable().default(null),
  leaderRole: text.nullable().default(null),
  leaderGemeenteCode: gemeente.nullable().default(null),
  participatingGemeenteCodes: z.array(gemeente).default([]),
  startDate: date.nullable().default(null),
  endDate: date.nullable().default(null),
  capacity: SeedCapacity.default({ hoursPerYear: null, fte: null, toBeDetermined: false, text: null }),
  loslaten: text.nullable().default(null),
  criteria: z
    .object({
      innovatief: z.object({ met: z.boolean().nullable(), justification: text.nullable() }),
      integraal: z.object({ met: z.boolean().nullable(), justification: text.nullable() }),
      regionaal: z.object({ met: z.boolean().nullable(), justification: text.nullable() }),
    })
    .nullable()
    .default(null),
  contributions: z.array(z.object({ columnKey, level: ContributionLevel })),
  /** Where in the source the project (and its marks) come from. */
  source: text,
  history: z
    .array(
      z.object({
        kind: ProjectEvent.shape.kind,
        fromValue: text.nullable().default(null),
        toValue: text.nullable().default(null),
        reason: text.nullable().default(null),
        occurredOn: date.nullable().default(null),
        occurredText: text.nullable().default(null),
        source: text,
      }),
    )
    .default([]),
});
export type SeedProject = z.infer<typeof SeedProject>;

export const SeedContent = z.object({
  ambition: z.object({
    title: text,
    statement: text,
    horizonYear: z.number().int(),
    source: text,
    goals: z.array(z.object({ number: z.number().int(), title: text, shortTitle: text })).length(4),
    coreTasks: z
      .array(z.object({ number: z.number().int(), title: text, goalNumber: z.number().int() }))
      .length(4),
    criteria: z.array(text).length(4),
  }),
  projects: z.array(SeedProject),
  /** The "Totaal …" rows of Bijlage 1, per section and matrix column. */
  statedMatrixTotals: z.array(
    z.object({
      section: z.enum(['toekomstagenda', 'jeugd', 'wmo', 'participatiewet', 'going-concern']),
      label: text,
      perColumn: z.record(columnKey, z.number().int()),
    }),
  ),
  capacityLines: z.array(
    z.object({
      section: CapacitySection,
      label: text,
      projectKey: key.nullable().default(null),
      capacity: SeedCapacity,
      assignments: z.array(
        z.object({
          role: text,
          gemeenteCode: gemeente.nullable(),
          organisation: text.nullable().default(null),
          filled: z.boolean(),
          hours: z.number().nullable().default(null),
          note: text.nullable().default(null),
        }),
      ),
    }),
  ),
  decisions: z.array(
    z.object({
      body: DecisionBody,
      meeting: text,
      decidedOn: date.nullable().default(null),
      dateText: text.nullable().default(null),
      subject: text,
      decision: text,
      source: text,
      projectKeys: z.array(key).default([]),
    }),
  ),
  evi: z.array(
    z.object({
      name: text,
      period: text,
      description: text.nullable().default(null),
      source: text,
      projectKeys: z.array(key).default([]),
      sessions: z.array(
        z.object({
          heldOn: date.nullable().default(null),
          dateText: text.nullable().default(null),
          participants: z.number().int().nullable().default(null),
          participantsText: text.nullable().default(null),
          description: text,
          cancelled: z.boolean().default(false),
        }),
      ),
      findings: z.array(z.object({ kind: EviFindingKind, text })).default([]),
    }),
  ),
  risks: z.array(
    z.object({
      code: z.string().regex(/^[MI]\d+$/),
      kind: z.enum(['materieel', 'immaterieel']),
      title: text,
      description: text,
      controlMeasure: text,
      ownerRole: text.nullable().default(null),
      likelihood: z.number().int().min(1).max(5).nullable().default(null),
      impact: z.number().int().min(1).max(5).nullable().default(null),
      reviewDate: date.nullable().default(null),
      status: RiskStatus.default('open'),
      source: text,
    }),
  ),
  annualPlan: z.object({
    year: z.number().int(),
    actions: z.array(
      z.object({
        kind: z.enum(['jaarplan', 'i-en-a']),
        code: text.nullable().default(null),
        theme: text,
        topic: text.nullable().default(null),
        title: text,
        subActions: z.array(text).default([]),
        dueText: text,
        /** The last day of the due quarter ("Q3 2018" → 2018-09-30) or year ("Geheel 2018"). */
        dueDate: date,
        ownerRole: text.nullable().default(null),
        status: ActionStatus.default('gepland'),
        source: text,
      }),
    ),
  }),
  finance: z.object({
    investment: z.object({
      title: text,
      years: z.array(z.number().int()),
      groups: z.array(
        z.object({ label: text, lines: z.array(z.object({ label: text, amounts: z.array(z.number()) })) }),
      ),
      /** "Totale investeringsagenda", "Totaal per jaar", "Eindsaldo per jaar" as the source prints them. */
      statedAvailable: z.array(z.number()),
      statedSpending: z.array(z.number()),
      statedClosing: z.array(z.number()),
      note: text,
      source: text,
    }),
    formation: z.object({
      title: text,
      opening: z.object({ label: text, fte: z.number() }),
      steps: z.array(
        z.object({
          label: text,
          lines: z.array(
            z.object({ function: text, scale: text, fte: z.number().nullable(), explanation: text }),
          ),
          statedSubtotal: z.number().nullable(),
          balanceAfter: z.object({ label: text, statedFte: z.number() }).nullable().default(null),
        }),
      ),
      closing: z.object({ label: text, statedFte: z.number() }),
      note: text,
      source: text,
    }),
    efficiency: z.object({
      title: text,
      years: z.array(
        z.object({
          year: z.number().int(),
          lines: z.array(
            z.object({
              function: text,
              profile: text.nullable().default(null),
              formation: z.number().nullable().default(null),
              scale: text.nullable().default(null),
              fte: z.number().nullable().default(null),
              revenue: z.number().nullable().default(null),
              otherCosts: z.number().nullable().default(null),
              incidental: z.number().nullable().default(null),
            }),
          ),
          statedFormation: z.number(),
          statedFte: z.number(),
          statedTotal: z.number(),
        }),
      ),
      statedTotals: z.object({
        formation: z.number(),
        fte: z.number(),
        revenue: z.number(),
        otherCosts: z.number(),
        total: z.number(),
      }),
      target: z.number(),
      note: text,
      source: text,
    }),
  }),
});
export type SeedContent = z.infer<typeof SeedContent>;
