import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { AccessLogEntry } from '../../../shared/api/registry';
import { api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

/** "Wie heeft deze gegevens bekeken": the person's access log, newest first. */
export function AccessLog({ personId }: { personId: string }) {
  const log = useInfiniteQuery({
    queryKey: ['access-log', personId],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<{ items: AccessLogEntry[]; nextCursor: string | null }>(
        'GET',
        `/api/persons/${personId}/access-log${queryString({ cursor: pageParam })}`,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="access-log">
      <Heading level={2} id="access-log">
        {nl.accessLog.title}
      </Heading>
      {log.isPending ? <LoadingState /> : null}
      {log.isError ? <ErrorState error={log.error} onRetry={() => log.refetch()} /> : null}
      {log.isSuccess && entries.length === 0 ? <Paragraph>{nl.accessLog.empty}</Paragraph> : null}
      {entries.length ? (
        <DataTable
          caption={nl.accessLog.caption}
          rows={entries}
          rowKey={(entry) => String(entry.seq)}
          columns={[
            { header: nl.accessLog.when, cell: (entry) => formatDateTime(entry.occurredAt) },
            { header: nl.accessLog.who, cell: (entry) => entry.actor ?? '—' },
            {
              header: nl.accessLog.what,
              cell: (entry) =>
                `${nl.accessLog.actions[entry.action] ?? entry.action}${entry.outcome === 'denied' ? ` ${nl.accessLog.denied}` : ''}`,
            },
            {
              header: nl.accessLog.why,
              cell: (entry) =>
                entry.purpose ? (nl.accessLog.purposes[entry.purpose] ?? entry.purpose) : '—',
            },
          ]}
        />
      ) : null}
      {log.hasNextPage ? (
        <Button appearance="secondary-action-button" onClick={() => log.fetchNextPage()}>
          {nl.accessLog.more}
        </Button>
      ) : null}
    </section>
  );
}
