import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { IntakeMatch } from '../../../shared/api/intakes';
import { ApiError, api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

type Match = z.infer<typeof IntakeMatch>;

/** The duplicate check: persons like the one reported, with what is already open for them. */
export function PersonMatches(props: { onChoose: (person: { id: string; displayName: string }) => void }) {
  const { values, field } = useFormValues({ q: '', birthDate: '' });
  const [query, setQuery] = useState<{ q: string; birthDate: string } | null>(null);
  const matches = useQuery({
    queryKey: ['intake-matches', query],
    queryFn: () => api<Match[]>('GET', `/api/intakes/matches${queryString(query ?? {})}`),
    enabled: query !== null,
  });
  const errors = matches.error instanceof ApiError ? matches.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery({ ...values });
  }
  return (
    <>
      <form className="samenhang-form" onSubmit={submit} aria-label={nl.intake.search}>
        <TextField
          id="intake-q"
          type="search"
          label={nl.intake.searchLabel}
          description={nl.intake.searchHint}
          value={values.q}
          onChange={field('q')}
          error={errors.q}
        />
        <TextField
          id="intake-birth-date"
          type="date"
          label={nl.intake.birthDate}
          value={values.birthDate}
          onChange={field('birthDate')}
          error={errors.birthDate}
        />
        <SubmitButton>{nl.intake.search}</SubmitButton>
      </form>
      {matches.isFetching ? <LoadingState /> : null}
      {matches.isError && !(matches.error instanceof ApiError && matches.error.status === 422) ? (
        <ErrorState error={matches.error} />
      ) : null}
      {matches.isSuccess && matches.data.length === 0 ? (
        <Paragraph role="status">{nl.intake.noMatches}</Paragraph>
      ) : null}
      {matches.isSuccess && matches.data.length > 0 ? (
        <DataTable
          caption={nl.intake.matchesCaption}
          rows={matches.data}
          rowKey={(match) => match.id}
          columns={[
            { header: nl.intake.person, rowHeader: true, cell: (match) => match.displayName },
            { header: nl.intake.birthDate, cell: (match) => formatDate(match.birthDate) },
            { header: nl.intake.address, cell: (match) => match.address ?? '—' },
            {
              header: nl.intake.openWork,
              cell: (match) =>
                [
                  match.openCases.length > 0 ? nl.intake.openCases(match.openCases.length) : null,
                  match.openIntakes > 0 ? nl.intake.openIntakes(match.openIntakes) : null,
                ]
                  .filter(Boolean)
                  .join(', ') || nl.intake.nothingOpen,
            },
            {
              header: <span className="visually-hidden">{nl.intake.choose('')}</span>,
              cell: (match) => (
                <BusyAwareButton onClick={() => props.onChoose(match)}>
                  {nl.intake.choose(match.displayName)}
                </BusyAwareButton>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
