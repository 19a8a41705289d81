import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDateTime, formatNumber } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { type ImportItem, readImportList } from './importMapping';

const t = nl.monitor.imports;

/** The files read before, newest as the server lists them. */
export function ImportHistory() {
  const imports = useQuery({
    queryKey: ['monitor', 'imports'],
    queryFn: async () => readImportList(await api<unknown>('GET', '/api/monitor/imports')),
    retry: false,
  });
  return (
    <section aria-labelledby="import-history">
      <Heading level={2} id="import-history">
        {t.historyTitle}
      </Heading>
      {imports.isPending ? <LoadingState /> : null}
      {imports.isError ? <ErrorState error={imports.error} onRetry={() => imports.refetch()} /> : null}
      {imports.isSuccess && imports.data.length === 0 ? <Paragraph>{t.none}</Paragraph> : null}
      {imports.isSuccess && imports.data.length > 0 ? (
        <DataTable
          caption={t.historyCaption}
          rows={imports.data.map((item, index) => ({ ...item, key: item.id ?? String(index) }))}
          rowKey={(item) => item.key}
          columns={[
            { header: t.fileName, rowHeader: true, cell: (item: ImportItem) => item.fileName ?? '—' },
            {
              header: t.kind,
              cell: (item: ImportItem) => (item.kind ? (t.kinds[item.kind] ?? item.kind) : '—'),
            },
            { header: t.by, cell: (item: ImportItem) => item.importedByName ?? '—' },
            {
              header: t.when,
              cell: (item: ImportItem) => {
                const when = item.importedAt ?? item.createdAt;
                return when ? formatDateTime(when) : '—';
              },
            },
            {
              header: t.valuesAccepted,
              align: 'end',
              cell: (item: ImportItem) =>
                item.valuesAccepted === undefined ? '—' : formatNumber(item.valuesAccepted),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
