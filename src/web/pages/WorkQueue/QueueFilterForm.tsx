import { Checkbox, FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import type { CurrentUser } from '../../../shared/api/auth';
import { SubmitButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';
import type { QueueFilter } from './queueFilter';

const DOMAINS = [
  'participatie',
  'inkomen',
  'minima',
  'handhaving',
  'wmo',
  'jeugd',
  'onderwijs',
  'bedrijfsvoering',
];

/** The queue's filters; they apply when the form is sent, so a screen reader is not flooded. */
export function QueueFilterForm(props: {
  user: CurrentUser;
  value: QueueFilter;
  onApply: (filter: QueueFilter) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onApply(draft);
  }
  return (
    <form className="samenhang-form" onSubmit={submit} aria-label={nl.queue.filter}>
      {props.user.teams.length > 1 ? (
        <FormFieldSelect
          label={nl.queue.team}
          value={draft.team}
          onChange={(event) => setDraft({ ...draft, team: event.target.value })}
        >
          <SelectOption value="">{nl.queue.allTeams}</SelectOption>
          {props.user.teams.map((team) => (
            <SelectOption key={team.id} value={team.id}>
              {team.name}
            </SelectOption>
          ))}
        </FormFieldSelect>
      ) : null}
      <FormFieldSelect
        label={nl.queue.who}
        value={draft.who}
        onChange={(event) => setDraft({ ...draft, who: event.target.value as QueueFilter['who'] })}
      >
        <SelectOption value="">{nl.queue.whoAll}</SelectOption>
        <SelectOption value="me">{nl.queue.whoMe}</SelectOption>
        <SelectOption value="nobody">{nl.queue.whoNobody}</SelectOption>
      </FormFieldSelect>
      <FormFieldSelect
        label={nl.queue.domain}
        value={draft.domain}
        onChange={(event) => setDraft({ ...draft, domain: event.target.value })}
      >
        <SelectOption value="">{nl.queue.allDomains}</SelectOption>
        {DOMAINS.map((domain) => (
          <SelectOption key={domain} value={domain}>
            {domain}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <div>
        <Checkbox
          id="queue-overdue"
          checked={draft.overdue}
          onChange={() => setDraft({ ...draft, overdue: !draft.overdue })}
        />{' '}
        <label htmlFor="queue-overdue">{nl.queue.overdueOnly}</label>
      </div>
      <div>
        <Checkbox
          id="queue-suspended"
          checked={draft.suspended}
          onChange={() => setDraft({ ...draft, suspended: !draft.suspended })}
        />{' '}
        <label htmlFor="queue-suspended">{nl.queue.suspendedOnly}</label>
      </div>
      <SubmitButton>{nl.queue.filter}</SubmitButton>
    </form>
  );
}
