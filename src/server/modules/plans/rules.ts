import type { PlanWriteRequest } from '../../../shared/api/plans';
import type { FieldError } from '../../platform/errors';

/**
 * The rules of 1 Gezin 1 Plan, as pure functions: what makes a plan version consistent, and when a
 * plan blocks a decision. The database facts are looked up by the caller and passed in.
 */

/** Checks what the schema alone cannot: references inside the content, and the dates' order. */
export function planWriteErrors(request: PlanWriteRequest): FieldError[] {
  const errors: FieldError[] = [];
  const { goals, actions } = request.content;
  const goalIds = new Set<string>();
  goals.forEach((goal, index) => {
    if (goalIds.has(goal.id))
      errors.push({ field: `content.goals.${index}.id`, message: 'Dit doel staat al eerder in het plan' });
    goalIds.add(goal.id);
  });
  const actionIds = new Set<string>();
  actions.forEach((action, index) => {
    if (actionIds.has(action.id))
      errors.push({
        field: `content.actions.${index}.id`,
        message: 'Deze actie staat al eerder in het plan',
      });
    actionIds.add(action.id);
    if (action.goalId !== undefined && !goalIds.has(action.goalId))
      errors.push({
        field: `content.actions.${index}.goalId`,
        message: 'Kies een doel dat in dit plan staat',
      });
  });
  // An agreement is a fact with a date and a way; half of it says nothing.
  if (request.agreedOn && !request.agreementMethod)
    errors.push({ field: 'agreementMethod', message: 'Kies hoe de inwoner heeft ingestemd' });
  if (request.agreementMethod && !request.agreedOn)
    errors.push({ field: 'agreedOn', message: 'Vul in wanneer de inwoner heeft ingestemd' });
  if (request.agreedOn && request.nextReviewOn && request.nextReviewOn < request.agreedOn)
    errors.push({
      field: 'nextReviewOn',
      message: 'De volgende bespreking ligt vóór de datum van instemming',
    });
  return errors;
}

/** Domains whose tailored provisions (maatwerk) come only after general provisions and the network. */
export const DOMAINS_REQUIRING_CONSIDERATION: readonly string[] = ['wmo', 'jeugd'];

/**
 * What must have been weighed: general or voorliggende provisions, or the network. "Eigen kracht"
 * alone does not count; the Wmo 2015 (art. 2.3.2) and the Jeugdwet (art. 2.3) ask for these.
 */
export const CONSIDERATIONS_BEFORE_TAILORED: readonly string[] = [
  'algemene-voorziening',
  'voorliggende-voorziening',
  'netwerk',
];

export interface DecisionFacts {
  domain: string;
  outcome: string;
  provisionCount: number;
}

/** The person's current households, each with the considerations of its newest plan (null: no plan). */
export interface HouseholdPlanFacts {
  households: readonly { considerationKinds: readonly string[] | null }[];
}

export type TailoredProvisionRefusal = 'no-household' | 'no-plan' | 'no-consideration';

export function grantsTailoredProvision(decision: DecisionFacts): boolean {
  return (
    DOMAINS_REQUIRING_CONSIDERATION.includes(decision.domain) &&
    decision.outcome === 'toegekend' &&
    decision.provisionCount > 0
  );
}

/**
 * A decision granting a Wmo or Jeugd provision is refused unless a current plan of the person's
 * household records that general provisions or the network were considered (any outcome).
 */
export function tailoredProvisionRefusal(
  decision: DecisionFacts,
  facts: HouseholdPlanFacts,
): TailoredProvisionRefusal | null {
  if (!grantsTailoredProvision(decision)) return null;
  if (facts.households.length === 0) return 'no-household';
  const plans = facts.households.flatMap((household) =>
    household.considerationKinds === null ? [] : [household.considerationKinds],
  );
  if (plans.length === 0) return 'no-plan';
  const considered = plans.some((kinds) =>
    kinds.some((kind) => CONSIDERATIONS_BEFORE_TAILORED.includes(kind)),
  );
  return considered ? null : 'no-consideration';
}

const FIRST_RECORD =
  'Leg eerst in het plan van het huishouden vast welke algemene voorzieningen en welke hulp uit het netwerk zijn overwogen.';

export const TAILORED_PROVISION_MESSAGES: Record<TailoredProvisionRefusal, string> = {
  'no-household': `Deze persoon hoort bij geen huishouden, en dus bij geen plan. ${FIRST_RECORD}`,
  'no-plan': `Het huishouden heeft nog geen plan. ${FIRST_RECORD}`,
  'no-consideration': FIRST_RECORD,
};
