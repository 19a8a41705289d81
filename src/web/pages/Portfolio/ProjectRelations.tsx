import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { CapacityAssignment, ProjectDetail } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { formatDate, formatDateTime } from '../../components/format';
import { nl } from '../../messages/nl';
import { capacityText, gemeenteName } from './portfolio';

const t = nl.portfolio.project;

/** "Beleidsmedewerker, Vaals" or "…, nog in te vullen". */
export function assignmentText(assignment: CapacityAssignment): string {
  const where = [
    assignment.gemeenteCode ? gemeenteName(assignment.gemeenteCode) : null,
    assignment.organisation,
  ]
    .filter(Boolean)
    .join(', ');
  const parts = [
    assignment.role,
    where || null,
    assignment.filled ? null : nl.portfolio.capacityPage.unfilled,
  ];
  const text = parts.filter(Boolean).join(', ');
  return assignment.note ? `${text} (${assignment.note})` : text;
}

/** Capacity lines of Bijlage 2 with who fills them, the EVI panels and the decisions about it. */
export function ProjectRelations({ project }: { project: ProjectDetail }) {
  return (
    <>
      <section aria-labelledby="kop-capaciteit">
        <Heading level={2} id="kop-capaciteit">
          {t.capacityLines}
        </Heading>
        {project.capacityLines.length === 0 ? (
          <Paragraph>{t.noCapacityLines}</Paragraph>
        ) : (
          <DataTable
            caption={t.capacityCaption}
            rows={project.capacityLines}
            rowKey={(line) => line.id}
            columns={[
              { header: t.line, rowHeader: true, cell: (line) => line.label },
              { header: t.effort, cell: (line) => capacityText(line.capacity, nl.portfolio.capacity) },
              {
                header: t.assignments,
                cell: (line) =>
                  line.assignments.length === 0 ? (
                    nl.portfolio.capacityPage.noAssignments
                  ) : (
                    <UnorderedList>
                      {line.assignments.map((assignment, index) => (
                        <UnorderedListItem key={String(index)}>
                          {assignmentText(assignment)}
                        </UnorderedListItem>
                      ))}
                    </UnorderedList>
                  ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="kop-evi">
        <Heading level={2} id="kop-evi">
          {t.evi}
        </Heading>
        {project.eviThemes.length === 0 ? (
          <Paragraph>{t.noEvi}</Paragraph>
        ) : (
          <UnorderedList>
            {project.eviThemes.map((theme) => (
              <UnorderedListItem key={theme.themeId}>
                <Link to="/toekomstagenda/evi" hash={`thema-${theme.themeId}`}>
                  {theme.themeName}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="kop-besluiten">
        <Heading level={2} id="kop-besluiten">
          {t.decisions}
        </Heading>
        {project.decisions.length === 0 ? (
          <Paragraph>{t.noDecisions}</Paragraph>
        ) : (
          <DataTable
            caption={t.decisions}
            rows={project.decisions}
            rowKey={(decision) => decision.id}
            columns={[
              {
                header: nl.portfolio.decisions.date,
                cell: (decision) =>
                  decision.decidedOn ? formatDate(decision.decidedOn) : (decision.dateText ?? '—'),
              },
              { header: nl.portfolio.decisions.meeting, cell: (decision) => decision.meeting },
              {
                header: nl.portfolio.decisions.subject,
                rowHeader: true,
                cell: (decision) => decision.subject,
              },
              { header: nl.portfolio.decisions.decision, cell: (decision) => decision.decision },
            ]}
          />
        )}
      </section>
    </>
  );
}

/** The project's history: what changed when, from what to what, why and by whom. */
export function ProjectHistory({ project }: { project: ProjectDetail }) {
  const when = (event: ProjectDetail['history'][number]) =>
    event.occurredOn
      ? formatDate(event.occurredOn)
      : (event.occurredText ?? t.recorded(formatDateTime(event.recordedAt)));
  return (
    <section aria-labelledby="kop-geschiedenis">
      <Heading level={2} id="kop-geschiedenis">
        {t.history}
      </Heading>
      {project.history.length === 0 ? (
        <Paragraph>{t.noHistory}</Paragraph>
      ) : (
        <DataTable
          caption={t.history}
          rows={project.history}
          rowKey={(event) => event.id}
          columns={[
            { header: t.when, rowHeader: true, cell: when },
            { header: t.what, cell: (event) => t.events[event.kind] ?? event.kind },
            { header: t.from, cell: (event) => event.fromValue ?? '—' },
            { header: t.to, cell: (event) => event.toValue ?? '—' },
            { header: t.reason, cell: (event) => event.reason ?? '—' },
            { header: t.by, cell: (event) => event.actorName ?? '—' },
            { header: t.source, cell: (event) => event.source ?? '—' },
          ]}
        />
      )}
    </section>
  );
}
