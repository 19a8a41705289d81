import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { type CaseDetail, CHANNELS } from '../../../shared/api/cases';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

interface CaseListItem {
  id: string;
  number: string;
  caseTypeName: string;
  status: string;
  receivedOn: string;
  legalDeadline: string | null;
  closedOn: string | null;
}
interface CaseTypeOption {
  code: string;
  name: string;
}

/** The person's cases and the form to open a new one. */
export function PersonCases({ personId }: { personId: string }) {
  const cases = useQuery({
    queryKey: ['cases', personId],
    queryFn: () => api<CaseListItem[]>('GET', `/api/cases?personId=${personId}`),
  });
  const caseTypes = useQuery({
    queryKey: ['case-types'],
    queryFn: () => api<CaseTypeOption[]>('GET', '/api/case-types'),
  });
  const navigate = useNavigate();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const { values, field } = useFormValues({
    caseTypeCode: '',
    receivedOn: today,
    channel: 'balie',
    contestedDecisionDate: '',
  });
  const create = useMutation({
    mutationFn: () =>
      api<CaseDetail>('POST', '/api/cases', {
        body: {
          personId,
          caseTypeCode: values.caseTypeCode,
          receivedOn: values.receivedOn,
          channel: values.channel,
          ...(values.contestedDecisionDate ? { contestedDecisionDate: values.contestedDecisionDate } : {}),
        },
      }),
    onSuccess: async (created) => {
      await navigate({ to: '/zaken/$id', params: { id: created.id } });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <section aria-labelledby="cases">
      <Heading level={2} id="cases">
        {nl.cases.title}
      </Heading>
      {cases.isPending ? <LoadingState /> : null}
      {cases.isError ? <ErrorState error={cases.error} /> : null}
      {cases.isSuccess && cases.data.length === 0 ? <Paragraph>{nl.cases.none}</Paragraph> : null}
      {cases.isSuccess && cases.data.length > 0 ? (
        <DataTable
          caption={nl.cases.caption}
          rows={cases.data}
          rowKey={(item) => item.id}
          columns={[
            {
              header: nl.cases.number,
              rowHeader: true,
              cell: (item) => (
                <Link to="/zaken/$id" params={{ id: item.id }}>
                  {item.number}
                </Link>
              ),
            },
            { header: nl.cases.type, cell: (item) => item.caseTypeName },
            {
              header: nl.cases.status,
              cell: (item) =>
                item.closedOn ? `${nl.cases.closed} ${formatDate(item.closedOn)}` : item.status,
            },
            { header: nl.cases.legalDeadline, cell: (item) => formatDate(item.legalDeadline) },
          ]}
        />
      ) : null}
      <Heading level={3}>{nl.cases.newTitle}</Heading>
      {create.isError && !(create.error instanceof ApiError && create.error.problem.errors) ? (
        <ErrorState error={create.error} />
      ) : null}
      <ErrorSummary
        errors={errors}
        fieldIds={{ receivedOn: 'case-received', contestedDecisionDate: 'case-contested' }}
        labels={{
          caseTypeCode: nl.cases.type,
          receivedOn: nl.cases.receivedOn,
          channel: nl.cases.channel,
          contestedDecisionDate: nl.cases.contestedDecisionDate,
        }}
      />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <FormFieldSelect
          label={nl.cases.type}
          value={values.caseTypeCode}
          invalid={Boolean(errors.caseTypeCode)}
          errorMessage={errors.caseTypeCode}
          onChange={(event) => field('caseTypeCode')(event.target.value)}
        >
          <SelectOption value="">—</SelectOption>
          {(caseTypes.data ?? []).map((type) => (
            <SelectOption key={type.code} value={type.code}>
              {type.name}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <TextField
          id="case-received"
          label={nl.cases.receivedOn}
          description={nl.cases.dateHint}
          value={values.receivedOn}
          onChange={field('receivedOn')}
          error={errors.receivedOn}
        />
        <FormFieldSelect
          label={nl.cases.channel}
          value={values.channel}
          onChange={(event) => field('channel')(event.target.value)}
        >
          {CHANNELS.map((channel) => (
            <SelectOption key={channel} value={channel}>
              {channel}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <TextField
          id="case-contested"
          label={nl.cases.contestedDecisionDate}
          description={nl.cases.contestedHint}
          value={values.contestedDecisionDate}
          onChange={field('contestedDecisionDate')}
          error={errors.contestedDecisionDate}
        />
        <SubmitButton primary disabled={create.isPending}>
          {nl.cases.create}
        </SubmitButton>
      </form>
    </section>
  );
}
