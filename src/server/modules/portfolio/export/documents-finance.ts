import type {
  EfficiencyMeasures,
  FinanceOverview,
  FormationAnalysis,
  InvestmentAgenda,
} from '../../../../shared/api/portfolio';
import { type ExportDocument, type ExportSection, SectionBuilder } from './document';

/**
 * The finances of the Toekomstagenda: the investment agenda, the formation analysis and the
 * efficiency measures. Every total is a CheckedTotal: printed as computed ("berekend"), and where
 * the source printed another figure, that figure and the difference on the rows below it.
 */
export function financeDocument(finance: FinanceOverview, generatedAt: string): ExportDocument {
  return {
    title: 'Toekomstagenda: financiën',
    subtitle: 'Investeringsagenda, formatie en efficiencymaatregelen; totalen berekend uit de regels',
    generatedAt,
    sections: [
      investmentSection(finance.investment),
      formationSection(finance.formation),
      efficiencySection(finance.efficiency),
    ],
  };
}

function investmentSection(agenda: InvestmentAgenda): ExportSection {
  const { years } = agenda;
  const table = new SectionBuilder(years.length + 1);
  for (const group of agenda.groups) {
    table.heading(group.label);
    for (const line of group.lines)
      table.row([line.label, ...years.map((_, index) => line.amounts[index] ?? null)]);
  }
  const perYear = (totals: InvestmentAgenda['spendingPerYear']) =>
    years.map((_, index) => [index + 1, totals[index] ?? null] as const);
  table.checked('Beginsaldo', perYear(agenda.openingBalance));
  table.checked('Uitgaven per jaar', perYear(agenda.spendingPerYear));
  table.checked('Eindsaldo', perYear(agenda.closingBalance));
  return table.section(
    agenda.title || 'Investeringsagenda',
    [
      { header: 'Post', width: 48 },
      ...years.map((year) => ({ header: String(year), width: 14, numeric: true })),
    ],
    agenda.source,
    agenda.note,
  );
}

const FTE = 2;

function formationSection(formation: FormationAnalysis): ExportSection {
  const table = new SectionBuilder(4);
  table.row([formation.opening.label, null, formation.opening.fte], true);
  for (const step of formation.steps) {
    table.heading(step.label);
    for (const line of step.lines) table.row([line.function, line.scale, line.fte, line.explanation]);
    table.checked(`Subtotaal ${step.label}`, [[FTE, step.subtotal]]);
    if (step.balance) table.checked(step.balance.label, [[FTE, step.balance.fte]]);
  }
  table.checked(formation.closing.label, [[FTE, formation.closing.fte]]);
  return table.section(
    formation.title || 'Formatie',
    [
      { header: 'Stap of functie', width: 44 },
      { header: 'Schaal', width: 10 },
      { header: 'Fte', width: 10, numeric: true },
      { header: 'Toelichting', width: 60 },
    ],
    formation.source,
    formation.note,
  );
}

const COLUMN = { formation: 2, fte: 4, revenue: 5, otherCosts: 6, total: 8 } as const;

function efficiencySection(measures: EfficiencyMeasures): ExportSection {
  const table = new SectionBuilder(9);
  for (const year of measures.years) {
    table.heading(String(year.year));
    for (const line of year.lines)
      table.row([
        line.function,
        line.profile,
        line.formation,
        line.scale,
        line.fte,
        line.revenue,
        line.otherCosts,
        line.incidental,
      ]);
    table.checked(`Totaal ${year.year}`, [
      [COLUMN.formation, year.formation],
      [COLUMN.fte, year.fte],
      [COLUMN.total, year.total],
    ]);
  }
  const { totals } = measures;
  table.checked('Totaal alle jaren', [
    [COLUMN.formation, totals.formation],
    [COLUMN.fte, totals.fte],
    [COLUMN.revenue, totals.revenue],
    [COLUMN.otherCosts, totals.otherCosts],
    [COLUMN.total, totals.total],
  ]);
  const target: (number | string | null)[] = ['Taakstelling'];
  target[COLUMN.total] = measures.target;
  table.row(target, true);
  const against: (number | string | null)[] = [
    measures.againstTarget >= 0
      ? 'Boven de taakstelling (berekend totaal min taakstelling)'
      : 'Tekort op de taakstelling (berekend totaal min taakstelling)',
  ];
  against[COLUMN.total] = measures.againstTarget;
  table.row(against, true);
  return table.section(
    measures.title || 'Efficiencymaatregelen',
    [
      { header: 'Functie', width: 30 },
      { header: 'Profiel', width: 16 },
      { header: 'Formatie', width: 10, numeric: true },
      { header: 'Schaal', width: 8 },
      { header: 'Fte', width: 8, numeric: true },
      { header: 'Opbrengst', width: 12, numeric: true },
      { header: 'Overige kosten', width: 12, numeric: true },
      { header: 'Incidenteel', width: 12, numeric: true },
      { header: 'Totaal', width: 12, numeric: true },
    ],
    measures.source,
    measures.note,
  );
}
