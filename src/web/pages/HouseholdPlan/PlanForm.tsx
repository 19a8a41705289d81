import { Alert, Button, Fieldset, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { AGREEMENT_METHODS } from '../../../shared/api/front-door';
import type { PlanView } from '../../../shared/api/plans';
import { ApiError, api } from '../../api/client';
import { focusById } from '../../components/focus';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { ActionFields, ConsiderationFields, GoalFields, SelectField } from './PlanFormItems';
import {
  draftOf,
  emptyAction,
  emptyConsideration,
  emptyGoal,
  fieldId,
  fieldMapsOf,
  type PlanDraft,
  requestOf,
} from './planDraft';

/** After an item is removed, focus goes to the button that adds one, where the user can carry on. */
function focusButtonIn(id: string) {
  window.setTimeout(() => document.querySelector<HTMLButtonElement>(`#${id} button`)?.focus(), 0);
}

/**
 * Writes the next version, starting from the version shown. The server refuses it (409) when
 * someone else wrote a version meanwhile; the user then reloads and makes the changes again.
 */
export function PlanForm(props: {
  householdId: string;
  basedOn: PlanView | undefined;
  onSaved: (written: PlanView) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(props.basedOn));
  const basedOnVersion = props.basedOn?.latestVersion ?? 0;
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof requestOf>) =>
      api<PlanView>('POST', `/api/households/${props.householdId}/plan`, { body }),
    onSuccess: props.onSaved,
  });
  const error = save.error instanceof ApiError ? save.error : undefined;
  const errors = error?.fieldErrors() ?? {};
  const { ids, labels } = fieldMapsOf(draft);

  const update = <K extends 'goals' | 'actions' | 'considerations'>(
    key: K,
    change: (items: PlanDraft[K]) => PlanDraft[K],
  ) => setDraft((current) => ({ ...current, [key]: change(current[key]) }));
  const replaceAt =
    <T,>(index: number) =>
    (items: T[], item: T) =>
      items.map((existing, i) => (i === index ? item : existing));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(requestOf(draft, basedOnVersion));
  }

  return (
    <section aria-labelledby="plan-write">
      <Heading level={2} id="plan-write" tabIndex={-1}>
        {basedOnVersion === 0 ? nl.plan.writeFirst : nl.plan.write}
      </Heading>
      <Paragraph>{nl.plan.writeIntro(basedOnVersion)}</Paragraph>
      {error?.status === 409 ? (
        <Alert type="warning">
          <Paragraph role="alert">{nl.plan.conflict}</Paragraph>
          <Button appearance="secondary-action-button" onClick={props.onReload}>
            {nl.plan.reload}
          </Button>
        </Alert>
      ) : null}
      {save.isError && error?.status !== 409 && !error?.problem.errors ? (
        <ErrorState error={save.error} />
      ) : null}
      <ErrorSummary errors={errors} fieldIds={ids} labels={labels} />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <Heading level={3}>{nl.plan.goals}</Heading>
        {draft.goals.map((goal, index) => (
          <GoalFields
            key={goal.id}
            goal={goal}
            index={index}
            errors={errors}
            onChange={(changed) => update('goals', (items) => replaceAt<typeof goal>(index)(items, changed))}
            onRemove={() => {
              // Actions of a removed goal stay, without a goal, so nothing is lost unnoticed.
              setDraft((current) => ({
                ...current,
                goals: current.goals.filter((item) => item.id !== goal.id),
                actions: current.actions.map((action) =>
                  action.goalId === goal.id ? { ...action, goalId: '' } : action,
                ),
              }));
              focusButtonIn('plan-add-goal');
            }}
          />
        ))}
        <div id="plan-add-goal">
          <BusyAwareButton
            onClick={() => {
              update('goals', (items) => [...items, emptyGoal()]);
              focusById(fieldId.goal(draft.goals.length, 'lifeDomain'));
            }}
          >
            {nl.plan.addGoal}
          </BusyAwareButton>
        </div>

        <Heading level={3}>{nl.plan.actionsOfGoal}</Heading>
        {draft.actions.map((action, index) => (
          <ActionFields
            key={action.id}
            action={action}
            index={index}
            goals={draft.goals}
            errors={errors}
            onChange={(changed) =>
              update('actions', (items) => replaceAt<typeof action>(index)(items, changed))
            }
            onRemove={() => {
              update('actions', (items) => items.filter((item) => item.id !== action.id));
              focusButtonIn('plan-add-action');
            }}
          />
        ))}
        <div id="plan-add-action">
          <BusyAwareButton
            onClick={() => {
              update('actions', (items) => [...items, emptyAction()]);
              focusById(fieldId.action(draft.actions.length, 'goalId'));
            }}
          >
            {nl.plan.addAction}
          </BusyAwareButton>
        </div>

        <Heading level={3}>{nl.plan.considerations}</Heading>
        <Paragraph>{nl.plan.considerationsIntro}</Paragraph>
        {draft.considerations.map((consideration, index) => (
          <ConsiderationFields
            key={consideration.key}
            consideration={consideration}
            index={index}
            errors={errors}
            onChange={(changed) =>
              update('considerations', (items) => replaceAt<typeof consideration>(index)(items, changed))
            }
            onRemove={() => {
              update('considerations', (items) => items.filter((item) => item.key !== consideration.key));
              focusButtonIn('plan-add-consideration');
            }}
          />
        ))}
        <div id="plan-add-consideration">
          <BusyAwareButton
            onClick={() => {
              update('considerations', (items) => [...items, emptyConsideration()]);
              focusById(fieldId.consideration(draft.considerations.length, 'kind'));
            }}
          >
            {nl.plan.addConsideration}
          </BusyAwareButton>
        </div>

        <Fieldset legend={nl.plan.agreementLegend}>
          <TextField
            id="plan-agreed-on"
            label={nl.plan.formAgreedOn}
            description={nl.plan.dateHint}
            value={draft.agreedOn}
            onChange={(value) => setDraft((current) => ({ ...current, agreedOn: value }))}
            error={errors.agreedOn}
          />
          <SelectField
            id="plan-agreement-method"
            label={nl.plan.formAgreementMethod}
            value={draft.agreementMethod}
            options={AGREEMENT_METHODS}
            empty={nl.plan.formNoAgreement}
            onChange={(value) => setDraft((current) => ({ ...current, agreementMethod: value }))}
            error={errors.agreementMethod}
          />
          <TextField
            id="plan-next-review-on"
            label={nl.plan.formNextReviewOn}
            description={nl.plan.dateHint}
            value={draft.nextReviewOn}
            onChange={(value) => setDraft((current) => ({ ...current, nextReviewOn: value }))}
            error={errors.nextReviewOn}
          />
        </Fieldset>
        <div className="samenhang-form-row">
          <SubmitButton primary disabled={save.isPending}>
            {save.isPending ? nl.plan.saving : nl.plan.save}
          </SubmitButton>
          <div>
            <BusyAwareButton onClick={props.onCancel}>{nl.plan.cancel}</BusyAwareButton>
          </div>
        </div>
      </form>
    </section>
  );
}
