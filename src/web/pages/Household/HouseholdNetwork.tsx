import {
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CreateNetworkMemberRequest, NetworkMember } from '../../../shared/api/household-view';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { FormSection } from '../../components/FormSection';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

const text = nl.household.network;
const FIELD_IDS = {
  name: 'netwerk-naam',
  role: 'netwerk-rol',
  support: 'netwerk-steun',
  contact: 'netwerk-contact',
};
const LABELS = { name: text.name, role: text.role, support: text.support, contact: text.contact };

/** The informal network: who helps, with what, and ending someone's involvement (the row stays). */
export function HouseholdNetwork(props: { householdId: string; network: NetworkMember[] }) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['household-overview', props.householdId] });
  const [status, setStatus] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: (member: NetworkMember) =>
      api<NetworkMember>('PATCH', `/api/network-members/${member.id}`, {
        body: { active: false },
        headers: { 'if-match': `"${member.version}"` },
      }),
    onSuccess: async (member) => {
      setStatus(text.ended_(member.name));
      await refresh();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setStatus(text.stale);
        await refresh();
      }
    },
  });
  return (
    <section aria-labelledby="netwerk">
      <Heading level={2} id="netwerk">
        {text.title}
      </Heading>
      {props.network.length === 0 ? (
        <Paragraph>{text.empty}</Paragraph>
      ) : (
        <DataTable
          caption={text.caption}
          rows={props.network}
          rowKey={(member) => member.id}
          columns={[
            { header: text.name, rowHeader: true, cell: (member) => member.name },
            { header: text.role, cell: (member) => text.roles[member.role] ?? member.role },
            { header: text.support, cell: (member) => member.support ?? '—' },
            { header: text.contact, cell: (member) => member.contact ?? '—' },
            {
              header: text.status,
              cell: (member) =>
                member.active ? (
                  <BusyAwareButton busy={end.isPending} onClick={() => end.mutate(member)}>
                    {text.endShort}
                    <span className="visually-hidden">: {member.name}</span>
                  </BusyAwareButton>
                ) : (
                  text.ended
                ),
            },
          ]}
        />
      )}
      {status ? <Paragraph role="status">{status}</Paragraph> : null}
      {end.error && !(end.error instanceof ApiError && end.error.status === 409) ? (
        <ErrorState error={end.error} />
      ) : null}
      <AddNetworkMember householdId={props.householdId} onAdded={refresh} />
    </section>
  );
}

function AddNetworkMember(props: { householdId: string; onAdded: () => Promise<unknown> }) {
  const { values, field, reset } = useFormValues({ name: '', role: '', support: '', contact: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [success, setSuccess] = useState<string | false>(false);
  const add = useMutation({
    mutationFn: (body: CreateNetworkMemberRequest) =>
      api<NetworkMember>('POST', `/api/households/${props.householdId}/network`, { body }),
    onSuccess: async (member) => {
      setSuccess(text.added(member.name));
      setFieldErrors({});
      reset();
      await props.onAdded();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.problem.errors?.length) setFieldErrors(error.fieldErrors());
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setSuccess(false);
    add.mutate({
      name: values.name,
      role: values.role as CreateNetworkMemberRequest['role'],
      ...(values.support.trim() ? { support: values.support } : {}),
      ...(values.contact.trim() ? { contact: values.contact } : {}),
    });
  }
  return (
    <FormSection id="netwerk-toevoegen" title={text.addTitle} success={success}>
      {add.error && !(add.error instanceof ApiError && add.error.problem.errors?.length) ? (
        <ErrorState error={add.error} />
      ) : null}
      <ErrorSummary errors={fieldErrors} fieldIds={FIELD_IDS} labels={LABELS} />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id={FIELD_IDS.name}
          label={text.name}
          value={values.name}
          onChange={field('name')}
          required
          error={fieldErrors.name}
        />
        <div id={FIELD_IDS.role}>
          <FormFieldSelect
            label={text.role}
            value={values.role}
            required
            invalid={Boolean(fieldErrors.role)}
            errorMessage={fieldErrors.role}
            onChange={(event) => field('role')(event.target.value)}
          >
            <SelectOption value="">{text.chooseRole}</SelectOption>
            {Object.entries(text.roles).map(([code, label]) => (
              <SelectOption key={code} value={code}>
                {label}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </div>
        <TextField
          id={FIELD_IDS.support}
          label={text.support}
          value={values.support}
          onChange={field('support')}
          error={fieldErrors.support}
        />
        <TextField
          id={FIELD_IDS.contact}
          label={text.contact}
          value={values.contact}
          onChange={field('contact')}
          error={fieldErrors.contact}
        />
        <SubmitButton disabled={add.isPending}>{text.add}</SubmitButton>
      </form>
    </FormSection>
  );
}
