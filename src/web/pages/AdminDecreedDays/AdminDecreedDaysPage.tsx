import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { FormSection } from '../../components/FormSection';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

interface DecreedDay {
  date: string;
  name: string;
  decree: string;
}

/**
 * The days a royal decree equates with a holiday (Algemene termijnenwet art. 3 lid 3). Deadlines
 * skip them; functioneel beheer adds a day as soon as a new decree is published.
 */
export function AdminDecreedDaysPage() {
  const days = useQuery({
    queryKey: ['decreed-days'],
    queryFn: () => api<DecreedDay[]>('GET', '/api/decreed-days'),
  });
  return (
    <>
      <PageTitle>{nl.decreedDays.title}</PageTitle>
      <Paragraph>{nl.decreedDays.intro}</Paragraph>
      {days.isPending ? <LoadingState /> : null}
      {days.isError ? <ErrorState error={days.error} onRetry={() => days.refetch()} /> : null}
      {days.isSuccess ? (
        <DataTable
          caption={nl.decreedDays.caption}
          rows={days.data}
          rowKey={(day) => day.date}
          columns={[
            { header: nl.decreedDays.date, rowHeader: true, cell: (day) => formatDate(day.date) },
            { header: nl.decreedDays.name, cell: (day) => day.name },
            { header: nl.decreedDays.decree, cell: (day) => day.decree },
          ]}
        />
      ) : null}
      <NewDecreedDay />
    </>
  );
}

function NewDecreedDay() {
  const queryClient = useQueryClient();
  const { values: form, field: set, reset } = useFormValues({ date: '', name: '', decree: '' });
  const add = useMutation({
    mutationFn: () => api<DecreedDay[]>('POST', '/api/decreed-days', { body: form }),
    onSuccess: (list) => {
      reset();
      queryClient.setQueryData(['decreed-days'], list);
    },
  });
  const errors = add.error instanceof ApiError ? add.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate();
  }
  return (
    <FormSection
      id="new-decreed-day"
      title={nl.decreedDays.newTitle}
      success={add.isSuccess && nl.decreedDays.added}
    >
      <ErrorSummary
        errors={errors}
        fieldIds={{ date: 'decreed-date', name: 'decreed-name', decree: 'decreed-decree' }}
        labels={{ date: nl.decreedDays.date, name: nl.decreedDays.name, decree: nl.decreedDays.decree }}
      />
      {add.error && !(add.error instanceof ApiError && add.error.status === 422) ? (
        <ErrorState error={add.error} />
      ) : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id="decreed-date"
          type="date"
          label={nl.decreedDays.date}
          value={form.date}
          onChange={set('date')}
          error={errors.date}
        />
        <TextField
          id="decreed-name"
          label={nl.decreedDays.name}
          description={nl.decreedDays.nameHint}
          value={form.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          id="decreed-decree"
          label={nl.decreedDays.decree}
          description={nl.decreedDays.decreeHint}
          value={form.decree}
          onChange={set('decree')}
          error={errors.decree}
        />
        <SubmitButton disabled={add.isPending}>{nl.decreedDays.add}</SubmitButton>
      </form>
    </FormSection>
  );
}
