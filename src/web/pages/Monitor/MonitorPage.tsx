import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { HiddenNote, SnapshotNote } from '../../components/monitor/MonitorNotes';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { IndicatorSelect, SnapshotSelect } from './MonitorChoices';
import { MonitorNav } from './MonitorNav';
import { MonitorViewSection } from './MonitorViewSection';
import { defaultSnapshot, useCatalog, useSnapshots } from './monitorApi';
import { levelOfCode, type MonitorSearch, REGION_CODE } from './search';

const t = nl.monitor;

/**
 * The Monitor Toekomstagenda: one indicator for one snapshot and area, with the area's children,
 * the trend and (for a gemeente) its raadsrapportage. The choices live in the address.
 */
export function MonitorPage() {
  const search = useSearch({ strict: false }) as MonitorSearch;
  const navigate = useNavigate();
  const snapshots = useSnapshots();
  const catalog = useCatalog();
  const go = (next: MonitorSearch) => navigate({ to: '/monitor', search: { ...search, ...next } });

  const list = snapshots.data?.snapshots ?? [];
  const snapshot = list.find((candidate) => candidate.id === search.peilmoment) ?? defaultSnapshot(list);
  const indicators = catalog.data?.indicators ?? [];
  const indicator = indicators.find((candidate) => candidate.code === search.indicator) ?? indicators[0];
  const requested = search.gebied ?? REGION_CODE;
  // An indicator without figures at the chosen level (a survey has no wijken) starts at the region.
  const area = indicator && !indicator.levels.includes(levelOfCode(requested)) ? REGION_CODE : requested;

  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <Paragraph>{t.intro}</Paragraph>
      <MonitorNav peilmoment={search.peilmoment} gebied={search.gebied} />
      {snapshots.isPending || catalog.isPending ? <LoadingState /> : null}
      {snapshots.isError ? <ErrorState error={snapshots.error} onRetry={() => snapshots.refetch()} /> : null}
      {catalog.isError ? <ErrorState error={catalog.error} onRetry={() => catalog.refetch()} /> : null}
      {snapshots.isSuccess && list.length === 0 ? <Paragraph>{t.noSnapshots}</Paragraph> : null}
      {snapshot && indicator && catalog.data ? (
        <>
          <form
            className="samenhang-form"
            aria-label={t.choices}
            onSubmit={(event) => event.preventDefault()}
          >
            <SnapshotSelect snapshots={list} value={snapshot.id} onChange={(id) => go({ peilmoment: id })} />
            <IndicatorSelect
              indicators={indicators}
              value={indicator.code}
              onChange={(code) => {
                const next = indicators.find((candidate) => candidate.code === code);
                const keepArea = next?.levels.includes(levelOfCode(requested)) ?? false;
                go({ indicator: code, gebied: keepArea ? search.gebied : undefined });
              }}
            />
          </form>
          <SnapshotNote snapshot={snapshot} />
          <MonitorViewSection snapshotId={snapshot.id} indicator={indicator} areaCode={area} />
          <HiddenNote rule={catalog.data.disclosure.description} />
        </>
      ) : null}
    </>
  );
}
