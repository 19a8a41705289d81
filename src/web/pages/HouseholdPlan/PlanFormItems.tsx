import { Fieldset, FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import {
  ACTION_STATUSES,
  CONSIDERATION_KINDS,
  GOAL_OWNERS,
  LIFE_DOMAINS,
} from '../../../shared/api/front-door';
import { CONSIDERATION_OUTCOMES } from '../../../shared/api/plans';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { type ActionDraft, type ConsiderationDraft, fieldId, type GoalDraft } from './planDraft';

type Errors = Record<string, string>;

/**
 * A labelled select. The NL Design System select links its label through an id of its own, so our
 * id (which the error summary focuses) sits on a wrapper instead.
 */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: Record<string, string>;
  empty?: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <div id={props.id}>
      <FormFieldSelect
        label={props.label}
        value={props.value}
        invalid={Boolean(props.error)}
        errorMessage={props.error}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.empty !== undefined ? <SelectOption value="">{props.empty}</SelectOption> : null}
        {Object.entries(props.options).map(([code, label]) => (
          <SelectOption key={code} value={code}>
            {label}
          </SelectOption>
        ))}
      </FormFieldSelect>
    </div>
  );
}

export function GoalFields(props: {
  goal: GoalDraft;
  index: number;
  errors: Errors;
  onChange: (goal: GoalDraft) => void;
  onRemove: () => void;
}) {
  const { goal, index } = props;
  const set = (field: keyof GoalDraft) => (value: string) => props.onChange({ ...goal, [field]: value });
  const error = (field: keyof GoalDraft) => props.errors[`content.goals.${index}.${field}`];
  return (
    <Fieldset legend={nl.plan.goalLegend(index + 1)} className="samenhang-panel">
      <SelectField
        id={fieldId.goal(index, 'lifeDomain')}
        label={nl.plan.goalDomain}
        value={goal.lifeDomain}
        options={LIFE_DOMAINS}
        onChange={set('lifeDomain')}
        error={error('lifeDomain')}
      />
      <TextField
        id={fieldId.goal(index, 'description')}
        label={nl.plan.goalDescription}
        value={goal.description}
        onChange={set('description')}
        error={error('description')}
        required
      />
      <SelectField
        id={fieldId.goal(index, 'owner')}
        label={nl.plan.goalOwner}
        value={goal.owner}
        options={GOAL_OWNERS}
        onChange={set('owner')}
        error={error('owner')}
      />
      <TextField
        id={fieldId.goal(index, 'ownerName')}
        label={nl.plan.goalOwnerName}
        description={nl.plan.goalOwnerNameHint}
        value={goal.ownerName}
        onChange={set('ownerName')}
        error={error('ownerName')}
      />
      <BusyAwareButton onClick={props.onRemove}>{nl.plan.removeGoal(index + 1)}</BusyAwareButton>
    </Fieldset>
  );
}

export function ActionFields(props: {
  action: ActionDraft;
  index: number;
  goals: readonly GoalDraft[];
  errors: Errors;
  onChange: (action: ActionDraft) => void;
  onRemove: () => void;
}) {
  const { action, index } = props;
  const set = (field: keyof ActionDraft) => (value: string) => props.onChange({ ...action, [field]: value });
  const error = (field: keyof ActionDraft) => props.errors[`content.actions.${index}.${field}`];
  // Goals are named by number and the start of their text, as a screen reader reads the option.
  const goalOptions = Object.fromEntries(
    props.goals.map((goal, goalIndex) => [
      goal.id,
      `${nl.plan.goalLegend(goalIndex + 1)}: ${goal.description.slice(0, 60) || LIFE_DOMAINS[goal.lifeDomain as keyof typeof LIFE_DOMAINS]}`,
    ]),
  );
  return (
    <Fieldset legend={nl.plan.actionLegend(index + 1)} className="samenhang-panel">
      <SelectField
        id={fieldId.action(index, 'goalId')}
        label={nl.plan.actionGoal}
        value={action.goalId}
        options={goalOptions}
        empty={nl.plan.actionNoGoal}
        onChange={set('goalId')}
        error={error('goalId')}
      />
      <TextField
        id={fieldId.action(index, 'description')}
        label={nl.plan.actionDescription}
        value={action.description}
        onChange={set('description')}
        error={error('description')}
        required
      />
      <TextField
        id={fieldId.action(index, 'responsible')}
        label={nl.plan.actionResponsible}
        value={action.responsible}
        onChange={set('responsible')}
        error={error('responsible')}
        required
      />
      <TextField
        id={fieldId.action(index, 'partner')}
        label={nl.plan.actionPartner}
        description={nl.plan.actionPartnerHint}
        value={action.partner}
        onChange={set('partner')}
        error={error('partner')}
      />
      <TextField
        id={fieldId.action(index, 'dueOn')}
        label={nl.plan.actionDueOn}
        description={nl.plan.dateHint}
        value={action.dueOn}
        onChange={set('dueOn')}
        error={error('dueOn')}
      />
      <SelectField
        id={fieldId.action(index, 'status')}
        label={nl.plan.actionStatus}
        value={action.status}
        options={ACTION_STATUSES}
        onChange={set('status')}
        error={error('status')}
      />
      <BusyAwareButton onClick={props.onRemove}>{nl.plan.removeAction(index + 1)}</BusyAwareButton>
    </Fieldset>
  );
}

export function ConsiderationFields(props: {
  consideration: ConsiderationDraft;
  index: number;
  errors: Errors;
  onChange: (consideration: ConsiderationDraft) => void;
  onRemove: () => void;
}) {
  const { consideration, index } = props;
  const set = (field: keyof ConsiderationDraft) => (value: string) =>
    props.onChange({ ...consideration, [field]: value });
  const error = (field: keyof ConsiderationDraft) => props.errors[`content.considerations.${index}.${field}`];
  return (
    <Fieldset legend={nl.plan.considerationLegend(index + 1)} className="samenhang-panel">
      <SelectField
        id={fieldId.consideration(index, 'kind')}
        label={nl.plan.considerationKind}
        value={consideration.kind}
        options={CONSIDERATION_KINDS}
        onChange={set('kind')}
        error={error('kind')}
      />
      <TextField
        id={fieldId.consideration(index, 'description')}
        label={nl.plan.considerationDescription}
        value={consideration.description}
        onChange={set('description')}
        error={error('description')}
        required
      />
      <SelectField
        id={fieldId.consideration(index, 'outcome')}
        label={nl.plan.considerationOutcome}
        value={consideration.outcome}
        options={CONSIDERATION_OUTCOMES}
        onChange={set('outcome')}
        error={error('outcome')}
      />
      <BusyAwareButton onClick={props.onRemove}>{nl.plan.removeConsideration(index + 1)}</BusyAwareButton>
    </Fieldset>
  );
}
