import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import type { Area } from '../../../shared/api/registry';
import { api, queryString } from '../../api/client';
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
      <div className="samenhang-table-wrap">
        <Table>
          <TableCaption>{nl.areas.caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{nl.areas.code}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.areas.name}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.areas.level}</TableHeaderCell>
              <TableHeaderCell scope="col" alignCell="end">
                {nl.areas.inhabitants}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{nl.areas.boundaries}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {areas.data.map((area) => (
              <TableRow key={area.code}>
                <TableCell>{area.code}</TableCell>
                <TableHeaderCell scope="row">
                  {area.name}
                  {area.parentCode && names.get(area.parentCode) ? (
                    <span className="samenhang-muted"> ({names.get(area.parentCode)})</span>
                  ) : null}
                </TableHeaderCell>
                <TableCell>{nl.areas.levels[area.level] ?? area.level}</TableCell>
                <TableCell alignCell="end">{formatNumber(area.inhabitants)}</TableCell>
                <TableCell>{area.hasGeometry ? nl.areas.yes : nl.areas.no}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph className="samenhang-muted">{nl.areas.source}</Paragraph>
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
