import { ActionGroup, Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TeamView, UserView } from '../../../shared/api/admin';
import type { Area } from '../../../shared/api/registry';
import { ROLE_LABELS, type Role } from '../../../shared/roles';
import { ApiError, api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { FormSection } from '../../components/FormSection';
import { focusById } from '../../components/focus';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { GemeenteField, RoleAndTeamFields } from './UserFields';

export function AdminUsersPage() {
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<UserView[]>('GET', '/api/users') });
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => api<TeamView[]>('GET', '/api/teams') });
  const gemeenten = useQuery({
    queryKey: ['areas', 'gemeente'],
    queryFn: () => api<Area[]>('GET', `/api/areas${queryString({ level: 'gemeente' })}`),
  });
  const [editing, setEditing] = useState<UserView | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{nl.users.title}</PageTitle>
      {users.isPending || teams.isPending || gemeenten.isPending ? <LoadingState /> : null}
      {users.isError ? <ErrorState error={users.error} onRetry={() => users.refetch()} /> : null}
      {gemeenten.isError ? <ErrorState error={gemeenten.error} onRetry={() => gemeenten.refetch()} /> : null}
      {users.isSuccess && teams.isSuccess && gemeenten.isSuccess ? (
        <>
          {saved ? (
            <div id="user-saved" tabIndex={-1}>
              <Alert type="ok">
                <Paragraph role="status">{nl.users.saved(saved)}</Paragraph>
              </Alert>
            </div>
          ) : null}
          <UsersTable
            users={users.data}
            gemeenten={gemeenten.data}
            onEdit={(user) => {
              setSaved(null);
              setEditing(user);
              focusById('edit-displayName');
            }}
          />
          {editing ? (
            <EditUser
              key={`${editing.id}-${editing.version}`}
              user={editing}
              teams={teams.data}
              gemeenten={gemeenten.data}
              onDone={(updated) => {
                setEditing(null);
                if (updated) {
                  setSaved(updated.username);
                  focusById('user-saved');
                }
              }}
            />
          ) : null}
          <NewUser teams={teams.data} gemeenten={gemeenten.data} />
        </>
      ) : null}
    </>
  );
}

function UsersTable(props: { users: UserView[]; gemeenten: Area[]; onEdit: (user: UserView) => void }) {
  const { users, onEdit } = props;
  const names = new Map(props.gemeenten.map((gemeente) => [gemeente.code, gemeente.name]));
  const gemeenteOf = (user: UserView) => {
    if (user.gemeenteCode)
      return nl.users.gemeenteOption(names.get(user.gemeenteCode) ?? '?', user.gemeenteCode);
    return user.roles.includes('bestuur') ? nl.users.bestuurWithoutGemeenteShort : '—';
  };
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
        { header: nl.users.gemeenteColumn, cell: gemeenteOf },
        { header: nl.users.active, cell: (user) => (user.active ? nl.users.yes : nl.users.no) },
        {
          header: nl.users.actions,
          cell: (user) => (
            <Button appearance="subtle-button" onClick={() => onEdit(user)}>
              {nl.users.editShort}
              <span className="visually-hidden"> {user.username}</span>
            </Button>
          ),
        },
      ]}
    />
  );
}

function EditUser(props: {
  user: UserView;
  teams: TeamView[];
  gemeenten: Area[];
  onDone: (updated: UserView | null) => void;
}) {
  const { user, teams, onDone } = props;
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [teamIds, setTeamIds] = useState(user.teams.map((team) => team.id));
  const [gemeenteCode, setGemeenteCode] = useState(user.gemeenteCode ?? '');
  const save = useMutation({
    mutationFn: (changes: {
      displayName?: string;
      roles?: Role[];
      teamIds?: string[];
      active?: boolean;
      gemeenteCode?: string | null;
    }) =>
      api<UserView>('PATCH', `/api/users/${user.id}`, {
        body: changes,
        headers: { 'if-match': `"${user.version}"` },
      }),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onDone(updated);
    },
  });
  const error = save.error instanceof ApiError ? save.error : undefined;
  const errors = error?.fieldErrors() ?? {};
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ displayName, roles, teamIds, gemeenteCode: gemeenteCode || null });
  }
  return (
    <section aria-labelledby="edit-user" className="samenhang-panel">
      <Heading level={2} id="edit-user">
        {nl.users.edit(user.username)}
      </Heading>
      {error?.status === 409 ? (
        <Alert type="warning">
          <Paragraph role="alert">{nl.users.conflict}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={async () => {
              await queryClient.invalidateQueries({ queryKey: ['users'] });
              onDone(null);
            }}
          >
            {nl.person.reload}
          </Button>
        </Alert>
      ) : null}
      {save.isError && error?.status !== 409 && !error?.problem.errors ? (
        <ErrorState error={save.error} />
      ) : null}
      <ErrorSummary
        errors={errors}
        fieldIds={{ displayName: 'edit-displayName', roles: 'edit-roles', gemeenteCode: 'edit-gemeente' }}
        labels={{
          displayName: nl.users.displayName,
          roles: nl.users.roles,
          teamIds: nl.users.teams,
          gemeenteCode: nl.users.gemeente,
        }}
      />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id="edit-displayName"
          label={nl.users.displayName}
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
        />
        <RoleAndTeamFields
          idPrefix="edit"
          roles={roles}
          teamIds={teamIds}
          teams={teams}
          onRoles={setRoles}
          onTeams={setTeamIds}
          errors={errors}
        />
        <GemeenteField
          idPrefix="edit"
          value={gemeenteCode}
          gemeenten={props.gemeenten}
          roles={roles}
          onChange={setGemeenteCode}
          error={errors.gemeenteCode}
        />
        <ActionGroup>
          <BusyAwareButton type="submit" primary busy={save.isPending}>
            {nl.users.save}
          </BusyAwareButton>
          <BusyAwareButton busy={save.isPending} onClick={() => save.mutate({ active: !user.active })}>
            {user.active ? nl.users.deactivate : nl.users.activate}
          </BusyAwareButton>
          <Button type="button" appearance="subtle-button" onClick={() => onDone(null)}>
            {nl.person.cancel}
          </Button>
        </ActionGroup>
      </form>
    </section>
  );
}

function NewUser({ teams, gemeenten }: { teams: TeamView[]; gemeenten: Area[] }) {
  const queryClient = useQueryClient();
  const { values: form, field: set, reset } = useFormValues({ username: '', displayName: '', password: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [gemeenteCode, setGemeenteCode] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api<UserView>('POST', '/api/users', {
        body: { ...form, roles, teamIds, gemeenteCode: gemeenteCode || null },
      }),
    onSuccess: async () => {
      reset();
      setRoles([]);
      setTeamIds([]);
      setGemeenteCode('');
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
        fieldIds={{
          username: 'new-username',
          displayName: 'new-displayName',
          password: 'new-password',
          roles: 'new-roles',
          gemeenteCode: 'new-gemeente',
        }}
        labels={{
          username: nl.users.username,
          displayName: nl.users.displayName,
          password: nl.users.password,
          roles: nl.users.roles,
          teamIds: nl.users.teams,
          gemeenteCode: nl.users.gemeente,
        }}
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
        <GemeenteField
          idPrefix="new"
          value={gemeenteCode}
          gemeenten={gemeenten}
          roles={roles}
          onChange={setGemeenteCode}
          error={errors.gemeenteCode}
        />
        <SubmitButton primary disabled={create.isPending}>
          {nl.users.create}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
