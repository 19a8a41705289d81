import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import type { Area } from '../../../shared/api/registry';
import { api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatNumber } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

export function AreasTable({ level }: { level?: 'gemeente' | 'wijk' }) {
  const areas = useQuery({
    queryKey: ['areas', level ?? 'all'],
    queryFn: () => api<Area[]>('GET', `/api/areas${queryString({ level })}`),
  });
  if (areas.isPending) return <LoadingState />;
  if (areas.isError) return <ErrorState error={areas.error} onRetry={() => areas.refetch()} />;
  const names = new Map(areas.data.map((area) => [area.code, area.name]));
  return (
    <>
      <DataTable
        caption={nl.areas.caption}
        rows={areas.data}
        rowKey={(area) => area.code}
        columns={[
          { header: nl.areas.code, cell: (area) => area.code },
          {
            header: nl.areas.name,
            rowHeader: true,
            cell: (area) => (
              <>
                {area.name}
                {area.parentCode && names.get(area.parentCode) ? (
                  <span className="samenhang-muted"> ({names.get(area.parentCode)})</span>
                ) : null}
              </>
            ),
          },
          { header: nl.areas.level, cell: (area) => nl.areas.levels[area.level] ?? area.level },
          { header: nl.areas.inhabitants, align: 'end', cell: (area) => formatNumber(area.inhabitants) },
          { header: nl.areas.boundaries, cell: (area) => (area.hasGeometry ? nl.areas.yes : nl.areas.no) },
        ]}
      />
      {/* The attribution as the data carries it ("Bron: CBS, …"), once per distinct source. */}
      {[...new Set(areas.data.flatMap((area) => (area.source ? [area.source] : [])))].map((source) => (
        <Paragraph key={source} className="samenhang-muted">
          {source}
        </Paragraph>
      ))}
    </>
  );
}

export function AreasPage() {
  return (
    <>
      <PageTitle>{nl.areas.title}</PageTitle>
      <Paragraph>{nl.areas.intro}</Paragraph>
      <AreasTable />
    </>
  );
}
