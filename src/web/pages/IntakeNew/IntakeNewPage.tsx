import { FormFieldSelect, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { INTAKE_CHANNELS } from '../../../shared/api/front-door';
import type { IntakeDetail } from '../../../shared/api/intakes';
import { ApiError, api } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { PersonMatches } from './PersonMatches';

interface PersonRef {
  id: string;
  displayName: string;
}

/** Registers a melding: find the person first (or register them), then the melding in their words. */
export function IntakeNewPage() {
  const search = useSearch({ strict: false }) as { persoon?: string };
  const preselected = useQuery({
    queryKey: ['person', search.persoon],
    queryFn: () => api<PersonRef>('GET', `/api/persons/${search.persoon}`),
    enabled: Boolean(search.persoon),
  });
  const [chosen, setChosen] = useState<PersonRef | null>(null);
  const person = chosen ?? preselected.data ?? null;
  return (
    <>
      <PageTitle>{nl.intake.newTitle}</PageTitle>
      {person ? (
        <IntakeForm person={person} onOtherPerson={() => setChosen(null)} />
      ) : (
        <>
          <Paragraph>{nl.intake.newIntro}</Paragraph>
          <PersonMatches onChoose={setChosen} />
          <Paragraph>
            {nl.intake.notFoundRegister}{' '}
            <Link to="/personen/nieuw" search={{ melding: true }}>
              {nl.intake.register}
            </Link>
          </Paragraph>
        </>
      )}
    </>
  );
}

// The channel select ties its own label to a generated id, so its error is listed without a link.
const FIELD_IDS = {
  reportedBy: 'intake-reported-by',
  ownWords: 'intake-own-words',
  receivedOn: 'intake-received-on',
  personId: 'intake-own-words',
};

function IntakeForm(props: { person: PersonRef; onOtherPerson: () => void }) {
  const navigate = useNavigate();
  const { values, field } = useFormValues({
    channel: '',
    reportedBy: '',
    ownWords: '',
    receivedOn: new Date().toISOString().slice(0, 10),
  });
  const create = useMutation({
    mutationFn: () =>
      api<z.infer<typeof IntakeDetail>>('POST', '/api/intakes', {
        body: {
          personId: props.person.id,
          channel: values.channel,
          reportedBy: values.reportedBy || undefined,
          ownWords: values.ownWords,
          receivedOn: values.receivedOn || undefined,
        },
      }),
    onSuccess: (intake) => navigate({ to: '/meldingen/$id', params: { id: intake.id } }),
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <section aria-labelledby="intake-for">
      <h2 id="intake-for" className="utrecht-heading-2">
        {nl.intake.forPerson(props.person.displayName)}
      </h2>
      <BusyAwareButton onClick={props.onOtherPerson}>{nl.intake.otherPerson}</BusyAwareButton>
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        labels={{
          channel: nl.intake.channelLabel,
          reportedBy: nl.intake.reportedBy,
          ownWords: nl.intake.ownWords,
          receivedOn: nl.intake.receivedOn,
        }}
      />
      {create.error && !(create.error instanceof ApiError && create.error.status === 422) ? (
        <ErrorState error={create.error} />
      ) : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <FormFieldSelect
          label={nl.intake.channelLabel}
          value={values.channel}
          invalid={Boolean(errors.channel)}
          errorMessage={errors.channel}
          onChange={(event) => field('channel')(event.target.value)}
        >
          <SelectOption value="">—</SelectOption>
          {Object.entries(INTAKE_CHANNELS).map(([code, label]) => (
            <SelectOption key={code} value={code}>
              {label}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <TextField
          id={FIELD_IDS.reportedBy}
          label={nl.intake.reportedBy}
          description={nl.intake.reportedByHint}
          value={values.reportedBy}
          onChange={field('reportedBy')}
          error={errors.reportedBy}
        />
        <TextArea
          id={FIELD_IDS.ownWords}
          label={nl.intake.ownWords}
          value={values.ownWords}
          onChange={field('ownWords')}
          error={errors.ownWords ?? errors.personId}
          rows={5}
        />
        <TextField
          id={FIELD_IDS.receivedOn}
          type="date"
          label={nl.intake.receivedOn}
          value={values.receivedOn}
          onChange={field('receivedOn')}
          error={errors.receivedOn}
        />
        <SubmitButton primary disabled={create.isPending}>
          {nl.intake.submit}
        </SubmitButton>
      </form>
    </section>
  );
}
