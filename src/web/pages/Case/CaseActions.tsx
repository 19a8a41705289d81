import { FormFieldSelect, Heading, SelectOption } from '@rijkshuisstijl-community/components-react';
import type { FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import { ErrorState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { useCaseStep } from './useCaseStep';

interface CaseTypeInfo {
  code: string;
  version: number;
  statuses: { code: string; name: string }[];
  results: { code: string; name: string }[];
}

/** Status, suspension, extension and closing: the steps a case worker takes. */
export function CaseActions({ detail, caseType }: { detail: CaseDetail; caseType: CaseTypeInfo }) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const { step, errors } = useCaseStep(detail);
  const { values, field } = useFormValues({
    statusCode: '',
    statusReason: '',
    suspendReason: '',
    suspendFrom: today,
    resumeOn: today,
    extendReason: '',
    extendWeeks: '2',
    resultCode: '',
  });
  const run = (action: string, body: Record<string, unknown>) => (event: FormEvent) => {
    event.preventDefault();
    step.mutate({ action, body });
  };
  const position = caseType.statuses.findIndex((status) => status.code === detail.status.code);
  const nextStatuses = caseType.statuses.slice(position + 1, -1);
  return (
    <section aria-labelledby="steps">
      <Heading level={2} id="steps">
        {nl.cases.steps}
      </Heading>
      {step.isError ? <ErrorState error={step.error} /> : null}
      {nextStatuses.length > 0 ? (
        <form
          className="samenhang-form"
          onSubmit={run('status', {
            statusCode: values.statusCode,
            ...(values.statusReason ? { reason: values.statusReason } : {}),
          })}
        >
          <FormFieldSelect
            label={nl.cases.nextStatus}
            value={values.statusCode}
            onChange={(event) => field('statusCode')(event.target.value)}
          >
            <SelectOption value="">—</SelectOption>
            {nextStatuses.map((status) => (
              <SelectOption key={status.code} value={status.code}>
                {status.name}
              </SelectOption>
            ))}
          </FormFieldSelect>
          <TextField
            id="status-reason"
            label={nl.cases.statusReason}
            value={values.statusReason}
            onChange={field('statusReason')}
            error={errors.reason}
          />
          <SubmitButton>{nl.cases.setStatus}</SubmitButton>
        </form>
      ) : null}
      {detail.suspended ? (
        <form className="samenhang-form" onSubmit={run('resume', { on: values.resumeOn })}>
          <TextField
            id="resume-on"
            label={nl.cases.resumeOn}
            value={values.resumeOn}
            onChange={field('resumeOn')}
            error={errors.on}
          />
          <SubmitButton>{nl.cases.resume}</SubmitButton>
        </form>
      ) : (
        <form
          className="samenhang-form"
          onSubmit={run('suspensions', { reason: values.suspendReason, from: values.suspendFrom })}
        >
          <TextField
            id="suspend-reason"
            label={nl.cases.suspendReason}
            value={values.suspendReason}
            onChange={field('suspendReason')}
            error={errors.reason}
          />
          <TextField
            id="suspend-from"
            label={nl.cases.suspendFrom}
            value={values.suspendFrom}
            onChange={field('suspendFrom')}
            error={errors.from}
          />
          <SubmitButton>{nl.cases.suspend}</SubmitButton>
        </form>
      )}
      <form
        className="samenhang-form"
        onSubmit={run('extensions', { reason: values.extendReason, weeks: Number(values.extendWeeks) })}
      >
        <TextField
          id="extend-reason"
          label={nl.cases.extendReason}
          value={values.extendReason}
          onChange={field('extendReason')}
        />
        <TextField
          id="extend-weeks"
          label={nl.cases.extendWeeks}
          value={values.extendWeeks}
          onChange={field('extendWeeks')}
          error={errors.weeks}
        />
        <SubmitButton>{nl.cases.extend}</SubmitButton>
      </form>
      <form className="samenhang-form" onSubmit={run('close', { resultCode: values.resultCode })}>
        <FormFieldSelect
          label={nl.cases.result}
          value={values.resultCode}
          onChange={(event) => field('resultCode')(event.target.value)}
        >
          <SelectOption value="">—</SelectOption>
          {caseType.results.map((result) => (
            <SelectOption key={result.code} value={result.code}>
              {result.name}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <SubmitButton primary>{nl.cases.close}</SubmitButton>
      </form>
    </section>
  );
}
