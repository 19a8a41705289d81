import type { z } from 'zod';
import type {
  EfficiencyMeasures,
  FinanceOverview,
  FormationAnalysis,
  InvestmentAgenda,
} from '../../../shared/api/portfolio';
import { SeedContent } from './demo/content-schema';
import { checkedTotal, sum } from './rules';

/**
 * The Jaarplan's three finance tables with every total computed from its lines. The totals the
 * source printed travel along: where they differ (a rounding in the efficiency table, the opening
 * balance of the investment agenda) the difference is shown, not smoothed over.
 */

export const InvestmentContent = SeedContent.shape.finance.shape.investment;
export const FormationContent = SeedContent.shape.finance.shape.formation;
export const EfficiencyContent = SeedContent.shape.finance.shape.efficiency;
export type InvestmentContent = z.infer<typeof InvestmentContent>;
export type FormationContent = z.infer<typeof FormationContent>;
export type EfficiencyContent = z.infer<typeof EfficiencyContent>;

const at = (values: readonly number[], index: number): number | null => values[index] ?? null;

/**
 * Spending per year is the sum of the lines. The agenda is funded once from the bedrijfsreserve:
 * the first year opens with the whole agenda, each later year with the previous closing balance.
 */
export function investmentAgenda(content: InvestmentContent): InvestmentAgenda {
  const spending = content.years.map((_, index) =>
    sum(content.groups.flatMap((group) => group.lines.map((line) => at(line.amounts, index)))),
  );
  const opening: number[] = [];
  const closing: number[] = [];
  content.years.forEach((_, index) => {
    const open = index === 0 ? (at(content.statedAvailable, 0) ?? 0) : (closing[index - 1] ?? 0);
    opening.push(open);
    closing.push(open - (spending[index] ?? 0));
  });
  return {
    title: content.title,
    years: content.years,
    groups: content.groups,
    spendingPerYear: spending.map((value, index) => checkedTotal(value, at(content.statedSpending, index))),
    openingBalance: opening.map((value, index) => checkedTotal(value, at(content.statedAvailable, index))),
    closingBalance: closing.map((value, index) => checkedTotal(value, at(content.statedClosing, index))),
    note: content.note,
    source: content.source,
  };
}

/** Formation in fte: the opening, each step's lines summed, the running balance, the closing. */
export function formationAnalysis(content: FormationContent): FormationAnalysis {
  let balance = content.opening.fte;
  const steps = content.steps.map((step) => {
    const subtotal = sum(step.lines.map((line) => line.fte));
    balance += subtotal;
    return {
      label: step.label,
      lines: step.lines,
      subtotal: checkedTotal(subtotal, step.statedSubtotal, 2),
      balance: step.balanceAfter
        ? { label: step.balanceAfter.label, fte: checkedTotal(balance, step.balanceAfter.statedFte, 2) }
        : null,
    };
  });
  return {
    title: content.title,
    opening: content.opening,
    steps,
    closing: { label: content.closing.label, fte: checkedTotal(balance, content.closing.statedFte, 2) },
    note: content.note,
    source: content.source,
  };
}

export function efficiencyMeasures(content: EfficiencyContent): EfficiencyMeasures {
  const years = content.years.map((year) => {
    const formation = sum(year.lines.map((line) => line.formation));
    const total =
      formation +
      sum(year.lines.map((line) => (line.revenue ?? 0) + (line.otherCosts ?? 0) + (line.incidental ?? 0)));
    return {
      year: year.year,
      lines: year.lines,
      formation: checkedTotal(formation, year.statedFormation),
      fte: checkedTotal(sum(year.lines.map((line) => line.fte)), year.statedFte, 2),
      total: checkedTotal(total, year.statedTotal),
    };
  });
  const lines = content.years.flatMap((year) => year.lines);
  const total = sum(years.map((year) => year.total.computed));
  return {
    title: content.title,
    years,
    totals: {
      formation: checkedTotal(
        sum(years.map((year) => year.formation.computed)),
        content.statedTotals.formation,
      ),
      fte: checkedTotal(sum(years.map((year) => year.fte.computed)), content.statedTotals.fte, 2),
      revenue: checkedTotal(sum(lines.map((line) => line.revenue)), content.statedTotals.revenue),
      otherCosts: checkedTotal(sum(lines.map((line) => line.otherCosts)), content.statedTotals.otherCosts),
      total: checkedTotal(total, content.statedTotals.total),
    },
    target: content.target,
    againstTarget: total - content.target,
    note: content.note,
    source: content.source,
  };
}

export function financeOverview(tables: {
  investment: InvestmentContent;
  formation: FormationContent;
  efficiency: EfficiencyContent;
}): FinanceOverview {
  return {
    investment: investmentAgenda(tables.investment),
    formation: formationAnalysis(tables.formation),
    efficiency: efficiencyMeasures(tables.efficiency),
  };
}
