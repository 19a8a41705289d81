import {
  Fieldset,
  FormFieldRadio,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type Ambition, PHASES, type PortfolioOverview } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { PhaseBadge, SourceNote } from './bits';
import { MatrixTable } from './MatrixTable';
import { formatCount } from './numbers';
import { PortfolioPage } from './PortfolioFrame';
import { flagCounts, matrixSections } from './portfolio';
import { useOverview } from './portfolioApi';
import { BIJLAGE_1_STAND, type MatrixSearch } from './search';

const t = nl.portfolio.matrix;

/** Bijlage 1: the ambition and every project against the goals and core tasks, now or as in 2017. */
export function MatrixPage() {
  const search = useSearch({ strict: false }) as MatrixSearch;
  const navigate = useNavigate();
  const overview = useOverview(search.stand);
  const bijlage = search.stand === BIJLAGE_1_STAND;
  const choose = (stand: string | undefined) => navigate({ to: '/toekomstagenda', search: { stand } });
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="matrix" exportParams={{ stand: search.stand }}>
      {overview.isPending ? <LoadingState /> : null}
      {overview.isError ? <ErrorState error={overview.error} onRetry={() => overview.refetch()} /> : null}
      {overview.data ? <AmbitionSection ambition={overview.data.ambition} /> : null}
      <section aria-labelledby="portfolio-stand">
        <Heading level={2} id="portfolio-stand">
          {t.standTitle}
        </Heading>
        <form className="samenhang-form" onSubmit={(event) => event.preventDefault()}>
          <Fieldset legend={t.standLegend}>
            <FormFieldRadio
              name="stand"
              label={t.standNow}
              value="nu"
              checked={!bijlage}
              onChange={() => choose(undefined)}
            />
            <FormFieldRadio
              name="stand"
              label={t.standBijlage}
              value={BIJLAGE_1_STAND}
              checked={bijlage}
              onChange={() => choose(BIJLAGE_1_STAND)}
            />
          </Fieldset>
        </form>
        <Paragraph role="status">
          {t.standShown(bijlage ? t.standBijlage : t.standNow)}
          {bijlage ? ` ${t.standBijlageNote}` : ''}
        </Paragraph>
        {overview.data ? <KeyFigures overview={overview.data} /> : null}
      </section>
      <Legend />
      {overview.data ? <Sections overview={overview.data} /> : null}
    </PortfolioPage>
  );
}

function AmbitionSection({ ambition }: { ambition: Ambition }) {
  return (
    <section aria-labelledby="portfolio-ambition">
      <Heading level={2} id="portfolio-ambition">
        {`${t.ambition}: ${ambition.title}`}
      </Heading>
      <Paragraph>{t.horizon(ambition.horizonYear)}</Paragraph>
      <blockquote className="samenhang-quote">{ambition.statement}</blockquote>
      <Heading level={3}>{t.goals}</Heading>
      <OrderedList>
        {ambition.goals.map((goal) => {
          const tasks = ambition.coreTasks.filter((task) => task.goalNumber === goal.number);
          return (
            <OrderedListItem key={goal.number} value={goal.number}>
              <strong>{goal.title}</strong>
              {tasks.length === 0 ? (
                <Paragraph className="samenhang-muted">{t.noCoreTask}</Paragraph>
              ) : (
                <UnorderedList>
                  {tasks.map((task) => (
                    <UnorderedListItem key={task.number}>
                      {t.coreTask(task.number, task.title)}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </OrderedListItem>
          );
        })}
      </OrderedList>
      <Heading level={3}>{t.criteria}</Heading>
      <OrderedList>
        {ambition.criteria.map((criterion) => (
          <OrderedListItem key={criterion}>{criterion}</OrderedListItem>
        ))}
      </OrderedList>
      <SourceNote source={ambition.source} />
    </section>
  );
}

function KeyFigures({ overview }: { overview: PortfolioOverview }) {
  const flags = flagCounts(overview.projects);
  const phases = [...PHASES.filter((phase) => phase in overview.phaseCounts)];
  const others = Object.keys(overview.phaseCounts).filter(
    (key) => !(PHASES as readonly string[]).includes(key),
  );
  const rows = [...phases, ...others].map((phase) => ({ phase, count: overview.phaseCounts[phase] ?? 0 }));
  return (
    <>
      <Heading level={3}>{t.figures}</Heading>
      <dl className="portfolio-figures">
        <div>
          <dt>{t.withoutEndDate}</dt>
          <dd>{formatCount(overview.flagged.withoutEndDate)}</dd>
        </div>
        <div>
          <dt>{t.loslatenOpen}</dt>
          <dd>{formatCount(overview.flagged.loslatenOpen)}</dd>
        </div>
        <div>
          <dt>{t.criteriaUnmet}</dt>
          <dd>{formatCount(flags['criteria-niet-gehaald'] ?? 0)}</dd>
        </div>
      </dl>
      <DataTable
        caption={t.phaseCaption}
        rows={rows}
        rowKey={(row) => row.phase}
        columns={[
          {
            header: t.phase,
            rowHeader: true,
            cell: (row) =>
              (PHASES as readonly string[]).includes(row.phase) ? (
                <PhaseBadge phase={row.phase as (typeof PHASES)[number]} />
              ) : (
                nl.portfolio.phases.none
              ),
          },
          { header: t.count, align: 'end', cell: (row) => formatCount(row.count) },
        ]}
      />
    </>
  );
}

function Legend() {
  return (
    <section aria-labelledby="portfolio-legend">
      <Heading level={2} id="portfolio-legend">
        {t.legend}
      </Heading>
      <ul className="portfolio-legend">
        <li>{t.primaryMark}</li>
        <li>{t.contributesMark}</li>
      </ul>
      <Heading level={3}>{t.phaseLegend}</Heading>
      <ul className="portfolio-legend">
        {PHASES.map((phase) => (
          <li key={phase}>
            <PhaseBadge phase={phase} />
          </li>
        ))}
      </ul>
      <Paragraph className="samenhang-muted">{nl.portfolio.phases.legendNote}</Paragraph>
      <Paragraph className="samenhang-muted">{nl.portfolio.checked.explain}</Paragraph>
    </section>
  );
}

function Sections({ overview }: { overview: PortfolioOverview }) {
  const sections = matrixSections(overview.projects, overview.totals);
  return (
    <section aria-labelledby="portfolio-projects">
      <Heading level={2} id="portfolio-projects">
        {t.projectsTitle}
      </Heading>
      {sections.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {sections.map((section) => {
        const title = t.sections[section.key] ?? section.key;
        return (
          <section key={section.key} aria-labelledby={`sectie-${section.key}`}>
            <Heading level={3} id={`sectie-${section.key}`}>
              {title}
            </Heading>
            <MatrixTable section={section} ambition={overview.ambition} caption={t.caption(title)} />
          </section>
        );
      })}
    </section>
  );
}
