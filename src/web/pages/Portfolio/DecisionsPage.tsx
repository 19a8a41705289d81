import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { Decision } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { DecisionForm } from './DecisionForm';
import { PortfolioPage, useCanEdit } from './PortfolioFrame';
import { useDecisions } from './portfolioApi';

const t = nl.portfolio.decisions;

/** Decisions of the portefeuillehoudersoverleg and directiegroep; editors record a new one. */
export function DecisionsPage() {
  const decisions = useDecisions();
  const canEdit = useCanEdit();
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="besluiten">
      {decisions.isPending ? <LoadingState /> : null}
      {decisions.isError ? <ErrorState error={decisions.error} onRetry={() => decisions.refetch()} /> : null}
      {decisions.data ? <DecisionsTable decisions={decisions.data.decisions} /> : null}
      {canEdit ? <DecisionForm /> : null}
    </PortfolioPage>
  );
}

function DecisionsTable({ decisions }: { decisions: Decision[] }) {
  if (decisions.length === 0) return <Paragraph>{t.empty}</Paragraph>;
  return (
    <DataTable
      caption={t.caption}
      rows={decisions}
      rowKey={(decision) => decision.id}
      columns={[
        {
          header: t.meeting,
          cell: (decision) => (
            <>
              {decision.meeting}
              <span className="portfolio-group">{t.bodies[decision.body] ?? decision.body}</span>
            </>
          ),
        },
        {
          header: t.date,
          cell: (decision) =>
            decision.decidedOn ? formatDate(decision.decidedOn) : (decision.dateText ?? '—'),
        },
        { header: t.subject, rowHeader: true, cell: (decision) => decision.subject },
        {
          header: t.decision,
          cell: (decision) => <span className="portfolio-text">{decision.decision}</span>,
        },
        {
          header: t.projects,
          cell: (decision) =>
            decision.projects.length === 0 ? (
              <span className="samenhang-muted">{t.noProjects}</span>
            ) : (
              <ul className="portfolio-flags">
                {decision.projects.map((project) => (
                  <li key={project.id}>
                    <Link to="/toekomstagenda/projecten/$projectId" params={{ projectId: project.id }}>
                      {project.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
