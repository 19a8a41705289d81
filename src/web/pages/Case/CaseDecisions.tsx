import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import { api } from '../../api/client';
import { formatDate } from '../../components/format';
import { ErrorState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { useCaseStep } from './useCaseStep';

interface Decision {
  id: string;
  decisionTypeCode: string;
  kind: string;
  decidedOn: string;
  outcome: string;
  provisions: {
    id: string;
    provisionTypeCode: string;
    start: string;
    end: string | null;
    volume: number | null;
    volumeUnit: string | null;
    endReason: string | null;
  }[];
}

const OUTCOMES = [
  'toegekend',
  'afgewezen',
  'buiten behandeling',
  'ingetrokken',
  'gegrond',
  'ongegrond',
  'niet-ontvankelijk',
];

export function CaseDecisions({
  detail,
  decisionTypes,
}: {
  detail: CaseDetail;
  decisionTypes: { code: string; name: string; provisionTypes: string[] }[];
}) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const decisions = useQuery({
    queryKey: ['case-decisions', detail.id],
    queryFn: () => api<Decision[]>('GET', `/api/cases/${detail.id}/decisions`),
  });
  // Provisions by name, not code; the code stays when the catalog is not loaded (yet).
  const provisionNames = useQuery({
    queryKey: ['provision-types'],
    queryFn: () => api<{ code: string; name: string; volumeUnit?: string }[]>('GET', '/api/provision-types'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const provisionName = (code: string) =>
    provisionNames.data?.find((type) => type.code === code)?.name ?? code;
  const unitOf = (code: string) => provisionNames.data?.find((type) => type.code === code)?.volumeUnit;
  const { step, errors } = useCaseStep(detail);
  const { values, field } = useFormValues({
    decisionTypeCode: decisionTypes[0]?.code ?? '',
    outcome: 'toegekend',
    decidedOn: today,
    provisionTypeCode: '',
    provisionStart: '',
    provisionEnd: '',
    volume: '',
  });
  const unit = values.provisionTypeCode ? unitOf(values.provisionTypeCode) : undefined;
  const provisionTypes =
    decisionTypes.find((type) => type.code === values.decisionTypeCode)?.provisionTypes ?? [];
  function submit(event: FormEvent) {
    event.preventDefault();
    step.mutate({
      action: 'decisions',
      body: {
        decisionTypeCode: values.decisionTypeCode,
        outcome: values.outcome,
        decidedOn: values.decidedOn,
        effectiveFrom: values.decidedOn,
        provisions: values.provisionTypeCode
          ? [
              {
                provisionTypeCode: values.provisionTypeCode,
                start: values.provisionStart || values.decidedOn,
                end: values.provisionEnd || undefined,
                // A number the server validates; text that is no number goes as is, to be refused there.
                volume: values.volume ? Number(values.volume) : undefined,
                volumeUnit: values.volume && unit ? unit : undefined,
              },
            ]
          : [],
      },
    });
  }
  return (
    <section aria-labelledby="decisions">
      <Heading level={2} id="decisions">
        {nl.cases.decisions}
      </Heading>
      {decisions.isError ? <ErrorState error={decisions.error} /> : null}
      {decisions.isSuccess && decisions.data.length === 0 ? (
        <Paragraph>{nl.cases.noDecisions}</Paragraph>
      ) : null}
      <UnorderedList>
        {(decisions.data ?? []).map((decision) => (
          <UnorderedListItem key={decision.id}>
            {formatDate(decision.decidedOn)}: {decision.decisionTypeCode} ({decision.kind}) —{' '}
            {decision.outcome}
            {decision.provisions
              .map(
                (provision) =>
                  `; ${provisionName(provision.provisionTypeCode)} vanaf ${formatDate(provision.start)}${
                    provision.end ? ` tot en met ${formatDate(provision.end)}` : ''
                  }${provision.volume !== null ? `, ${provision.volume} ${provision.volumeUnit ?? ''}`.trimEnd() : ''}`,
              )
              .join('')}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {decisionTypes.length > 0 && !detail.closedOn ? (
        <>
          <Heading level={3}>{nl.cases.decisionTitle}</Heading>
          {step.isError ? <ErrorState error={step.error} /> : null}
          <form className="samenhang-form" onSubmit={submit}>
            <FormFieldSelect
              label={nl.cases.decisionType}
              value={values.decisionTypeCode}
              onChange={(event) => field('decisionTypeCode')(event.target.value)}
            >
              {decisionTypes.map((type) => (
                <SelectOption key={type.code} value={type.code}>
                  {type.name}
                </SelectOption>
              ))}
            </FormFieldSelect>
            <FormFieldSelect
              label={nl.cases.decisionOutcome}
              value={values.outcome}
              onChange={(event) => field('outcome')(event.target.value)}
            >
              {OUTCOMES.map((outcome) => (
                <SelectOption key={outcome} value={outcome}>
                  {outcome}
                </SelectOption>
              ))}
            </FormFieldSelect>
            <TextField
              id="decided-on"
              label={nl.cases.decidedOn}
              value={values.decidedOn}
              onChange={field('decidedOn')}
              error={errors.decidedOn}
            />
            <FormFieldSelect
              label={nl.cases.provisionType}
              value={values.provisionTypeCode}
              onChange={(event) => field('provisionTypeCode')(event.target.value)}
            >
              <SelectOption value="">—</SelectOption>
              {provisionTypes.map((code) => (
                <SelectOption key={code} value={code}>
                  {provisionName(code)}
                </SelectOption>
              ))}
            </FormFieldSelect>
            {values.provisionTypeCode ? (
              <fieldset className="samenhang-fieldset">
                <legend>{nl.cases.provisionPeriod}</legend>
                <TextField
                  id="provision-start"
                  type="date"
                  label={nl.cases.provisionStart}
                  description={nl.cases.provisionStartHint}
                  value={values.provisionStart}
                  onChange={field('provisionStart')}
                  error={errors['provisions.0.start']}
                />
                <TextField
                  id="provision-end"
                  type="date"
                  label={nl.cases.provisionEnd}
                  value={values.provisionEnd}
                  onChange={field('provisionEnd')}
                  error={errors['provisions.0.end']}
                />
                <TextField
                  id="provision-volume"
                  inputMode="numeric"
                  label={unit ? nl.cases.volumeIn(unit) : nl.cases.volume}
                  value={values.volume}
                  onChange={field('volume')}
                  error={errors['provisions.0.volume']}
                />
              </fieldset>
            ) : null}
            <SubmitButton>{nl.cases.decide}</SubmitButton>
          </form>
        </>
      ) : null}
    </section>
  );
}
