import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { Ambition, MatrixTotals, ProjectSummary } from '../../../shared/api/portfolio';
import { nl } from '../../messages/nl';
import { CheckedFigure, Mark, PhaseBadge } from './bits';
import { formatCount } from './numbers';
import { goalHeaders, type MatrixSection } from './portfolio';

const t = nl.portfolio.matrix;

/**
 * One section of Bijlage 1 as a table: a row per project, a column per core task (or goal without
 * one) under its goal. The two header rows are tied to every cell through `headers`, so a screen
 * reader names project, goal and core task of each mark; the totals close the table in its footer.
 */
export function MatrixTable(props: { section: MatrixSection; ambition: Ambition; caption: string }) {
  const { section, ambition } = props;
  const groups = goalHeaders(ambition.columns, ambition.goals);
  const id = (...parts: string[]) => [`m-${section.key}`, ...parts].join('-');
  const projectHeader = id('project');
  const phaseHeader = id('fase');
  const flagsHeader = id('signalen');
  const goalHeader = (goal: number) => id('d', String(goal));
  const columnHeaders = (key: string, goal: number) => `${goalHeader(goal)} ${id('k', key)}`;
  const headerIds = { phase: phaseHeader, flags: flagsHeader, goal: goalHeader, column: columnHeaders };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 needs a scrollable region to be focusable
    <section className="samenhang-table-wrap" tabIndex={0} aria-label={props.caption}>
      <Table className="portfolio-matrix">
        <TableCaption>{props.caption}</TableCaption>
        <colgroup span={2} />
        {groups.map((group) => (
          <colgroup key={group.goal} span={group.columns.length} />
        ))}
        <colgroup span={1} />
        <TableHeader>
          <TableRow>
            <TableHeaderCell id={projectHeader} scope="col" rowSpan={2}>
              {t.project}
            </TableHeaderCell>
            <TableHeaderCell id={phaseHeader} scope="col" rowSpan={2}>
              {nl.portfolio.project.phase}
            </TableHeaderCell>
            {groups.map((group) => (
              <TableHeaderCell
                key={group.goal}
                id={goalHeader(group.goal)}
                scope="colgroup"
                colSpan={group.columns.length}
                alignCell="center"
              >
                {t.goal(group.goal, group.title)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell id={flagsHeader} scope="col" rowSpan={2}>
              {t.flags}
            </TableHeaderCell>
          </TableRow>
          <TableRow>
            {ambition.columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                id={id('k', column.key)}
                headers={goalHeader(column.goalNumber)}
                scope="col"
                className="portfolio-column"
              >
                {column.coreTaskNumber === null
                  ? column.title
                  : t.coreTask(column.coreTaskNumber, column.title)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {section.projects.map((project) => (
            <ProjectRow
              key={project.id}
              project={project}
              ambition={ambition}
              rowId={id('p', project.id)}
              headers={{ ...headerIds, project: projectHeader }}
            />
          ))}
        </TableBody>
        {section.totals.length > 0 ? (
          <TableFooter>
            {section.totals.map((totals) => (
              <TotalsRows
                key={totals.section}
                totals={totals}
                ambition={ambition}
                rowId={id('t', totals.section)}
                headers={headerIds}
              />
            ))}
          </TableFooter>
        ) : null}
      </Table>
    </section>
  );
}

interface HeaderIds {
  phase: string;
  flags: string;
  goal: (goal: number) => string;
  column: (key: string, goal: number) => string;
}

function ProjectRow(props: {
  project: ProjectSummary;
  ambition: Ambition;
  rowId: string;
  headers: HeaderIds & { project: string };
}) {
  const { project, rowId, headers } = props;
  return (
    <TableRow>
      <TableHeaderCell id={rowId} scope="row" headers={headers.project}>
        {project.groupLabel ? <span className="portfolio-group">{project.groupLabel}</span> : null}
        <Link to="/toekomstagenda/projecten/$projectId" params={{ projectId: project.id }}>
          {project.name}
        </Link>
      </TableHeaderCell>
      <TableCell headers={`${rowId} ${headers.phase}`}>
        <PhaseBadge phase={project.phase} />
      </TableCell>
      {props.ambition.columns.map((column) => (
        <TableCell
          key={column.key}
          headers={`${rowId} ${headers.column(column.key, column.goalNumber)}`}
          className="portfolio-mark-cell"
        >
          <Mark level={project.contributions.find((c) => c.columnKey === column.key)?.level} />
        </TableCell>
      ))}
      <TableCell headers={`${rowId} ${headers.flags}`}>
        {project.flags.length === 0 ? (
          <span className="samenhang-muted">{t.noFlags}</span>
        ) : (
          <ul className="portfolio-flags">
            {project.flags.map((flag) => (
              <li key={flag.code}>{nl.portfolio.flags[flag.code] ?? flag.message}</li>
            ))}
          </ul>
        )}
      </TableCell>
    </TableRow>
  );
}

/** "Totaal …" with the marks counted per column, then the projects per goal. */
function TotalsRows(props: { totals: MatrixTotals; ambition: Ambition; rowId: string; headers: HeaderIds }) {
  const { totals, rowId, headers, ambition } = props;
  const goalRowId = `${rowId}-doelen`;
  return (
    <>
      <TableRow>
        <TableHeaderCell id={rowId} scope="row">
          {totals.label || t.total}
        </TableHeaderCell>
        <TableCell headers={`${rowId} ${headers.phase}`} />
        {ambition.columns.map((column) => {
          const total = totals.perColumn[column.key];
          return (
            <TableCell
              key={column.key}
              headers={`${rowId} ${headers.column(column.key, column.goalNumber)}`}
              className="portfolio-mark-cell"
            >
              {total ? <CheckedFigure total={total} format={formatCount} /> : '—'}
            </TableCell>
          );
        })}
        <TableCell headers={`${rowId} ${headers.flags}`} />
      </TableRow>
      <TableRow>
        <TableHeaderCell id={goalRowId} scope="row">
          {`${t.perGoal} (${totals.label || t.total})`}
        </TableHeaderCell>
        <TableCell headers={`${goalRowId} ${headers.phase}`} />
        {goalHeaders(ambition.columns, ambition.goals).map((group) => (
          <TableCell
            key={group.goal}
            colSpan={group.columns.length}
            headers={`${goalRowId} ${headers.goal(group.goal)}`}
            className="portfolio-mark-cell"
          >
            {t.perGoalCell(group.goal, totals.perGoal[String(group.goal)] ?? 0)}
          </TableCell>
        ))}
        <TableCell headers={`${goalRowId} ${headers.flags}`} />
      </TableRow>
    </>
  );
}
