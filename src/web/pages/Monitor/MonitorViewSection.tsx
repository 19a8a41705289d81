import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { IndicatorSummary } from '../../../shared/api/monitor';
import { SourceNote } from '../../components/monitor/MonitorNotes';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { AreaBreadcrumb } from './AreaBreadcrumb';
import { AreaFigures } from './AreaFigures';
import { BreakdownTable } from './BreakdownTable';
import { ChildAreas } from './ChildAreas';
import { useView } from './monitorApi';
import { ReportLinks } from './ReportLinks';
import { gemeenteOf } from './search';
import { TrendSection } from './TrendSection';
import { useFocusOnAreaChange } from './useFocusOnAreaChange';

const t = nl.monitor;

/** Everything about one indicator in one area for one snapshot. */
export function MonitorViewSection(props: {
  snapshotId: string;
  indicator: IndicatorSummary;
  areaCode: string;
}) {
  const view = useView(props.snapshotId, props.indicator.code, props.areaCode);
  useFocusOnAreaChange(view.data?.area.code, 'monitor-figures');
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => view.refetch()} />;
  const data = view.data;
  const gemeente = gemeenteOf(data.area, data.parent);
  const gemeenteName = data.area.level === 'gemeente' ? data.area.name : data.parent?.name;
  return (
    <>
      <AreaBreadcrumb area={data.area} parent={data.parent} to="/monitor" />
      <section aria-labelledby="monitor-figures">
        <Heading level={2} id="monitor-figures" tabIndex={-1}>
          {t.figuresTitle(data.area.name)}
        </Heading>
        <AreaFigures view={data} />
        <Heading level={3}>{t.definition}</Heading>
        <Paragraph>{data.indicator.definition}</Paragraph>
        <SourceNote source={data.source} />
      </section>
      {gemeente && gemeenteName ? (
        <ReportLinks gemeente={gemeente} name={gemeenteName} snapshotId={data.snapshot.id} />
      ) : null}
      <ChildAreas view={data} />
      {data.breakdown.length > 0 ? <BreakdownTable view={data} /> : null}
      <TrendSection indicator={data.indicator.code} area={data.area.code} />
    </>
  );
}
