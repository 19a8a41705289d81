import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { DataTable } from '../../components/DataTable';
import { HiddenNote, SnapshotNote, SourceNote } from '../../components/monitor/MonitorNotes';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { AreaBreadcrumb } from './AreaBreadcrumb';
import { SnapshotSelect } from './MonitorChoices';
import { MonitorNav } from './MonitorNav';
import { defaultSnapshot, useCatalog, useParentGemeente, useSamenloop, useSnapshots } from './monitorApi';
import { SamenloopSection } from './SamenloopTables';
import { type MonitorSearch, REGION_CODE } from './search';
import { useFocusOnAreaChange } from './useFocusOnAreaChange';

const t = nl.monitor.samenloop;

/** Samenloop: persons and households with provisions under more than one law, per child area. */
export function SamenloopPage() {
  const search = useSearch({ strict: false }) as MonitorSearch;
  const navigate = useNavigate();
  const snapshots = useSnapshots();
  const catalog = useCatalog();
  const list = snapshots.data?.snapshots ?? [];
  const snapshot = list.find((candidate) => candidate.id === search.peilmoment) ?? defaultSnapshot(list);
  const samenloop = useSamenloop(snapshot?.id, search.gebied ?? REGION_CODE);
  const data = samenloop.data;
  const parent = useParentGemeente(data?.area);
  useFocusOnAreaChange(data?.area.code, 'samenloop-personen');
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <Paragraph>{t.intro}</Paragraph>
      <MonitorNav peilmoment={search.peilmoment} gebied={search.gebied} />
      {snapshots.isPending ? <LoadingState /> : null}
      {snapshots.isError ? <ErrorState error={snapshots.error} onRetry={() => snapshots.refetch()} /> : null}
      {snapshots.isSuccess && list.length === 0 ? <Paragraph>{nl.monitor.noSnapshots}</Paragraph> : null}
      {snapshot ? (
        <>
          <form
            className="samenhang-form"
            aria-label={nl.monitor.choices}
            onSubmit={(event) => event.preventDefault()}
          >
            <SnapshotSelect
              snapshots={list}
              value={snapshot.id}
              onChange={(id) => navigate({ to: '/monitor/samenloop', search: { ...search, peilmoment: id } })}
            />
          </form>
          <SnapshotNote snapshot={snapshot} />
        </>
      ) : null}
      {snapshot && samenloop.isPending ? <LoadingState /> : null}
      {samenloop.isError ? <ErrorState error={samenloop.error} onRetry={() => samenloop.refetch()} /> : null}
      {data ? (
        <>
          <AreaBreadcrumb area={data.area} parent={parent} to="/monitor/samenloop" />
          <SamenloopSection id="samenloop-personen" title={t.persons} table={data.persons} area={data.area} />
          <SamenloopSection
            id="samenloop-huishoudens"
            title={t.households}
            table={data.households}
            area={data.area}
          />
          <section aria-labelledby="samenloop-per-persoon">
            <Heading level={2} id="samenloop-per-persoon">
              {t.perPersonTitle}
            </Heading>
            <DataTable
              caption={t.perPersonCaption(data.area.name)}
              rows={data.provisionsPerPerson}
              rowKey={(row) => row.label}
              columns={[
                { header: t.provisions, rowHeader: true, cell: (row) => row.label },
                { header: t.personsColumn, align: 'end', cell: (row) => row.value.display },
              ]}
            />
          </section>
          <SourceNote source={data.source} />
          {catalog.data ? <HiddenNote rule={catalog.data.disclosure.description} /> : null}
        </>
      ) : null}
    </>
  );
}
