import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TeamView, UserView } from '../../../shared/api/admin';
import { ROLE_LABELS, type Role } from '../../../shared/roles';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { FormSection } from '../../components/FormSection';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { RoleAndTeamFields } from './UserFields';

export function AdminUsersPage() {
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<UserView[]>('GET', '/api/users') });
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => api<TeamView[]>('GET', '/api/teams') });
  const [editing, setEditing] = useState<UserView | null>(null);
  return (
    <>
      <PageTitle>{nl.users.title}</PageTitle>
      {users.isPending || teams.isPending ? <LoadingState /> : null}
      {users.isError ? <ErrorState error={users.error} onRetry={() => users.refetch()} /> : null}
      {users.isSuccess && teams.isSuccess ? (
        <>
          <UsersTable users={users.data} onEdit={setEditing} />
          {editing ? (
            <EditUser key={editing.id} user={editing} teams={teams.data} onDone={() => setEditing(null)} />
          ) : null}
          <NewUser teams={teams.data} />
        </>
      ) : null}
    </>
  );
}

function UsersTable({ users, onEdit }: { users: UserView[]; onEdit: (user: UserView) => void }) {
  return (
    <DataTable
      caption={nl.users.caption}
      rows={users}
      rowKey={(user) => user.id}
      columns={[
        { header: nl.users.username, rowHeader: true, cell: (user) => user.username },
        { header: nl.users.displayName, cell: (user) => user.displayName },
        { header: nl.users.roles, cell: (user) => user.roles.map((role) => ROLE_LABELS[role]).join(', ') },
        { header: nl.users.teams, cell: (user) => user.teams.map((team) => team.name).join(', ') || '—' },
        { header: nl.users.active, cell: (user) => (user.active ? nl.users.yes : nl.users.no) },
        {
          header: <span className="visually-hidden">{nl.users.save}</span>,
          cell: (user) => (
            <Button appearance="subtle-button" onClick={() => onEdit(user)}>
              {nl.users.edit(user.username)}
            </Button>
          ),
        },
      ]}
    />
  );
}

function EditUser({ user, teams, onDone }: { user: UserView; teams: TeamView[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [teamIds, setTeamIds] = useState(user.teams.map((team) => team.id));
  const save = useMutation({
    mutationFn: (changes: { roles?: Role[]; teamIds?: string[]; active?: boolean }) =>
      api<UserView>('PATCH', `/api/users/${user.id}`, {
        body: changes,
        headers: { 'if-match': `"${user.version}"` },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onDone();
    },
  });
  const error = save.error instanceof ApiError ? save.error : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ roles, teamIds });
  }
  return (
    <section aria-labelledby="edit-user" className="samenhang-panel">
      <Heading level={2} id="edit-user">
        {nl.users.edit(user.username)}
      </Heading>
      {save.isError && !error?.problem.errors ? <ErrorState error={save.error} /> : null}
      <form className="samenhang-form" onSubmit={submit}>
        <RoleAndTeamFields
          idPrefix="edit"
          roles={roles}
          teamIds={teamIds}
          teams={teams}
          onRoles={setRoles}
          onTeams={setTeamIds}
          errors={error?.fieldErrors() ?? {}}
        />
        <div>
          <Button type="submit" appearance="primary-action-button">
            {nl.users.save}
          </Button>{' '}
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => save.mutate({ active: !user.active })}
          >
            {user.active ? nl.users.deactivate : nl.users.activate}
          </Button>
        </div>
      </form>
    </section>
  );
}

function NewUser({ teams }: { teams: TeamView[] }) {
  const queryClient = useQueryClient();
  const { values: form, field: set, reset } = useFormValues({ username: '', displayName: '', password: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => api<UserView>('POST', '/api/users', { body: { ...form, roles, teamIds } }),
    onSuccess: async () => {
      reset();
      setRoles([]);
      setTeamIds([]);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <FormSection id="new-user" title={nl.users.newTitle} success={create.isSuccess && nl.users.created}>
      <ErrorSummary
        errors={errors}
        fieldIds={{ username: 'new-username', displayName: 'new-displayName', password: 'new-password' }}
      />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id="new-username"
          label={nl.users.username}
          value={form.username}
          onChange={set('username')}
          autoComplete="off"
          error={errors.username}
        />
        <TextField
          id="new-displayName"
          label={nl.users.displayName}
          value={form.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
        />
        <TextField
          id="new-password"
          label={nl.users.password}
          type="password"
          description={nl.users.passwordHint}
          value={form.password}
          onChange={set('password')}
          autoComplete="new-password"
          error={errors.password}
        />
        <RoleAndTeamFields
          idPrefix="new"
          roles={roles}
          teamIds={teamIds}
          teams={teams}
          onRoles={setRoles}
          onTeams={setTeamIds}
          errors={errors}
        />
        <SubmitButton primary disabled={create.isPending}>
          {nl.users.create}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
