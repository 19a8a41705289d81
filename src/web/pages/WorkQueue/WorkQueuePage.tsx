import { Button, Checkbox, Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link as RouterLink } from '@tanstack/react-router';
import { useState } from 'react';
import type { z } from 'zod';
import type { WorkQueueResponse } from '../../../shared/api/cases';
import { api, queryString } from '../../api/client';
import { hasRole, useSession } from '../../api/session';
import { type Column, DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { AssignPanel } from './AssignPanel';
import { QueueFilterForm } from './QueueFilterForm';
import { NO_FILTER, type QueueFilter, queueParams } from './queueFilter';

type Page = z.infer<typeof WorkQueueResponse>;
type Item = Page['items'][number];

export function WorkQueuePage() {
  const { user } = useSession();
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const queue = useInfiniteQuery({
    queryKey: ['work-queue', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page>(
        'GET',
        `/api/work-queue${queryString({ ...queueParams(filter), cursor: pageParam, limit: 50 })}`,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
  if (!user) return null;
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const manages = hasRole(user, 'teammanager');
  // Assigning needs one team: with several teams, the manager picks one in the filter first.
  const teamId = filter.team || (user.teams.length === 1 ? (user.teams[0]?.id ?? null) : null);
  const exportQuery = queueParams(filter);

  function apply(next: QueueFilter) {
    setSelected(new Set());
    setFilter(next);
  }
  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }
  const allShown = items.length > 0 && items.every((item) => selected.has(item.id));

  const selectColumn: Column<Item> = {
    header: (
      <>
        <Checkbox
          id="queue-select-all"
          checked={allShown}
          onChange={() => setSelected(allShown ? new Set() : new Set(items.map((item) => item.id)))}
        />
        <label htmlFor="queue-select-all" className="visually-hidden">
          {nl.queue.selectAll}
        </label>
      </>
    ),
    cell: (item) => (
      <>
        <Checkbox
          id={`queue-select-${item.id}`}
          checked={selected.has(item.id)}
          onChange={() => toggle(item.id)}
        />
        <label htmlFor={`queue-select-${item.id}`} className="visually-hidden">
          {nl.queue.select(item.number)}
        </label>
      </>
    ),
  };
  const columns: Column<Item>[] = [
    {
      header: nl.cases.number,
      rowHeader: true,
      cell: (item) => (
        <RouterLink to="/zaken/$id" params={{ id: item.id }}>
          {item.number}
        </RouterLink>
      ),
    },
    { header: nl.cases.type, cell: (item) => item.caseType.name },
    { header: nl.queue.person, cell: (item) => item.person.displayName },
    { header: nl.cases.status, cell: (item) => (item.suspended ? nl.cases.suspended : item.status) },
    {
      header: nl.queue.deadline,
      cell: (item) =>
        item.legalDeadline
          ? `${formatDate(item.legalDeadline)} (${nl.cases.daysLeft(item.daysLeft ?? 0)})`
          : '—',
    },
    { header: nl.queue.assignee, cell: (item) => item.assigneeName ?? nl.queue.nobody },
    {
      header: nl.queue.signals,
      cell: (item) => item.signals.map((signal) => nl.queue.signalNames[signal] ?? signal).join(', ') || '—',
    },
  ];

  return (
    <>
      <PageTitle>{nl.queue.title}</PageTitle>
      <Paragraph>{nl.queue.intro}</Paragraph>
      <QueueFilterForm user={user} value={filter} onApply={apply} />
      <section aria-labelledby="queue-downloads">
        <Heading level={2} id="queue-downloads" appearanceLevel={4}>
          {nl.queue.downloads}
        </Heading>
        <Paragraph>{nl.queue.exportNote}</Paragraph>
        <Paragraph>
          <Link href={`/api/work-queue/export${queryString(exportQuery)}`} download="werkvoorraad.csv">
            {nl.queue.exportCsv}
          </Link>
          {' · '}
          <Link
            href={`/api/work-queue/export${queryString({ ...exportQuery, format: 'xlsx' })}`}
            download="werkvoorraad.xlsx"
          >
            {nl.queue.exportXlsx}
          </Link>
        </Paragraph>
      </section>
      {manages ? (
        <AssignPanel teamId={teamId} selected={[...selected]} onDone={() => setSelected(new Set())} />
      ) : null}
      {queue.isPending ? <LoadingState /> : null}
      {queue.isError ? <ErrorState error={queue.error} onRetry={() => queue.refetch()} /> : null}
      {queue.isSuccess && items.length === 0 ? <Paragraph>{nl.queue.empty}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          caption={nl.queue.caption}
          rows={items}
          rowKey={(item) => item.id}
          columns={manages && teamId ? [selectColumn, ...columns] : columns}
        />
      ) : null}
      {queue.hasNextPage ? (
        <Button appearance="secondary-action-button" onClick={() => queue.fetchNextPage()}>
          {nl.queue.more}
        </Button>
      ) : null}
    </>
  );
}
