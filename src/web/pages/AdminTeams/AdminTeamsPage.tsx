import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { SPECIALISMS, TEAM_KINDS, type TeamView } from '../../../shared/api/admin';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { FormSection } from '../../components/FormSection';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

export function AdminTeamsPage() {
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => api<TeamView[]>('GET', '/api/teams') });
  return (
    <>
      <PageTitle>{nl.teams.title}</PageTitle>
      {teams.isPending ? <LoadingState /> : null}
      {teams.isError ? <ErrorState error={teams.error} onRetry={() => teams.refetch()} /> : null}
      {teams.isSuccess ? (
        <DataTable
          caption={nl.teams.caption}
          rows={teams.data}
          rowKey={(team) => team.id}
          columns={[
            { header: nl.teams.code, cell: (team) => team.code },
            { header: nl.teams.name, rowHeader: true, cell: (team) => team.name },
            {
              header: nl.teams.kind,
              cell: (team) =>
                `${nl.teams.kinds[team.kind] ?? team.kind}${team.specialism ? ` (${nl.teams.specialisms[team.specialism] ?? team.specialism})` : ''}`,
            },
            { header: nl.teams.areas, cell: (team) => team.areaCodes.join(', ') || nl.teams.none },
            { header: nl.teams.members, align: 'end', cell: (team) => team.memberCount },
          ]}
        />
      ) : null}
      <NewTeam />
    </>
  );
}

function NewTeam() {
  const queryClient = useQueryClient();
  const {
    values: form,
    field: set,
    reset,
  } = useFormValues({
    code: '',
    name: '',
    kind: 'gebiedsteam',
    specialism: '',
    areaCodes: '',
  });
  const create = useMutation({
    mutationFn: () =>
      api<TeamView>('POST', '/api/teams', {
        body: {
          code: form.code,
          name: form.name,
          kind: form.kind,
          specialism: form.kind === 'specialistisch' ? form.specialism || null : null,
          areaCodes: form.areaCodes.split(/[\s,;]+/).filter(Boolean),
        },
      }),
    onSuccess: async () => {
      reset();
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <FormSection id="new-team" title={nl.teams.newTitle} success={create.isSuccess && nl.teams.created}>
      <ErrorSummary
        errors={errors}
        fieldIds={{
          code: 'team-code',
          name: 'team-name',
          areaCodes: 'team-areas',
          specialism: 'team-specialism',
        }}
        labels={{
          code: nl.teams.code,
          name: nl.teams.name,
          kind: nl.teams.kind,
          areaCodes: nl.teams.areaCodes,
          specialism: nl.teams.specialism,
        }}
      />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id="team-code"
          label={nl.teams.code}
          value={form.code}
          onChange={set('code')}
          error={errors.code}
        />
        <TextField
          id="team-name"
          label={nl.teams.name}
          value={form.name}
          onChange={set('name')}
          error={errors.name}
        />
        {/* No id prop: the component ties its label to the select through its own generated id. */}
        <FormFieldSelect
          label={nl.teams.kind}
          value={form.kind}
          onChange={(event) => set('kind')(event.target.value)}
        >
          {TEAM_KINDS.map((kind) => (
            <SelectOption key={kind} value={kind}>
              {nl.teams.kinds[kind]}
            </SelectOption>
          ))}
        </FormFieldSelect>
        {form.kind === 'specialistisch' ? (
          <div id="team-specialism">
            <FormFieldSelect
              label={nl.teams.specialism}
              value={form.specialism}
              invalid={Boolean(errors.specialism)}
              errorMessage={errors.specialism}
              onChange={(event) => set('specialism')(event.target.value)}
            >
              <SelectOption value="">—</SelectOption>
              {SPECIALISMS.map((specialism) => (
                <SelectOption key={specialism} value={specialism}>
                  {nl.teams.specialisms[specialism]}
                </SelectOption>
              ))}
            </FormFieldSelect>
          </div>
        ) : null}
        <TextField
          id="team-areas"
          label={nl.teams.areaCodes}
          description={nl.teams.areaCodesHint}
          value={form.areaCodes}
          onChange={set('areaCodes')}
          error={errors.areaCodes}
        />
        <SubmitButton primary disabled={create.isPending}>
          {nl.teams.create}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
