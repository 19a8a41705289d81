import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import {
  CHILD_LIFE_DOMAINS,
  LIFE_DOMAINS,
  type LifeDomain,
  SCORE_LABELS,
} from '../../../shared/api/front-door';
import type { IntakeDetail } from '../../../shared/api/intakes';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { nl } from '../../messages/nl';
import { useIntakeStep } from './useIntakeStep';

const ADULT_DOMAINS = (Object.keys(LIFE_DOMAINS) as LifeDomain[]).filter(
  (domain) => !CHILD_LIFE_DOMAINS.includes(domain),
);

function isChild(birthDate: string | null): boolean {
  if (!birthDate) return false;
  const eighteen = new Date(birthDate);
  eighteen.setFullYear(eighteen.getFullYear() + 18);
  return eighteen > new Date();
}

/**
 * Vraagverheldering: the question behind the question, and a self-sufficiency score per life
 * domain for each member of the household; children also on upbringing and school.
 */
export function ClarifyForm({ intake }: { intake: IntakeDetail }) {
  const members =
    intake.householdMembers.length > 0
      ? intake.householdMembers
      : [{ id: intake.person.id, displayName: intake.person.displayName, birthDate: null }];
  const [question, setQuestion] = useState(intake.clarifiedQuestion ?? '');
  const [scores, setScores] = useState<Record<string, string>>({});
  const { step, errors, stale } = useIntakeStep(intake, 'clarification');
  function submit(event: FormEvent) {
    event.preventDefault();
    step.mutate(
      {
        clarifiedQuestion: question,
        scores: Object.entries(scores)
          .filter(([, score]) => score !== '')
          .map(([key, score]) => {
            const [personId, lifeDomain] = key.split('|');
            return { personId, lifeDomain, score: Number(score) };
          }),
      },
      { onSuccess: () => setScores({}) },
    );
  }
  return (
    <section aria-labelledby="intake-clarify">
      <Heading level={2} id="intake-clarify">
        {nl.intake.clarifyTitle}
      </Heading>
      <Paragraph>{nl.intake.clarifyIntro}</Paragraph>
      <ErrorSummary
        errors={errors}
        fieldIds={{ clarifiedQuestion: 'clarified-question' }}
        labels={{ clarifiedQuestion: nl.intake.clarifiedQuestion }}
      />
      {stale ? <Paragraph role="alert">{nl.intake.stale}</Paragraph> : null}
      {step.error && !stale && Object.keys(errors).length === 0 ? <ErrorState error={step.error} /> : null}
      {step.isSuccess ? <Paragraph role="status">{nl.intake.clarified}</Paragraph> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextArea
          id="clarified-question"
          label={nl.intake.clarifiedQuestion}
          value={question}
          onChange={setQuestion}
          error={errors.clarifiedQuestion}
        />
        {members.map((member) => (
          <fieldset key={member.id} className="samenhang-fieldset">
            <legend>{nl.intake.scoresFor(member.displayName)}</legend>
            {[...ADULT_DOMAINS, ...(isChild(member.birthDate) ? CHILD_LIFE_DOMAINS : [])].map((domain) => {
              const key = `${member.id}|${domain}`;
              return (
                <FormFieldSelect
                  key={key}
                  label={LIFE_DOMAINS[domain]}
                  value={scores[key] ?? ''}
                  onChange={(event) => setScores({ ...scores, [key]: event.target.value })}
                >
                  <SelectOption value="">{nl.intake.notScored}</SelectOption>
                  {Object.entries(SCORE_LABELS).map(([score, label]) => (
                    <SelectOption key={score} value={score}>
                      {`${score} – ${label}`}
                    </SelectOption>
                  ))}
                </FormFieldSelect>
              );
            })}
          </fieldset>
        ))}
        <SubmitButton disabled={step.isPending}>{nl.intake.clarifySubmit}</SubmitButton>
      </form>
    </section>
  );
}
