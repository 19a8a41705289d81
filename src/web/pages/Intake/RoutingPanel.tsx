import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { TeamView } from '../../../shared/api/admin';
import type { IntakeDetail } from '../../../shared/api/intakes';
import { api } from '../../api/client';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { useIntakeStep } from './useIntakeStep';

/** Where the melding went and by which rule; a team manager can route it or override the rule. */
export function RoutingPanel(props: { intake: IntakeDetail; canRoute: boolean }) {
  const { intake } = props;
  return (
    <section aria-labelledby="intake-routing">
      <Heading level={2} id="intake-routing">
        {nl.intake.routing}
      </Heading>
      {intake.team ? (
        <>
          <Paragraph>{nl.intake.routedTo(intake.team.name)}</Paragraph>
          {intake.routingRule ? <Paragraph>{nl.intake.rule(intake.routingRule)}</Paragraph> : null}
          {intake.overrideReason ? <Paragraph>{nl.intake.override(intake.overrideReason)}</Paragraph> : null}
        </>
      ) : (
        <Paragraph>{nl.intake.unrouted}</Paragraph>
      )}
      {props.canRoute && intake.status === 'open' ? <RouteForm intake={intake} /> : null}
    </section>
  );
}

function RouteForm({ intake }: { intake: IntakeDetail }) {
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => api<TeamView[]>('GET', '/api/teams') });
  const { values, field, reset } = useFormValues({ teamId: '', reason: '' });
  const { step, errors, stale } = useIntakeStep(intake, 'route');
  function submit(event: FormEvent) {
    event.preventDefault();
    step.mutate(values, { onSuccess: reset });
  }
  return (
    <>
      <Heading level={3}>{nl.intake.routeTitle}</Heading>
      <ErrorSummary
        errors={errors}
        fieldIds={{ reason: 'route-reason' }}
        labels={{ teamId: nl.intake.routeTeam, reason: nl.intake.routeReason }}
      />
      {stale ? <Paragraph role="alert">{nl.intake.stale}</Paragraph> : null}
      {step.error && !stale && Object.keys(errors).length === 0 ? <ErrorState error={step.error} /> : null}
      {step.isSuccess ? <Paragraph role="status">{nl.intake.routed}</Paragraph> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <FormFieldSelect
          label={nl.intake.routeTeam}
          value={values.teamId}
          invalid={Boolean(errors.teamId)}
          errorMessage={errors.teamId}
          onChange={(event) => field('teamId')(event.target.value)}
        >
          <SelectOption value="">{nl.intake.chooseTeam}</SelectOption>
          {(teams.data ?? []).map((team) => (
            <SelectOption key={team.id} value={team.id}>
              {team.name}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <TextField
          id="route-reason"
          label={nl.intake.routeReason}
          value={values.reason}
          onChange={field('reason')}
          error={errors.reason}
        />
        <SubmitButton disabled={step.isPending}>{nl.intake.routeSubmit}</SubmitButton>
      </form>
    </>
  );
}
