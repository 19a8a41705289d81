import {
  portfolioActions,
  portfolioAmbition,
  portfolioCapacityLines,
  portfolioDecisionProjects,
  portfolioDecisions,
  portfolioEviFindings,
  portfolioEviSessions,
  portfolioEviThemeProjects,
  portfolioEviThemes,
  portfolioFinanceTables,
  portfolioProjectEvents,
  portfolioProjects,
  portfolioRisks,
} from '../../../platform/db/schema';
import type { Transactor } from '../../../platform/db/transactor';
import { hasPortfolio } from '../repository';
import type { SeedContent } from './content-schema';

/** Bijlage 1 lists the projects of 2016–2017: its totals describe the portfolio on this day. */
export const BIJLAGE_1_AS_OF = '2017-12-31';

export interface PortfolioLoadSummary {
  loaded: boolean;
  projects: number;
  risks: number;
  actions: number;
}

/**
 * Loads the seed content (the Actieplan 2018–2019 and the Jaarplan 2018) into an empty portfolio,
 * in one transaction. A portfolio that already exists is left as it is: it is the organisation's.
 */
export async function loadPortfolioSeed(
  transactor: Transactor,
  content: SeedContent,
): Promise<PortfolioLoadSummary> {
  return transactor.transaction(async (tx) => {
    if (await hasPortfolio(tx)) return { loaded: false, projects: 0, risks: 0, actions: 0 };
    await tx.insert(portfolioAmbition).values({
      id: 1,
      content: {
        ...content.ambition,
        statedMatrixTotals: content.statedMatrixTotals,
        statedAsOf: BIJLAGE_1_AS_OF,
      },
    });

    const projectIds = new Map<string, string>();
    for (const [index, project] of content.projects.entries()) {
      const [row] = await tx
        .insert(portfolioProjects)
        .values({
          key: project.key,
          position: index + 1,
          name: project.name,
          groupLabel: project.groupLabel,
          description: project.description,
          kind: project.kind,
          domain: project.domain,
          precondition: project.precondition,
          phase: project.phase,
          prioritisation: project.prioritisation,
          leaderRole: project.leaderRole,
          leaderGemeenteCode: project.leaderGemeenteCode,
          participatingGemeenteCodes: project.participatingGemeenteCodes,
          startDate: project.startDate,
          endDate: project.endDate,
          capacityHours: project.capacity.hoursPerYear,
          capacityFte: project.capacity.fte,
          capacityToBeDetermined: project.capacity.toBeDetermined,
          capacityText: project.capacity.text,
          loslaten: project.loslaten,
          criteria: project.criteria,
          contributions: project.contributions,
          source: project.source,
        })
        .returning({ id: portfolioProjects.id });
      if (!row) throw new Error(`project ${project.key} not inserted`);
      projectIds.set(project.key, row.id);
      if (project.history.length > 0) {
        await tx
          .insert(portfolioProjectEvents)
          .values(project.history.map((event) => ({ ...event, projectId: row.id })));
      }
    }
    const idOf = (key: string) => {
      const id = projectIds.get(key);
      if (!id) throw new Error(`seed content refers to unknown project "${key}"`);
      return id;
    };

    if (content.capacityLines.length > 0) {
      await tx.insert(portfolioCapacityLines).values(
        content.capacityLines.map((line, index) => ({
          position: index + 1,
          section: line.section,
          label: line.label,
          projectId: line.projectKey ? idOf(line.projectKey) : null,
          hours: line.capacity.hoursPerYear,
          fte: line.capacity.fte,
          toBeDetermined: line.capacity.toBeDetermined,
          text: line.capacity.text,
          assignments: line.assignments,
        })),
      );
    }

    for (const [index, decision] of content.decisions.entries()) {
      const { projectKeys, ...values } = decision;
      const [row] = await tx
        .insert(portfolioDecisions)
        .values({ ...values, position: index + 1 })
        .returning({ id: portfolioDecisions.id });
      if (!row) throw new Error('decision not inserted');
      if (projectKeys.length > 0) {
        await tx
          .insert(portfolioDecisionProjects)
          .values([...new Set(projectKeys)].map((key) => ({ decisionId: row.id, projectId: idOf(key) })));
      }
    }

    for (const [index, theme] of content.evi.entries()) {
      const [row] = await tx
        .insert(portfolioEviThemes)
        .values({
          position: index + 1,
          name: theme.name,
          period: theme.period,
          description: theme.description,
          source: theme.source,
        })
        .returning({ id: portfolioEviThemes.id });
      if (!row) throw new Error('EVI theme not inserted');
      if (theme.sessions.length > 0) {
        await tx
          .insert(portfolioEviSessions)
          .values(theme.sessions.map((session) => ({ ...session, themeId: row.id })));
      }
      if (theme.findings.length > 0) {
        await tx
          .insert(portfolioEviFindings)
          .values(theme.findings.map((finding) => ({ ...finding, themeId: row.id })));
      }
      if (theme.projectKeys.length > 0) {
        await tx
          .insert(portfolioEviThemeProjects)
          .values([...new Set(theme.projectKeys)].map((key) => ({ themeId: row.id, projectId: idOf(key) })));
      }
    }

    if (content.risks.length > 0) {
      await tx
        .insert(portfolioRisks)
        .values(content.risks.map((risk, index) => ({ ...risk, position: index + 1 })));
    }
    if (content.annualPlan.actions.length > 0) {
      await tx.insert(portfolioActions).values(
        content.annualPlan.actions.map((action, index) => ({
          ...action,
          planYear: content.annualPlan.year,
          position: index + 1,
        })),
      );
    }
    await tx.insert(portfolioFinanceTables).values([
      { kind: 'investering', content: content.finance.investment },
      { kind: 'formatie', content: content.finance.formation },
      { kind: 'efficiency', content: content.finance.efficiency },
    ]);
    return {
      loaded: true,
      projects: content.projects.length,
      risks: content.risks.length,
      actions: content.annualPlan.actions.length,
    };
  });
}
