import type { PlanContent, PlanView } from '../../../shared/api/plans';
import { nl } from '../../messages/nl';

/**
 * The form's working copy of a plan: every field a string as the inputs hold it; optional fields
 * are empty strings until filled, and are left out of the request when still empty.
 */
export interface GoalDraft {
  id: string;
  lifeDomain: string;
  description: string;
  owner: string;
  ownerName: string;
}
export interface ActionDraft {
  id: string;
  goalId: string;
  description: string;
  responsible: string;
  partner: string;
  dueOn: string;
  status: string;
}
export interface ConsiderationDraft {
  /** Only for React's list keys; considerations have no id of their own. */
  key: string;
  kind: string;
  description: string;
  outcome: string;
}
export interface PlanDraft {
  goals: GoalDraft[];
  actions: ActionDraft[];
  considerations: ConsiderationDraft[];
  agreedOn: string;
  agreementMethod: string;
  nextReviewOn: string;
}

export const newId = () => crypto.randomUUID();

export const emptyGoal = (): GoalDraft => ({
  id: newId(),
  lifeDomain: 'financien',
  description: '',
  owner: 'burger',
  ownerName: '',
});
export const emptyAction = (): ActionDraft => ({
  id: newId(),
  goalId: '',
  description: '',
  responsible: '',
  partner: '',
  dueOn: '',
  status: 'open',
});
export const emptyConsideration = (): ConsiderationDraft => ({
  key: newId(),
  kind: 'algemene-voorziening',
  description: '',
  outcome: 'benut',
});

/** A new version starts from the current content; the agreement belongs to the version it was given for. */
export function draftOf(view: PlanView | undefined): PlanDraft {
  const content: PlanContent = view?.content ?? { goals: [], actions: [], considerations: [] };
  return {
    goals: content.goals.map((goal) => ({ ...goal, ownerName: goal.ownerName ?? '' })),
    actions: content.actions.map((action) => ({
      ...action,
      goalId: action.goalId ?? '',
      partner: action.partner ?? '',
      dueOn: action.dueOn ?? '',
    })),
    considerations: content.considerations.map((consideration) => ({ ...consideration, key: newId() })),
    agreedOn: '',
    agreementMethod: '',
    nextReviewOn: view?.nextReviewOn ?? '',
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function requestOf(draft: PlanDraft, basedOnVersion: number) {
  return {
    basedOnVersion,
    content: {
      goals: draft.goals.map((goal) => ({
        id: goal.id,
        lifeDomain: goal.lifeDomain,
        description: goal.description,
        owner: goal.owner,
        ownerName: optional(goal.ownerName),
      })),
      actions: draft.actions.map((action) => ({
        id: action.id,
        goalId: optional(action.goalId),
        description: action.description,
        responsible: action.responsible,
        partner: optional(action.partner),
        dueOn: optional(action.dueOn),
        status: action.status,
      })),
      considerations: draft.considerations.map(({ kind, description, outcome }) => ({
        kind,
        description,
        outcome,
      })),
    },
    agreedOn: optional(draft.agreedOn),
    agreementMethod: optional(draft.agreementMethod),
    nextReviewOn: optional(draft.nextReviewOn),
  };
}

/** The id of each field's element, by the field name the server uses in its errors. */
export const fieldId = {
  goal: (index: number, field: keyof GoalDraft) => `plan-goal-${index}-${field}`,
  action: (index: number, field: keyof ActionDraft) => `plan-action-${index}-${field}`,
  consideration: (index: number, field: keyof ConsiderationDraft) => `plan-consideration-${index}-${field}`,
};

const GOAL_FIELDS: Partial<Record<keyof GoalDraft, string>> = {
  lifeDomain: nl.plan.goalDomain,
  description: nl.plan.goalDescription,
  owner: nl.plan.goalOwner,
  ownerName: nl.plan.goalOwnerName,
};
const ACTION_FIELDS: Partial<Record<keyof ActionDraft, string>> = {
  goalId: nl.plan.actionGoal,
  description: nl.plan.actionDescription,
  responsible: nl.plan.actionResponsible,
  partner: nl.plan.actionPartner,
  dueOn: nl.plan.actionDueOn,
  status: nl.plan.actionStatus,
};
const CONSIDERATION_FIELDS: Partial<Record<keyof ConsiderationDraft, string>> = {
  kind: nl.plan.considerationKind,
  description: nl.plan.considerationDescription,
  outcome: nl.plan.considerationOutcome,
};

/** For the error summary: where each server field lives on the page, and how it is called there. */
export function fieldMapsOf(draft: PlanDraft) {
  const ids: Record<string, string> = {
    agreedOn: 'plan-agreed-on',
    agreementMethod: 'plan-agreement-method',
    nextReviewOn: 'plan-next-review-on',
  };
  const labels: Record<string, string> = {
    agreedOn: nl.plan.formAgreedOn,
    agreementMethod: nl.plan.formAgreementMethod,
    nextReviewOn: nl.plan.formNextReviewOn,
  };
  const add = <F extends string>(
    prefix: string,
    count: number,
    fields: Partial<Record<F, string>>,
    idOf: (index: number, field: F) => string,
    legend: (n: number) => string,
  ) => {
    for (let index = 0; index < count; index++) {
      for (const [field, label] of Object.entries(fields) as [F, string][]) {
        ids[`content.${prefix}.${index}.${field}`] = idOf(index, field);
        labels[`content.${prefix}.${index}.${field}`] = nl.plan.fieldOf(legend(index + 1), label);
      }
    }
  };
  add('goals', draft.goals.length, GOAL_FIELDS, fieldId.goal, nl.plan.goalLegend);
  add('actions', draft.actions.length, ACTION_FIELDS, fieldId.action, nl.plan.actionLegend);
  add(
    'considerations',
    draft.considerations.length,
    CONSIDERATION_FIELDS,
    fieldId.consideration,
    nl.plan.considerationLegend,
  );
  return { ids, labels };
}
