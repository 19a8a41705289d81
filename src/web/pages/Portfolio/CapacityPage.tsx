import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { CapacityLine, CapacityOverview } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { formatCount, formatFte } from './numbers';
import { PortfolioPage } from './PortfolioFrame';
import { capacityText, gemeenteName } from './portfolio';
import { useCapacity } from './portfolioApi';

const t = nl.portfolio.capacityPage;
const SECTIONS = ['committed', 'doorloop', 'nieuw', 'randvoorwaardelijk', 'projectgroep'] as const;

/** Bijlage 2: per section the capacity per project and who fills it, then the totals. */
export function CapacityPage() {
  const capacity = useCapacity();
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="capaciteit">
      {capacity.isPending ? <LoadingState /> : null}
      {capacity.isError ? <ErrorState error={capacity.error} onRetry={() => capacity.refetch()} /> : null}
      {capacity.data ? <CapacityView overview={capacity.data} /> : null}
    </PortfolioPage>
  );
}

function CapacityView({ overview }: { overview: CapacityOverview }) {
  const known = new Set<string>(SECTIONS);
  const sections = [
    ...SECTIONS,
    ...new Set(overview.lines.map((line) => line.section).filter((section) => !known.has(section))),
  ];
  return (
    <>
      {overview.note ? <Paragraph>{overview.note}</Paragraph> : null}
      {sections.map((section) => {
        const lines = overview.lines.filter((line) => line.section === section);
        if (lines.length === 0) return null;
        const title = t.sections[section] ?? section;
        return (
          <section key={section} aria-labelledby={`capaciteit-${section}`}>
            <Heading level={2} id={`capaciteit-${section}`}>
              {title}
            </Heading>
            <LinesTable caption={title} lines={lines} />
          </section>
        );
      })}
      <Totals overview={overview} />
    </>
  );
}

/** A row group per line: the line (row header) over as many rows as it has assignments. */
function LinesTable({ caption, lines }: { caption: string; lines: CapacityLine[] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 needs a scrollable region to be focusable
    <section className="samenhang-table-wrap" tabIndex={0} aria-label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.line}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.effort}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.role}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.organisation}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.filled}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        {lines.map((line) => {
          const rows = Math.max(1, line.assignments.length);
          const [first, ...rest] = line.assignments;
          const head = (
            <>
              <TableHeaderCell scope="rowgroup" rowSpan={rows}>
                {line.projectId ? (
                  <Link to="/toekomstagenda/projecten/$projectId" params={{ projectId: line.projectId }}>
                    {line.label}
                  </Link>
                ) : (
                  line.label
                )}
              </TableHeaderCell>
              <TableCell rowSpan={rows}>
                {capacityText(line.capacity, nl.portfolio.capacity)}
                {line.capacity.text ? (
                  <span className="portfolio-group">
                    {nl.portfolio.capacity.asSource(line.capacity.text)}
                  </span>
                ) : null}
              </TableCell>
            </>
          );
          return (
            <TableBody key={line.id}>
              <TableRow>
                {head}
                {first ? (
                  <AssignmentCells assignment={first} />
                ) : (
                  <TableCell colSpan={3}>{t.noAssignments}</TableCell>
                )}
              </TableRow>
              {rest.map((assignment, index) => (
                <TableRow key={String(index)}>
                  <AssignmentCells assignment={assignment} />
                </TableRow>
              ))}
            </TableBody>
          );
        })}
      </Table>
    </section>
  );
}

function AssignmentCells({ assignment }: { assignment: CapacityLine['assignments'][number] }) {
  const where = [
    assignment.gemeenteCode ? gemeenteName(assignment.gemeenteCode) : null,
    assignment.organisation,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <TableCell>
        {assignment.role}
        {assignment.note ? <span className="portfolio-group">{assignment.note}</span> : null}
      </TableCell>
      <TableCell>{where || '—'}</TableCell>
      <TableCell>{assignment.filled ? nl.portfolio.yes : <strong>{t.unfilled}</strong>}</TableCell>
    </>
  );
}

function Totals({ overview }: { overview: CapacityOverview }) {
  const { totals } = overview;
  return (
    <section aria-labelledby="capaciteit-totalen">
      <Heading level={2} id="capaciteit-totalen">
        {t.totals}
      </Heading>
      <dl className="portfolio-figures">
        <div>
          <dt>{t.totalHours}</dt>
          <dd>{formatCount(totals.hoursPerYear)}</dd>
        </div>
        <div>
          <dt>{t.totalFte}</dt>
          <dd>{formatFte(totals.fte)}</dd>
        </div>
        <div>
          <dt>{t.toBeDetermined}</dt>
          <dd>{formatCount(totals.toBeDetermined)}</dd>
        </div>
        <div>
          <dt>{t.unfilledCount}</dt>
          <dd>{formatCount(totals.unfilled)}</dd>
        </div>
      </dl>
      <Heading level={3}>{t.withoutHours}</Heading>
      {totals.withoutHours.length === 0 ? (
        <Paragraph>{t.withoutHoursNone}</Paragraph>
      ) : (
        <ul>
          {totals.withoutHours.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t.perGemeente}</Heading>
      <DataTable
        caption={t.perGemeenteCaption}
        rows={totals.perGemeente}
        rowKey={(row) => row.gemeenteCode}
        columns={[
          { header: t.gemeente, rowHeader: true, cell: (row) => row.name || gemeenteName(row.gemeenteCode) },
          { header: t.assignments, align: 'end', cell: (row) => formatCount(row.assignments) },
        ]}
      />
    </section>
  );
}
