import {
  Button,
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
import { useState } from 'react';
import type { CapacityLine, CapacityOverview } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { focusButtonIn } from './bits';
import { CAPACITY_FORM_ID, CapacityLineForm, focusCapacityForm } from './CapacityLineForm';
import { formatHours } from './capacityForm';
import { formatCount, formatFte } from './numbers';
import { PortfolioPage, useCanEdit } from './PortfolioFrame';
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

/** For editors: which line's form is open, and the disclosure that opens or closes it. */
interface Editing {
  open: string | null;
  toggle: (line: CapacityLine) => void;
}

function CapacityView({ overview }: { overview: CapacityOverview }) {
  const canEdit = useCanEdit();
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ lineId: string; text: string } | null>(null);
  const editing: Editing | null = canEdit
    ? {
        open,
        toggle: (line) => {
          setSaved(null);
          setOpen(open === line.id ? null : line.id);
          if (open !== line.id) focusCapacityForm();
        },
      }
    : null;
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
        const current = lines.find((line) => line.id === open);
        const done = saved && lines.some((line) => line.id === saved.lineId) ? saved : null;
        return (
          <section key={section} aria-labelledby={`capaciteit-${section}`}>
            <Heading level={2} id={`capaciteit-${section}`}>
              {title}
            </Heading>
            <LinesTable caption={title} lines={lines} editing={editing} />
            {done ? (
              <p id="capaciteit-opgeslagen" tabIndex={-1} role="status" className="samenhang-panel">
                {done.text}
              </p>
            ) : null}
            {canEdit && current ? (
              <CapacityLineForm
                key={current.id}
                line={current}
                onCancel={() => {
                  setOpen(null);
                  focusButtonIn(`invulling-${current.id}`);
                }}
                onSaved={(line) => {
                  setOpen(null);
                  setSaved({ lineId: line.id, text: t.saved(line.label) });
                  focusById('capaciteit-opgeslagen');
                }}
              />
            ) : null}
          </section>
        );
      })}
      <Totals overview={overview} />
    </>
  );
}

/** A row group per line: the line (row header) over as many rows as it has assignments. */
function LinesTable(props: { caption: string; lines: CapacityLine[]; editing: Editing | null }) {
  const { caption, lines, editing } = props;
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
            <TableHeaderCell scope="col">{t.share}</TableHeaderCell>
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
                {editing ? <ChangeButton line={line} editing={editing} /> : null}
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
                  <TableCell colSpan={4}>{t.noAssignments}</TableCell>
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

/**
 * "Invulling wijzigen" under the line's capacity: a disclosure of the form below the table, named
 * after the line for a screen reader.
 */
function ChangeButton({ line, editing }: { line: CapacityLine; editing: Editing }) {
  const open = editing.open === line.id;
  return (
    <div id={`invulling-${line.id}`} style={{ marginBlockStart: '0.5rem' }}>
      <Button
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={open ? CAPACITY_FORM_ID : undefined}
        onClick={() => editing.toggle(line)}
      >
        {t.change}
        <span className="visually-hidden">{` ${line.label}`}</span>
      </Button>
    </div>
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
      <TableCell>
        {assignment.hours === null ? t.shareUnknown : t.shareValue(formatHours(assignment.hours))}
      </TableCell>
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
          { header: t.gemeenteHours, align: 'end', cell: (row) => formatHours(row.hours) },
        ]}
      />
      <Paragraph className="samenhang-muted">{t.perGemeenteNote}</Paragraph>
    </section>
  );
}
