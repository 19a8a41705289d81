import {
  Alert,
  DataSummary,
  DataSummaryItem,
  Fieldset,
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import { JEUGD_REFERRERS } from '../../../shared/api/front-door';
import type { ReferralView } from '../../../shared/api/wmo-jeugd';
import { ApiError, api } from '../../api/client';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

const t = nl.wmoJeugd.referral;

/** Jeugd: who referred the young person, and a second opinion when one was asked. */
export function CaseReferral({ detail }: { detail: CaseDetail }) {
  const referral = useQuery({
    queryKey: ['case-referral', detail.id],
    queryFn: () => api<ReferralView | null>('GET', `/api/cases/${detail.id}/referral`),
  });
  return (
    <section aria-labelledby="referral">
      <Heading level={2} id="referral">
        {t.title}
      </Heading>
      {referral.isPending ? <LoadingState /> : null}
      {referral.isError ? <ErrorState error={referral.error} /> : null}
      {referral.isSuccess ? (
        <>
          <ReferralSummary referral={referral.data} />
          {detail.closedOn ? null : (
            // Mounted once the record is read, so it starts from what is stored; it keeps what was saved.
            <ReferralForm detail={detail} referral={referral.data} />
          )}
        </>
      ) : null}
    </section>
  );
}

function ReferralSummary({ referral }: { referral: ReferralView | null }) {
  if (!referral) return <Paragraph>{t.none}</Paragraph>;
  const opinion = referral.secondOpinionBy
    ? [referral.secondOpinionBy, formatDate(referral.secondOpinionOn), referral.secondOpinionOutcome]
        .filter((part) => part && part !== '—')
        .join(' — ')
    : t.noSecondOpinion;
  return (
    <DataSummary>
      <DataSummaryItem
        itemKey={t.referrer}
        itemValue={[referral.referrerLabel, referral.referrerName].filter(Boolean).join(': ')}
      />
      <DataSummaryItem itemKey={t.secondOpinionLegend} itemValue={opinion} />
    </DataSummary>
  );
}

function ReferralForm({ detail, referral }: { detail: CaseDetail; referral: ReferralView | null }) {
  const queryClient = useQueryClient();
  const { values, field } = useFormValues({
    referrer: referral?.referrer ?? 'gemeente',
    referrerName: referral?.referrerName ?? '',
    secondOpinionBy: referral?.secondOpinionBy ?? '',
    secondOpinionOn: referral?.secondOpinionOn ?? '',
    secondOpinionOutcome: referral?.secondOpinionOutcome ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      api<ReferralView>('PUT', `/api/cases/${detail.id}/referral`, {
        body: {
          referrer: values.referrer,
          referrerName: values.referrerName,
          secondOpinionBy: values.secondOpinionBy,
          ...(values.secondOpinionOn ? { secondOpinionOn: values.secondOpinionOn } : {}),
          secondOpinionOutcome: values.secondOpinionOutcome,
        },
        headers: { 'if-match': `"${detail.version}"` },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['case-referral', detail.id] });
      await queryClient.invalidateQueries({ queryKey: ['case', detail.id] });
    },
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const stale = save.error instanceof ApiError && save.error.status === 409;
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <form className="samenhang-form" onSubmit={submit} noValidate>
      {save.isSuccess ? (
        <Alert type="ok">
          <Paragraph role="status">{t.saved}</Paragraph>
        </Alert>
      ) : null}
      {stale ? (
        <Alert type="warning">
          <Paragraph role="alert">{t.stale}</Paragraph>
        </Alert>
      ) : null}
      {save.isError && !stale && Object.keys(errors).length === 0 ? <ErrorState error={save.error} /> : null}
      <Fieldset legend={t.referrerLegend}>
        {/* No id: FormFieldSelect would give it to the label's for, not to the select. */}
        <FormFieldSelect
          label={t.referrer}
          value={values.referrer}
          invalid={Boolean(errors.referrer)}
          errorMessage={errors.referrer}
          onChange={(event) => field('referrer')(event.target.value)}
        >
          {Object.entries(JEUGD_REFERRERS).map(([code, label]) => (
            <SelectOption key={code} value={code}>
              {label}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <TextField
          id="referral-referrer-name"
          label={t.referrerName}
          description={t.referrerNameHint}
          value={values.referrerName}
          onChange={field('referrerName')}
          error={errors.referrerName}
        />
      </Fieldset>
      <Fieldset legend={t.secondOpinionLegend}>
        <Paragraph>{t.secondOpinionHint}</Paragraph>
        <TextField
          id="referral-second-opinion-by"
          label={t.secondOpinionBy}
          value={values.secondOpinionBy}
          onChange={field('secondOpinionBy')}
          error={errors.secondOpinionBy}
        />
        <TextField
          id="referral-second-opinion-on"
          label={t.secondOpinionOn}
          description={nl.wmoJeugd.appointments.dateHint}
          value={values.secondOpinionOn}
          onChange={field('secondOpinionOn')}
          error={errors.secondOpinionOn}
        />
        <TextArea
          id="referral-second-opinion-outcome"
          label={t.secondOpinionOutcome}
          value={values.secondOpinionOutcome}
          onChange={field('secondOpinionOutcome')}
          error={errors.secondOpinionOutcome}
        />
      </Fieldset>
      <SubmitButton primary disabled={save.isPending}>
        {t.save}
      </SubmitButton>
    </form>
  );
}
