import {
  DataSummary,
  DataSummaryItem,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import {
  ACTION_STATUSES,
  AGREEMENT_METHODS,
  CONSIDERATION_KINDS,
  GOAL_OWNERS,
  LIFE_DOMAINS,
} from '../../../shared/api/front-door';
import { CONSIDERATION_OUTCOMES, type PlanAction, type PlanView } from '../../../shared/api/plans';
import { formatDate } from '../../components/format';
import { nl } from '../../messages/nl';

const labelOf = <T extends Record<string, string>>(labels: T, code: string | null | undefined) =>
  code ? (labels[code as keyof T] ?? code) : '';

/** One version of the plan, readable: goals per life domain with their actions, considerations, agreement. */
export function PlanOverview({ plan }: { plan: PlanView }) {
  const { goals, actions, considerations } = plan.content;
  const goalIds = new Set(goals.map((goal) => goal.id));
  const loose = actions.filter((action) => !action.goalId || !goalIds.has(action.goalId));
  return (
    <>
      <section aria-labelledby="plan-goals">
        <Heading level={2} id="plan-goals">
          {nl.plan.goals}
        </Heading>
        {goals.length === 0 ? <Paragraph>{nl.plan.noGoals}</Paragraph> : null}
        {Object.entries(LIFE_DOMAINS).map(([domain, domainLabel]) => {
          const inDomain = goals.filter((goal) => goal.lifeDomain === domain);
          if (inDomain.length === 0) return null;
          return (
            <div key={domain}>
              <Heading level={3}>{domainLabel}</Heading>
              <UnorderedList>
                {inDomain.map((goal) => (
                  <UnorderedListItem key={goal.id}>
                    <strong>{goal.description}</strong>
                    <br />
                    {nl.plan.owner}: {labelOf(GOAL_OWNERS, goal.owner)}
                    {goal.ownerName ? ` (${goal.ownerName})` : ''}
                    <ActionList actions={actions.filter((action) => action.goalId === goal.id)} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          );
        })}
        {loose.length > 0 ? (
          <>
            <Heading level={3}>{nl.plan.looseActions}</Heading>
            <ActionList actions={loose} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="plan-considerations">
        <Heading level={2} id="plan-considerations">
          {nl.plan.considerations}
        </Heading>
        {considerations.length === 0 ? <Paragraph>{nl.plan.noConsiderations}</Paragraph> : null}
        <UnorderedList>
          {considerations.map((consideration, index) => (
            // Considerations have no id; within one version their order is fixed.
            // biome-ignore lint/suspicious/noArrayIndexKey: a version's content never changes
            <UnorderedListItem key={index}>
              <strong>{labelOf(CONSIDERATION_KINDS, consideration.kind)}</strong>: {consideration.description}{' '}
              — {labelOf(CONSIDERATION_OUTCOMES, consideration.outcome)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="plan-agreement">
        <Heading level={2} id="plan-agreement">
          {nl.plan.agreement}
        </Heading>
        <DataSummary>
          <DataSummaryItem
            itemKey={nl.plan.agreementKey}
            itemValue={
              plan.agreedOn
                ? nl.plan.agreedOn(
                    formatDate(plan.agreedOn),
                    labelOf(AGREEMENT_METHODS, plan.agreementMethod),
                  )
                : nl.plan.notAgreed
            }
          />
          <DataSummaryItem
            itemKey={nl.plan.nextReview}
            itemValue={plan.nextReviewOn ? formatDate(plan.nextReviewOn) : nl.plan.noNextReview}
          />
        </DataSummary>
      </section>
    </>
  );
}

function ActionList({ actions }: { actions: readonly PlanAction[] }) {
  if (actions.length === 0) return null;
  return (
    <UnorderedList aria-label={nl.plan.actionsOfGoal}>
      {actions.map((action) => (
        <UnorderedListItem key={action.id}>
          {action.description}.{' '}
          {nl.plan.actionLine(
            action.partner ? nl.plan.withPartner(action.responsible, action.partner) : action.responsible,
            action.dueOn ? formatDate(action.dueOn) : nl.plan.noDueDate,
            labelOf(ACTION_STATUSES, action.status).toLowerCase(),
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
