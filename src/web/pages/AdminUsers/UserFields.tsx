import { Checkbox, Fieldset, FormFieldErrorMessage } from '@rijkshuisstijl-community/components-react';
import type { TeamView } from '../../../shared/api/admin';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import { nl } from '../../messages/nl';

/** Role and team checkboxes, shared by the create and edit forms. */
export function RoleAndTeamFields(props: {
  idPrefix: string;
  roles: Role[];
  teamIds: string[];
  teams: TeamView[];
  onRoles: (roles: Role[]) => void;
  onTeams: (teamIds: string[]) => void;
  errors: Record<string, string>;
}) {
  const toggle = <T,>(list: T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return (
    <>
      <Fieldset
        id={`${props.idPrefix}-roles`}
        invalid={Boolean(props.errors.roles)}
        legend={nl.users.roles}
        aria-describedby={props.errors.roles ? `${props.idPrefix}-roles-error` : undefined}
      >
        {props.errors.roles ? (
          <FormFieldErrorMessage id={`${props.idPrefix}-roles-error`}>
            {props.errors.roles}
          </FormFieldErrorMessage>
        ) : null}
        {ROLES.map((role) => (
          <div key={role}>
            <Checkbox
              id={`${props.idPrefix}-role-${role}`}
              checked={props.roles.includes(role)}
              onChange={() => props.onRoles(toggle(props.roles, role))}
            />{' '}
            <label htmlFor={`${props.idPrefix}-role-${role}`}>{ROLE_LABELS[role]}</label>
          </div>
        ))}
      </Fieldset>
      <Fieldset legend={nl.users.teams}>
        {props.teams.map((team) => (
          <div key={team.id}>
            <Checkbox
              id={`${props.idPrefix}-team-${team.id}`}
              checked={props.teamIds.includes(team.id)}
              onChange={() => props.onTeams(toggle(props.teamIds, team.id))}
            />{' '}
            <label htmlFor={`${props.idPrefix}-team-${team.id}`}>{team.name}</label>
          </div>
        ))}
      </Fieldset>
    </>
  );
}
