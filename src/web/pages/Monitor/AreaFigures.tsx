import type { MonitorView } from '../../../shared/api/monitor';
import { formatDifference } from '../../components/monitor/ranking';
import { nl } from '../../messages/nl';
import { showsComparable, valueLabel } from './comparable';
import { useView } from './monitorApi';

const t = nl.monitor;

/**
 * The area's figure beside the region's. The difference and rank come from the parent's view (the
 * server computes them per child area), so the client never does arithmetic on figures.
 */
export function AreaFigures({ view }: { view: MonitorView }) {
  const isRegion = view.area.level === 'regio';
  const comparable = showsComparable(view);
  const parent = useView(view.snapshot.id, view.indicator.code, isRegion ? undefined : view.parent?.code);
  const row = parent.data?.rows.find((candidate) => candidate.area.code === view.area.code);
  return (
    <dl className="monitor-figures">
      <div>
        <dt>{`${view.area.name}: ${valueLabel(view.indicator.unit).toLowerCase()}`}</dt>
        <dd>{view.value.display}</dd>
      </div>
      {comparable && view.comparable ? (
        <div>
          <dt>{`${view.area.name}: ${view.comparableLabel}`}</dt>
          <dd>{view.comparable.display}</dd>
        </div>
      ) : null}
      {isRegion ? null : (
        <div>
          <dt>{`${t.regionValue}: ${(comparable ? view.comparableLabel : null) ?? valueLabel(view.indicator.unit).toLowerCase()}`}</dt>
          <dd>{(comparable ? view.regionComparable?.display : undefined) ?? view.region.display}</dd>
        </div>
      )}
      {row ? (
        <div>
          <dt>{t.difference}</dt>
          <dd>{formatDifference(row.difference)}</dd>
        </div>
      ) : null}
      {row && row.rank !== null && parent.data ? (
        <div>
          <dt>{t.rank}</dt>
          <dd>{t.rankOf(row.rank, parent.data.rows.length)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
