import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { type ComputeSnapshotBody, SnapshotSummary } from '../../../shared/api/monitor';
import { ApiError, api } from '../../api/client';
import { FormSection } from '../../components/FormSection';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { SNAPSHOTS_KEY } from './monitorApi';

const t = nl.monitor.beheer;
const FIELD_IDS = { periodLabel: 'snapshot-period', correctionReason: 'snapshot-reason' };
const LABELS = { periodLabel: t.periodLabel, correctionReason: t.reason };

/** A field's message from the server, named plainly or with its place in the request ("body.x"). */
export function pickFieldErrors(error: unknown, fields: string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const all = error.fieldErrors();
  return Object.fromEntries(
    fields.flatMap((field) => {
      const message = all[field] ?? all[`body.${field}`] ?? all[`body/${field}`];
      return message ? [[field, message]] : [];
    }),
  );
}

/**
 * Computes a snapshot for a period. A period already published becomes a correction: a new version
 * that needs a reason (the server says so as a field error when it is missing).
 */
export function ComputeSnapshotForm() {
  const queryClient = useQueryClient();
  const { values, field, reset } = useFormValues({ periodLabel: '', correctionReason: '' });
  const compute = useMutation({
    mutationFn: async () => {
      const body: ComputeSnapshotBody = {
        periodLabel: values.periodLabel.trim(),
        ...(values.correctionReason.trim() ? { correctionReason: values.correctionReason.trim() } : {}),
      };
      return SnapshotSummary.parse(await api<unknown>('POST', '/api/monitor/snapshots', { body }));
    },
    onSuccess: async () => {
      reset();
      await queryClient.invalidateQueries({ queryKey: SNAPSHOTS_KEY });
    },
  });
  const errors = pickFieldErrors(compute.error, Object.keys(FIELD_IDS));
  function submit(event: FormEvent) {
    event.preventDefault();
    compute.mutate();
  }
  return (
    <FormSection
      id="snapshot-compute"
      title={t.computeTitle}
      success={compute.isSuccess && t.computed(compute.data.periodLabel, compute.data.version)}
    >
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {compute.isError && Object.keys(errors).length === 0 ? <ErrorState error={compute.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id={FIELD_IDS.periodLabel}
          label={t.periodLabel}
          description={t.periodHint}
          value={values.periodLabel}
          onChange={field('periodLabel')}
          required
          error={errors.periodLabel}
        />
        <TextArea
          id={FIELD_IDS.correctionReason}
          label={t.reason}
          description={t.reasonHint}
          value={values.correctionReason}
          onChange={field('correctionReason')}
          rows={3}
          error={errors.correctionReason}
        />
        <SubmitButton primary disabled={compute.isPending}>
          {compute.isPending ? t.computing : t.compute}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
