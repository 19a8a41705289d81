import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { Timeline } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { PhaseBadge } from './bits';
import { PortfolioPage } from './PortfolioFrame';
import { todayIso } from './portfolio';
import { useTimeline } from './portfolioApi';
import { timelineBars } from './timeline';

const t = nl.portfolio.timeline;
type Row = Timeline['rows'][number];

/** Per project its phases over time: a table first, then the same periods as bars with their text. */
export function TimelinePage() {
  const timeline = useTimeline();
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="tijdlijn">
      {timeline.isPending ? <LoadingState /> : null}
      {timeline.isError ? <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} /> : null}
      {timeline.data ? <TimelineView rows={timeline.data.rows} /> : null}
    </PortfolioPage>
  );
}

const period = (row: Pick<Row, 'startDate' | 'endDate'>) =>
  !row.startDate && !row.endDate
    ? t.periodUnknown
    : `${row.startDate ? formatDate(row.startDate) : t.startUnknown} – ${row.endDate ? formatDate(row.endDate) : t.open}`;

/** When a step began: its date, the source's words, or that it is not known. */
function stepWhen(step: Row['steps'][number]): string {
  if (!step.from) return step.text ?? t.unknownFrom;
  return step.text ? `${t.from(formatDate(step.from))} (${step.text})` : t.from(formatDate(step.from));
}

function TimelineView({ rows }: { rows: Row[] }) {
  const axis = timelineBars(rows, todayIso());
  return (
    <>
      <DataTable
        caption={t.caption}
        rows={rows}
        rowKey={(row) => row.projectId}
        columns={[
          {
            header: t.project,
            rowHeader: true,
            cell: (row) => (
              <Link to="/toekomstagenda/projecten/$projectId" params={{ projectId: row.projectId }}>
                {row.name}
              </Link>
            ),
          },
          { header: t.current, cell: (row) => <PhaseBadge phase={row.phase} /> },
          { header: t.period, cell: period },
          {
            header: t.steps,
            cell: (row) =>
              row.steps.length === 0 ? (
                <span className="samenhang-muted">{t.noSteps}</span>
              ) : (
                <ol className="portfolio-steps">
                  {row.steps.map((step, index) => (
                    <li key={String(index)}>
                      <PhaseBadge phase={step.phase} />{' '}
                      <span className="portfolio-step-when">{stepWhen(step)}</span>
                    </li>
                  ))}
                </ol>
              ),
          },
        ]}
      />
      {axis ? (
        <section aria-labelledby="tijdlijn-beeld">
          <Heading level={2} id="tijdlijn-beeld">
            {t.visual}
          </Heading>
          <Paragraph>{t.visualIntro}</Paragraph>
          <Paragraph className="samenhang-muted">{`${formatDate(axis.from)} – ${formatDate(axis.to)}`}</Paragraph>
          <ul className="portfolio-timeline">
            {axis.bars.map((bar) => (
              <li key={bar.projectId}>
                <span>
                  {t.bar(bar.name, formatDate(bar.startDate), bar.endDate ? formatDate(bar.endDate) : t.open)}
                </span>
                <span className="portfolio-bar-track" aria-hidden="true">
                  <span
                    className={bar.endDate ? 'portfolio-bar' : 'portfolio-bar portfolio-bar-open'}
                    style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                  />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
