import { Alert, Fieldset, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import type { AppointmentView } from '../../../shared/api/wmo-jeugd';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';
import { ErrorState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

const t = nl.wmoJeugd.appointments;

/**
 * Date and time as typed, read in the browser's time zone (the consultant's, in the Netherlands)
 * and sent with its offset; what cannot be read goes as typed, so the server names the field.
 */
function startsAtOf(date: string, time: string): string {
  const local = new Date(`${date}T${time}`);
  return Number.isNaN(local.getTime()) ? `${date}T${time}` : local.toISOString();
}

/** The first error of a field or of any of its items (participants.0, participants.1, …). */
function errorOf(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}

export function CaseAppointments({ detail }: { detail: CaseDetail }) {
  const queryClient = useQueryClient();
  const appointments = useQuery({
    queryKey: ['case-appointments', detail.id],
    queryFn: () => api<AppointmentView[]>('GET', `/api/cases/${detail.id}/appointments`),
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['case-appointments', detail.id] });
    await queryClient.invalidateQueries({ queryKey: ['case', detail.id] });
  };
  const { values, field, reset } = useFormValues({
    date: '',
    time: '',
    place: '',
    participants: t.participantsDefault,
  });
  const plan = useMutation({
    mutationFn: () =>
      api<AppointmentView>('POST', `/api/cases/${detail.id}/appointments`, {
        body: {
          kind: 'keukentafelgesprek',
          startsAt: startsAtOf(values.date, values.time),
          place: values.place,
          participants: values.participants
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
      }),
    onSuccess: async () => {
      reset();
      await refresh();
    },
  });
  const errors = plan.error instanceof ApiError ? plan.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    plan.mutate();
  }
  const list = appointments.data ?? [];
  return (
    <section aria-labelledby="appointments">
      <Heading level={2} id="appointments">
        {t.title}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      {appointments.isError ? <ErrorState error={appointments.error} /> : null}
      {appointments.isSuccess && list.length === 0 ? <Paragraph>{t.none}</Paragraph> : null}
      {list.length > 0 ? (
        <DataTable
          caption={t.caption}
          rows={list}
          rowKey={(appointment) => appointment.id}
          columns={[
            { header: t.when, rowHeader: true, cell: (appointment) => formatDateTime(appointment.startsAt) },
            { header: t.place, cell: (appointment) => appointment.place },
            { header: t.participants, cell: (appointment) => appointment.participants.join(', ') },
            {
              header: t.report,
              cell: (appointment) =>
                appointment.report && appointment.reportedAt
                  ? `${appointment.report} (${t.reportedAt(formatDateTime(appointment.reportedAt))})`
                  : t.noReport,
            },
          ]}
        />
      ) : null}
      {detail.closedOn
        ? null
        : list.map((appointment) => (
            <ReportForm
              key={`${appointment.id}-${appointment.version}`}
              appointment={appointment}
              onSaved={refresh}
            />
          ))}
      {detail.closedOn ? null : (
        <>
          <Heading level={3}>{t.planTitle}</Heading>
          {plan.isSuccess ? (
            <Alert type="ok">
              <Paragraph role="status">{t.planned}</Paragraph>
            </Alert>
          ) : null}
          {plan.isError && Object.keys(errors).length === 0 ? <ErrorState error={plan.error} /> : null}
          <form className="samenhang-form" onSubmit={submit} noValidate>
            <Fieldset legend={t.whenLegend}>
              <TextField
                id="appointment-date"
                label={t.date}
                description={t.dateHint}
                required
                value={values.date}
                onChange={field('date')}
                error={errors.startsAt}
              />
              <TextField
                id="appointment-time"
                label={t.time}
                description={t.timeHint}
                required
                value={values.time}
                onChange={field('time')}
              />
            </Fieldset>
            <TextField
              id="appointment-place"
              label={t.place}
              description={t.placeHint}
              required
              value={values.place}
              onChange={field('place')}
              error={errors.place}
            />
            <TextArea
              id="appointment-participants"
              label={t.participants}
              description={t.participantsHint}
              rows={4}
              value={values.participants}
              onChange={field('participants')}
              error={errorOf(errors, 'participants')}
            />
            <SubmitButton primary disabled={plan.isPending}>
              {t.plan}
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}

/** The report of one appointment, sent with the version seen (409: someone else wrote it first). */
function ReportForm({
  appointment,
  onSaved,
}: {
  appointment: AppointmentView;
  onSaved: () => Promise<void>;
}) {
  const { values, field } = useFormValues({ report: appointment.report ?? '' });
  const save = useMutation({
    mutationFn: () =>
      api<AppointmentView>('POST', `/api/case-appointments/${appointment.id}/report`, {
        body: { report: values.report },
        headers: { 'if-match': `"${appointment.version}"` },
      }),
    onSuccess: onSaved,
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const when = formatDateTime(appointment.startsAt);
  const started = new Date(appointment.startsAt).getTime() <= Date.now();
  const id = `appointment-report-${appointment.id}`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {t.reportTitle(when)}
      </Heading>
      {started ? (
        <form
          className="samenhang-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          {save.isError && !errors.report ? <ErrorState error={save.error} /> : null}
          <TextArea
            id={id}
            label={t.reportLabel}
            description={t.reportHint}
            rows={6}
            value={values.report}
            onChange={field('report')}
            error={errors.report}
          />
          <SubmitButton disabled={save.isPending}>{t.saveReport}</SubmitButton>
        </form>
      ) : (
        <Paragraph>{t.notYet}</Paragraph>
      )}
    </section>
  );
}
