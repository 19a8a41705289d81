import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { TrendChart } from '../../components/monitor/TrendChart';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { useTrend } from './monitorApi';

const t = nl.monitor;

/** The indicator in this area over the published snapshots. */
export function TrendSection(props: { indicator: string; area: string }) {
  const trend = useTrend(props.indicator, props.area);
  return (
    <section aria-labelledby="monitor-trend">
      <Heading level={2} id="monitor-trend">
        {t.trendTitle}
      </Heading>
      {trend.isPending ? <LoadingState /> : null}
      {trend.isError ? <ErrorState error={trend.error} onRetry={() => trend.refetch()} /> : null}
      {trend.isSuccess && trend.data.points.length === 0 ? <Paragraph>{t.trendNone}</Paragraph> : null}
      {trend.isSuccess && trend.data.points.length > 0 ? <TrendChart trend={trend.data} /> : null}
    </section>
  );
}
