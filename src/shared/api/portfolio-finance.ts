import { z } from 'zod';
import { CheckedTotal } from './portfolio-base';

/** The Jaarplan's finance tables with every total a CheckedTotal: computed, stated, difference. */

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
