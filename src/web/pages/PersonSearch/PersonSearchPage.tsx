import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { PersonSearchResponse } from '../../../shared/api/registry';
import { ApiError, api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatAddress, formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

type Criteria = { q: string; bsn: string; postcode: string; houseNumber: string; birthDate: string };
const empty: Criteria = { q: '', bsn: '', postcode: '', houseNumber: '', birthDate: '' };
const FIELD_IDS = {
  q: 'q',
  bsn: 'bsn',
  postcode: 'postcode',
  houseNumber: 'houseNumber',
  birthDate: 'birthDate',
};
const LABELS = {
  q: nl.search.name,
  bsn: nl.search.bsn,
  postcode: nl.search.postcode,
  houseNumber: nl.search.houseNumber,
  birthDate: nl.search.birthDate,
};

/**
 * The last search lives in the query cache (not in the address bar, where names and BSNs would
 * reach browser history and server logs), so "back" from a person returns to the same results.
 * Logging out clears it with the rest of the cache.
 */
const LAST_SEARCH = ['person-search-criteria'] as const;

export function PersonSearchPage() {
  const queryClient = useQueryClient();
  const last = queryClient.getQueryData<Criteria>(LAST_SEARCH) ?? null;
  const { values: form, field: set } = useFormValues<Criteria>(last ?? empty);
  const [submitted, setSubmitted] = useState<Criteria | null>(last);
  const results = useInfiniteQuery({
    queryKey: ['persons', submitted],
    enabled: submitted !== null,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<PersonSearchResponse>(
        'GET',
        `/api/persons${queryString({ ...submitted, cursor: pageParam, limit: 25 })}`,
      ),
    getNextPageParam: (page) => page.nextCursor,
    retry: false,
  });
  const fieldErrors = results.error instanceof ApiError ? results.error.fieldErrors() : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    queryClient.setQueryData(LAST_SEARCH, { ...form });
    setSubmitted({ ...form });
  }

  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  // Keyboard and screen-reader users continue at the first new result.
  async function loadMore() {
    const before = items.length;
    const next = await results.fetchNextPage();
    const first = next.data?.pages.flatMap((page) => page.items)[before];
    if (first) focusById(`result-${first.id}`);
  }
  return (
    <>
      <PageTitle>{nl.search.title}</PageTitle>
      <Paragraph>{nl.search.intro}</Paragraph>
      <ErrorSummary errors={fieldErrors} fieldIds={FIELD_IDS} labels={LABELS} />
      <form className="samenhang-form" onSubmit={submit}>
        <TextField
          id="q"
          label={nl.search.name}
          value={form.q}
          onChange={set('q')}
          type="search"
          error={fieldErrors.q}
        />
        <div className="samenhang-form-row">
          <TextField
            id="bsn"
            label={nl.search.bsn}
            value={form.bsn}
            onChange={set('bsn')}
            inputMode="numeric"
            error={fieldErrors.bsn}
          />
          <TextField
            id="birthDate"
            label={nl.search.birthDate}
            value={form.birthDate}
            onChange={set('birthDate')}
            description={nl.search.birthDateHint}
            error={fieldErrors.birthDate}
          />
        </div>
        <div className="samenhang-form-row">
          <TextField
            id="postcode"
            label={nl.search.postcode}
            value={form.postcode}
            onChange={set('postcode')}
            error={fieldErrors.postcode}
          />
          <TextField
            id="houseNumber"
            label={nl.search.houseNumber}
            value={form.houseNumber}
            onChange={set('houseNumber')}
            error={fieldErrors.houseNumber}
          />
        </div>
        <SubmitButton primary>{nl.search.submit}</SubmitButton>
      </form>
      <Paragraph>
        <Link to="/personen/nieuw">{nl.search.register}</Link>
      </Paragraph>
      {submitted && results.isPending ? <LoadingState /> : null}
      {results.isError && Object.keys(fieldErrors).length === 0 ? (
        <ErrorState error={results.error} onRetry={() => results.refetch()} />
      ) : null}
      {results.isSuccess ? (
        <section aria-live="polite">
          <Paragraph role="status">
            {items.length ? nl.search.results(items.length) : nl.search.none}
          </Paragraph>
          {items.length ? (
            <DataTable
              caption={nl.search.caption}
              rows={items}
              rowKey={(person) => person.id}
              columns={[
                {
                  header: nl.search.columns.name,
                  rowHeader: true,
                  cell: (person) => (
                    <Link to="/personen/$id" params={{ id: person.id }} id={`result-${person.id}`}>
                      {person.displayName}
                    </Link>
                  ),
                },
                { header: nl.search.columns.bsn, cell: (person) => person.bsn ?? '—' },
                { header: nl.search.columns.birthDate, cell: (person) => formatDate(person.birthDate) },
                { header: nl.search.columns.address, cell: (person) => formatAddress(person.address) },
              ]}
            />
          ) : null}
          {results.hasNextPage ? (
            <BusyAwareButton busy={results.isFetchingNextPage} onClick={loadMore}>
              {nl.search.more}
            </BusyAwareButton>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
