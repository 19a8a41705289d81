import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { ErrorState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';

interface Member {
  id: string;
  displayName: string;
}

/**
 * The team manager's tool: the selected cases go to one member of the team, or back to nobody.
 * Members come from the chosen team, as the server accepts only members of the case's team.
 */
export function AssignPanel(props: { teamId: string | null; selected: string[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [assigneeId, setAssigneeId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const members = useQuery({
    queryKey: ['team-members', props.teamId],
    queryFn: () => api<Member[]>('GET', `/api/teams/${props.teamId}/members`),
    enabled: props.teamId !== null,
  });
  const assign = useMutation({
    mutationFn: (body: { caseIds: string[]; assigneeId: string | null }) =>
      api<{ assigned: number }>('POST', '/api/work-queue/assign', { body }),
    onSuccess: async (result, body) => {
      const name = members.data?.find((member) => member.id === body.assigneeId)?.displayName ?? null;
      setMessage(nl.queue.assigned(result.assigned, name));
      props.onDone();
      await queryClient.invalidateQueries({ queryKey: ['work-queue'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (props.selected.length === 0) {
      setMessage(nl.queue.noneSelected);
      return;
    }
    assign.mutate({ caseIds: props.selected, assigneeId: assigneeId || null });
  }
  return (
    <section aria-labelledby="assign-title" className="samenhang-panel">
      <Heading level={2} id="assign-title">
        {nl.queue.assignTitle}
      </Heading>
      {props.teamId === null ? (
        <Paragraph>{nl.queue.chooseTeam}</Paragraph>
      ) : (
        <form className="samenhang-form" onSubmit={submit}>
          <Paragraph>{nl.queue.assignIntro}</Paragraph>
          <FormFieldSelect
            label={nl.queue.assignTo}
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
          >
            <SelectOption value="">{nl.queue.unassign}</SelectOption>
            {(members.data ?? []).map((member) => (
              <SelectOption key={member.id} value={member.id}>
                {member.displayName}
              </SelectOption>
            ))}
          </FormFieldSelect>
          <SubmitButton disabled={assign.isPending}>
            {nl.queue.assignButton(props.selected.length)}
          </SubmitButton>
        </form>
      )}
      {message ? <Paragraph role="status">{message}</Paragraph> : null}
      {assign.error ? <ErrorState error={assign.error} /> : null}
      {members.isError ? <ErrorState error={members.error} /> : null}
    </section>
  );
}
