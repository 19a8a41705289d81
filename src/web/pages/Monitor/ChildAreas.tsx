import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { MonitorView, ViewRow } from '../../../shared/api/monitor';
import { DataTable } from '../../components/DataTable';
import { ChoroplethMap } from '../../components/monitor/ChoroplethMap';
import { RankedBarChart } from '../../components/monitor/RankedBarChart';
import { formatDifference } from '../../components/monitor/ranking';
import { LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { comparedLabel, showsComparable, valueLabel } from './comparable';
import { useBoundaries } from './monitorApi';
import { isAreaCode } from './search';

const t = nl.monitor;

/**
 * The gemeenten of the region or the wijken of a gemeente: a table (whose names drill down), a map
 * when boundaries are loaded, and the ranked bars.
 */
export function ChildAreas({ view }: { view: MonitorView }) {
  const childLevel = view.rows[0]?.area.level ?? (view.area.level === 'regio' ? 'gemeente' : 'wijk');
  const boundaries = useBoundaries(view.rows.length > 0 ? view.area.code : undefined);
  if (view.area.level === 'wijk') return null;
  const title = t.childrenTitle(childLevel);
  if (view.rows.length === 0) {
    return (
      <section aria-labelledby="monitor-children">
        <Heading level={2} id="monitor-children">
          {title}
        </Heading>
        <Paragraph>{t.noChildren}</Paragraph>
      </section>
    );
  }
  const table = <ChildTable view={view} level={childLevel} />;
  return (
    <section aria-labelledby="monitor-children">
      <Heading level={2} id="monitor-children">
        {title}
      </Heading>
      <Paragraph>{t.drillHint}</Paragraph>
      {boundaries.isPending ? <LoadingState /> : null}
      {boundaries.data?.hasBoundaries ? (
        <div className="monitor-map-layout">
          {table}
          <div>
            <Heading level={3}>{t.mapTitle}</Heading>
            <ChoroplethMap
              features={boundaries.data.features}
              rows={view.rows}
              indicator={`${view.indicator.name} (${comparedLabel(view)})`}
              area={view.area.name}
            />
          </div>
        </div>
      ) : (
        <>
          {boundaries.isSuccess || boundaries.isError ? <Paragraph>{t.noBoundaries}</Paragraph> : null}
          {table}
        </>
      )}
      <Heading level={3}>{t.chartTitle}</Heading>
      <RankedBarChart rows={view.rows} label={comparedLabel(view).toLowerCase()} />
    </section>
  );
}

function ChildTable({ view, level }: { view: MonitorView; level: string }) {
  const comparable = showsComparable(view);
  return (
    <DataTable
      caption={t.childrenCaption(view.indicator.name, view.area.name, level)}
      rows={view.rows}
      rowKey={(row) => row.area.code}
      columns={[
        {
          header: t.areaColumn,
          rowHeader: true,
          cell: (row: ViewRow) =>
            isAreaCode(row.area.code) ? (
              <Link to="/monitor" search={(previous) => ({ ...previous, gebied: row.area.code })}>
                {row.area.name}
              </Link>
            ) : (
              row.area.name
            ),
        },
        { header: valueLabel(view.indicator.unit), align: 'end', cell: (row: ViewRow) => row.value.display },
        ...(comparable
          ? [
              {
                header: view.comparableLabel ?? t.comparable,
                align: 'end' as const,
                cell: (row: ViewRow) => row.comparable?.display ?? '.',
              },
            ]
          : []),
        {
          header: t.difference,
          align: 'end',
          cell: (row: ViewRow) => formatDifference(row.difference),
        },
        {
          header: t.rank,
          align: 'end',
          cell: (row: ViewRow) => (row.rank === null ? '.' : String(row.rank)),
        },
      ]}
    />
  );
}
