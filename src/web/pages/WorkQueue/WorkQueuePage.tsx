import {
  Button,
  Checkbox,
  FormFieldSelect,
  Link,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link as RouterLink } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { WorkQueueResponse } from '../../../shared/api/cases';
import { api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';

type Page = z.infer<typeof WorkQueueResponse>;
const DOMAINS = [
  'participatie',
  'inkomen',
  'minima',
  'handhaving',
  'wmo',
  'jeugd',
  'onderwijs',
  'bedrijfsvoering',
];

export function WorkQueuePage() {
  const [draft, setDraft] = useState({ domain: '', overdue: false });
  const [filter, setFilter] = useState(draft);
  const queue = useInfiniteQuery({
    queryKey: ['work-queue', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<Page>(
        'GET',
        `/api/work-queue${queryString({ domain: filter.domain, overdue: filter.overdue ? 'true' : undefined, cursor: pageParam, limit: 50 })}`,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  function submit(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
  }
  return (
    <>
      <PageTitle>{nl.queue.title}</PageTitle>
      <Paragraph>{nl.queue.intro}</Paragraph>
      <form className="samenhang-form" onSubmit={submit}>
        <FormFieldSelect
          label={nl.queue.domain}
          value={draft.domain}
          onChange={(event) => setDraft({ ...draft, domain: event.target.value })}
        >
          <SelectOption value="">{nl.queue.allDomains}</SelectOption>
          {DOMAINS.map((domain) => (
            <SelectOption key={domain} value={domain}>
              {domain}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <div>
          <Checkbox
            id="overdue"
            checked={draft.overdue}
            onChange={() => setDraft({ ...draft, overdue: !draft.overdue })}
          />{' '}
          <label htmlFor="overdue">{nl.queue.overdueOnly}</label>
        </div>
        <SubmitButton>{nl.queue.filter}</SubmitButton>
      </form>
      <Paragraph>
        <Link
          href={`/api/work-queue/export${queryString({ domain: filter.domain, overdue: filter.overdue ? 'true' : undefined })}`}
          download="werkvoorraad.csv"
        >
          {nl.queue.export}
        </Link>
      </Paragraph>
      {queue.isPending ? <LoadingState /> : null}
      {queue.isError ? <ErrorState error={queue.error} onRetry={() => queue.refetch()} /> : null}
      {queue.isSuccess && items.length === 0 ? <Paragraph>{nl.queue.empty}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable
          caption={nl.queue.caption}
          rows={items}
          rowKey={(item) => item.id}
          columns={[
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
            {
              header: nl.queue.signals,
              cell: (item) =>
                item.signals.map((signal) => nl.queue.signalNames[signal] ?? signal).join(', ') || '—',
            },
          ]}
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
