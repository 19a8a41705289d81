import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ChangeRegisseurRequest, HouseholdOverview, UserRef } from '../../../shared/api/household-view';
import { ApiError, api } from '../../api/client';
import { CASE_WORK, hasRole, useSession } from '../../api/session';
import { FormSection } from '../../components/FormSection';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';

const text = nl.household.regisseur;
const FIELD_IDS = { userId: 'regisseur-medewerker', reason: 'regisseur-reden' };

/**
 * The household's one point of contact. The team manager assigns anyone of the team; a member of
 * the team may take the household over; others only see who it is.
 */
export function HouseholdRegisseur(props: { household: HouseholdOverview }) {
  const { user } = useSession();
  const team = props.household.team;
  const inTeam = Boolean(team && user?.teams.some((own) => own.id === team.id));
  const manager = inTeam && hasRole(user, 'teammanager');
  const mayTakeOver = inTeam && hasRole(user, ...CASE_WORK) && props.household.regisseur?.id !== user?.id;
  return (
    <section aria-labelledby="regisseur">
      <Heading level={2} id="regisseur">
        {text.title}
      </Heading>
      <Paragraph>
        <strong>{text.label}:</strong> {props.household.regisseur?.displayName ?? text.none}
      </Paragraph>
      {!team ? <Paragraph>{text.noTeam}</Paragraph> : null}
      {team && (manager || mayTakeOver) && user ? (
        <ChangeRegisseurForm
          householdId={props.household.id}
          teamId={team.id}
          manager={manager}
          self={{ id: user.id, displayName: user.displayName }}
        />
      ) : null}
    </section>
  );
}

function ChangeRegisseurForm(props: {
  householdId: string;
  teamId: string;
  manager: boolean;
  self: UserRef;
}) {
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState(props.manager ? '' : props.self.id);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [success, setSuccess] = useState<string | false>(false);
  const members = useQuery({
    queryKey: ['team-members', props.teamId],
    queryFn: () => api<UserRef[]>('GET', `/api/teams/${props.teamId}/members`),
    enabled: props.manager,
  });
  const change = useMutation({
    mutationFn: (body: ChangeRegisseurRequest) =>
      api<{ regisseur: UserRef }>('POST', `/api/households/${props.householdId}/regisseur`, { body }),
    onSuccess: async (result) => {
      setSuccess(text.changed(result.regisseur.displayName));
      setFieldErrors({});
      setReason('');
      // Every screen about the members shows the regisseur: refresh them all.
      await queryClient.invalidateQueries({ queryKey: ['household-overview', props.householdId] });
      await queryClient.invalidateQueries({ queryKey: ['household', props.householdId] });
      await queryClient.invalidateQueries({ queryKey: ['person'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.problem.errors?.length) setFieldErrors(error.fieldErrors());
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setSuccess(false);
    if (!userId) {
      setFieldErrors({ userId: text.chooseUser });
      return;
    }
    change.mutate({ userId, ...(reason.trim() ? { reason } : {}) });
  }
  return (
    <FormSection
      id="regisseur-wijzigen"
      title={props.manager ? text.change : text.takeOver}
      success={success}
    >
      {change.error && !(change.error instanceof ApiError && change.error.problem.errors?.length) ? (
        <ErrorState error={change.error} />
      ) : null}
      {members.isError ? <ErrorState error={members.error} /> : null}
      <ErrorSummary
        errors={fieldErrors}
        fieldIds={FIELD_IDS}
        labels={{ userId: text.user, reason: text.reason }}
      />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        {props.manager ? (
          <div id={FIELD_IDS.userId}>
            <FormFieldSelect
              label={text.user}
              value={userId}
              required
              invalid={Boolean(fieldErrors.userId)}
              errorMessage={fieldErrors.userId}
              onChange={(event) => setUserId(event.target.value)}
            >
              <SelectOption value="">{text.chooseUser}</SelectOption>
              {(members.data ?? []).map((member) => (
                <SelectOption key={member.id} value={member.id}>
                  {member.displayName}
                </SelectOption>
              ))}
            </FormFieldSelect>
          </div>
        ) : null}
        <TextField
          id={FIELD_IDS.reason}
          label={text.reason}
          value={reason}
          onChange={setReason}
          error={fieldErrors.reason}
        />
        <SubmitButton disabled={change.isPending}>{props.manager ? text.submit : text.takeOver}</SubmitButton>
      </form>
    </FormSection>
  );
}
