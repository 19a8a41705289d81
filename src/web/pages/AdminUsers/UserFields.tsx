import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldErrorMessage,
} from '@rijkshuisstijl-community/components-react';
import type { TeamView } from '../../../shared/api/admin';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import { nl } from '../../messages/nl';

const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

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
  const rolesError = props.errors.roles;
  return (
    <div className="samenhang-form-row">
      <Fieldset
        id={`${props.idPrefix}-roles`}
        invalid={Boolean(rolesError)}
        legend={nl.users.roles}
        aria-describedby={rolesError ? `${props.idPrefix}-roles-error` : undefined}
      >
        {rolesError ? (
          <FormFieldErrorMessage id={`${props.idPrefix}-roles-error`}>{rolesError}</FormFieldErrorMessage>
        ) : null}
        {ROLES.map((role) => (
          <FormFieldCheckboxOption
            key={role}
            label={ROLE_LABELS[role]}
            checked={props.roles.includes(role)}
            onChange={() => props.onRoles(toggle(props.roles, role))}
          />
        ))}
      </Fieldset>
      <Fieldset id={`${props.idPrefix}-teams`} legend={nl.users.teams}>
        {props.teams.map((team) => (
          <FormFieldCheckboxOption
            key={team.id}
            label={team.name}
            checked={props.teamIds.includes(team.id)}
            onChange={() => props.onTeams(toggle(props.teamIds, team.id))}
          />
        ))}
      </Fieldset>
    </div>
  );
}
