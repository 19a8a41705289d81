import {
  Alert,
  DataSummary,
  DataSummaryItem,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import type { Ambition, ProjectDetail } from '../../../shared/api/portfolio';
import { formatDate } from '../../components/format';
import { nl } from '../../messages/nl';
import { capacityText, gemeenteName } from './portfolio';

const t = nl.portfolio.project;

/** The project's facts: kind, phase, leader, gemeenten, dates and capacity; then its flags. */
export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const leader = project.leaderRole
    ? t.leaderOf(
        project.leaderRole,
        project.leaderGemeenteCode ? gemeenteName(project.leaderGemeenteCode) : null,
      )
    : project.leaderGemeenteCode
      ? gemeenteName(project.leaderGemeenteCode)
      : nl.portfolio.none;
  const capacity = capacityText(project.capacity, nl.portfolio.capacity);
  const kind = nl.portfolio.kinds[project.kind] ?? project.kind;
  return (
    <>
      <section aria-labelledby="kop-gegevens">
        <Heading level={2} id="kop-gegevens">
          {t.facts}
        </Heading>
        {project.groupLabel ? <Paragraph className="samenhang-muted">{project.groupLabel}</Paragraph> : null}
        <DataSummary>
          <DataSummaryItem
            itemKey={t.kind}
            itemValue={
              project.domain ? `${kind}, ${nl.portfolio.domains[project.domain] ?? project.domain}` : kind
            }
          />
          {project.precondition ? (
            <DataSummaryItem itemKey={t.precondition} itemValue={nl.portfolio.yes} />
          ) : null}
          <DataSummaryItem itemKey={t.phase} itemValue={project.phase ?? nl.portfolio.phases.none} />
          <DataSummaryItem
            itemKey={t.prioritisation}
            itemValue={
              project.prioritisation
                ? (nl.portfolio.prioritisations[project.prioritisation] ?? project.prioritisation)
                : nl.portfolio.none
            }
          />
          <DataSummaryItem itemKey={t.leader} itemValue={leader} />
          <DataSummaryItem
            itemKey={t.participating}
            itemValue={
              project.participatingGemeenteCodes.length > 0
                ? project.participatingGemeenteCodes.map(gemeenteName).join(', ')
                : nl.portfolio.none
            }
          />
          <DataSummaryItem itemKey={t.start} itemValue={formatDate(project.startDate)} />
          <DataSummaryItem
            itemKey={t.end}
            itemValue={project.endDate ? formatDate(project.endDate) : t.noEnd}
          />
          <DataSummaryItem
            itemKey={t.capacity}
            itemValue={
              project.capacity.text && project.capacity.text !== capacity
                ? `${capacity} (${nl.portfolio.capacity.asSource(project.capacity.text)})`
                : capacity
            }
          />
        </DataSummary>
        {project.flags.length > 0 ? (
          <Alert type="warning">
            <Heading level={3}>{t.signals}</Heading>
            <UnorderedList>
              {project.flags.map((flag) => (
                <UnorderedListItem key={flag.code}>{flag.message}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        ) : null}
      </section>
      <section aria-labelledby="kop-beschrijving">
        <Heading level={2} id="kop-beschrijving">
          {t.description}
        </Heading>
        <Paragraph className="portfolio-text">{project.description ?? t.noDescription}</Paragraph>
      </section>
    </>
  );
}

/** The goals and core tasks it contributes to, with ** / * and the words. */
export function ProjectContributions({
  project,
  ambition,
}: {
  project: ProjectDetail;
  ambition: Ambition | undefined;
}) {
  const columnTitle = (key: string) => {
    const column = ambition?.columns.find((candidate) => candidate.key === key);
    if (!column) return t.column(key);
    const goal = ambition?.goals.find((candidate) => candidate.number === column.goalNumber);
    const goalText = nl.portfolio.matrix.goal(column.goalNumber, goal?.shortTitle ?? '');
    return column.coreTaskNumber === null
      ? goalText
      : `${goalText} — ${nl.portfolio.matrix.coreTask(column.coreTaskNumber, column.title)}`;
  };
  const order = (key: string) => ambition?.columns.findIndex((column) => column.key === key) ?? 0;
  const contributions = [...project.contributions].sort((a, b) => order(a.columnKey) - order(b.columnKey));
  return (
    <section aria-labelledby="kop-bijdrage">
      <Heading level={2} id="kop-bijdrage">
        {t.contributions}
      </Heading>
      {contributions.length === 0 ? (
        <Paragraph>{t.noContributions}</Paragraph>
      ) : (
        <UnorderedList>
          {contributions.map((contribution) => (
            <UnorderedListItem key={contribution.columnKey}>
              {columnTitle(contribution.columnKey)}:{' '}
              <span aria-hidden="true">{contribution.level === 'primair' ? '** ' : '* '}</span>
              {nl.portfolio.levels[contribution.level]}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

/** The criteria judged, and loslaten: "Wat gaan we niet meer doen?". */
export function ProjectCriteria({ project }: { project: ProjectDetail }) {
  const { evaluation } = project;
  const unmet = evaluation.items.filter((item) => item.met !== true);
  const status = (met: boolean | null) =>
    met === null ? t.criterionStatus.unjudged : met ? t.criterionStatus.met : t.criterionStatus.unmet;
  return (
    <>
      <section aria-labelledby="kop-criteria">
        <Heading level={2} id="kop-criteria">
          {t.criteria}
        </Heading>
        <Paragraph>
          <strong>
            {evaluation.meetsAll ? t.meets : t.meetsNot(unmet.map((item) => item.explanation).join(' '))}
          </strong>
        </Paragraph>
        <UnorderedList>
          {evaluation.items.map((item) => (
            <UnorderedListItem key={item.key}>
              <strong>
                {item.label}: {status(item.met)}.
              </strong>{' '}
              {item.explanation}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section aria-labelledby="kop-loslaten">
        <Heading level={2} id="kop-loslaten">
          {t.loslaten}
        </Heading>
        {project.loslaten?.trim() ? (
          <Paragraph className="portfolio-text">{project.loslaten}</Paragraph>
        ) : (
          <Paragraph>
            <strong>{t.loslatenOpen}</strong>
          </Paragraph>
        )}
      </section>
    </>
  );
}
