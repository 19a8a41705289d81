import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldErrorMessage,
  FormFieldSelect,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import type { TeamView } from '../../../shared/api/admin';
import type { Area } from '../../../shared/api/registry';
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

/**
 * The gemeente a bestuurder governs: the Monitor shows them only that gemeente. The NL Design
 * System select links its label through an id of its own, so our id (which the error summary
 * focuses) sits on a wrapper. A bestuurder without a gemeente is allowed, with a warning tied to
 * the select.
 */
export function GemeenteField(props: {
  idPrefix: string;
  value: string;
  gemeenten: Area[];
  roles: Role[];
  onChange: (code: string) => void;
  error?: string | undefined;
}) {
  const known = props.gemeenten.some((gemeente) => gemeente.code === props.value);
  const warn = props.roles.includes('bestuur') && props.value === '';
  return (
    <div id={`${props.idPrefix}-gemeente`}>
      <FormFieldSelect
        label={nl.users.gemeente}
        value={props.value}
        invalid={Boolean(props.error)}
        errorMessage={props.error}
        status={warn ? <strong>{nl.users.bestuurWithoutGemeente}</strong> : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <SelectOption value="">{nl.users.gemeenteNone}</SelectOption>
        {props.value && !known ? <SelectOption value={props.value}>{props.value}</SelectOption> : null}
        {props.gemeenten.map((gemeente) => (
          <SelectOption key={gemeente.code} value={gemeente.code}>
            {nl.users.gemeenteOption(gemeente.name, gemeente.code)}
          </SelectOption>
        ))}
      </FormFieldSelect>
    </div>
  );
}
