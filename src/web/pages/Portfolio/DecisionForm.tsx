import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldSelect,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { type DecisionBody, DecisionInput } from '../../../shared/api/portfolio';
import { FormSection } from '../../components/FormSection';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { addDecision, isGeneralError, useOverview } from './portfolioApi';
import { useCheckedSave } from './useCheckedSave';

const t = nl.portfolio.decisions;
const BODIES: DecisionBody[] = ['portefeuillehoudersoverleg', 'directiegroep'];
const FIELD_IDS = {
  body: 'besluit-gremium',
  meeting: 'besluit-overleg',
  decidedOn: 'besluit-datum',
  subject: 'besluit-onderwerp',
  decision: 'besluit-tekst',
  projectIds: 'besluit-projecten',
};
const LABELS = {
  body: t.body,
  meeting: t.meetingName,
  decidedOn: t.decidedOn,
  subject: t.subject,
  decision: t.decision,
  projectIds: t.projects,
};

/** Records a decision and the projects it is about (checkboxes: a multi-select for every keyboard). */
export function DecisionForm() {
  const overview = useOverview();
  const { values, field, reset } = useFormValues({ meeting: '', decidedOn: '', subject: '', decision: '' });
  const [body, setBody] = useState<DecisionBody>('portefeuillehoudersoverleg');
  const [projectIds, setProjectIds] = useState<string[]>([]);
  const { save, errors, submitChecked } = useCheckedSave({
    schema: DecisionInput,
    send: (input: DecisionInput) => addDecision(input),
    onSaved: () => {
      reset();
      setProjectIds([]);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const input: DecisionInput = {
      body,
      meeting: values.meeting.trim(),
      decidedOn: values.decidedOn,
      subject: values.subject.trim(),
      decision: values.decision.trim(),
      projectIds,
    };
    submitChecked(input);
  }
  const toggle = (id: string) =>
    setProjectIds(projectIds.includes(id) ? projectIds.filter((x) => x !== id) : [...projectIds, id]);
  return (
    <FormSection id="besluit-nieuw" title={t.addTitle} success={save.isSuccess && t.saved}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {isGeneralError(save.error) ? <ErrorState error={save.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-labelledby="besluit-nieuw">
        <div id={FIELD_IDS.body}>
          <FormFieldSelect
            label={t.body}
            value={body}
            invalid={Boolean(errors.body)}
            errorMessage={errors.body}
            onChange={(event) => setBody(event.target.value as DecisionBody)}
          >
            {BODIES.map((option) => (
              <SelectOption key={option} value={option}>
                {t.bodies[option]}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </div>
        <TextField
          id={FIELD_IDS.meeting}
          label={t.meetingName}
          description={t.meetingHint}
          value={values.meeting}
          onChange={field('meeting')}
          required
          error={errors.meeting}
        />
        <TextField
          id={FIELD_IDS.decidedOn}
          label={t.decidedOn}
          description={t.dateHint}
          type="date"
          value={values.decidedOn}
          onChange={field('decidedOn')}
          required
          error={errors.decidedOn}
        />
        <TextField
          id={FIELD_IDS.subject}
          label={t.subject}
          value={values.subject}
          onChange={field('subject')}
          required
          error={errors.subject}
        />
        <TextArea
          id={FIELD_IDS.decision}
          label={t.decision}
          value={values.decision}
          onChange={field('decision')}
          error={errors.decision}
        />
        <Fieldset id={FIELD_IDS.projectIds} legend={t.projectsLegend} invalid={Boolean(errors.projectIds)}>
          {errors.projectIds ? <p className="utrecht-form-field-error-message">{errors.projectIds}</p> : null}
          {overview.isPending ? <LoadingState /> : null}
          {overview.isError ? <ErrorState error={overview.error} onRetry={() => overview.refetch()} /> : null}
          {overview.data?.projects.map((project) => (
            <FormFieldCheckboxOption
              key={project.id}
              label={project.groupLabel ? `${project.groupLabel}: ${project.name}` : project.name}
              checked={projectIds.includes(project.id)}
              onChange={() => toggle(project.id)}
            />
          ))}
        </Fieldset>
        <SubmitButton primary disabled={save.isPending}>
          {t.submit}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
