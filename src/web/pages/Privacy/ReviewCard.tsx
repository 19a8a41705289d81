import {
  ActionGroup,
  Button,
  DataSummary,
  DataSummaryItem,
  FormFieldTextarea,
  Heading,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../components/format';
import { nl } from '../../messages/nl';
import type { Grant } from './PrivacyPage';

export type Outcome = 'terecht' | 'onterecht';

/** One open break-the-glass grant: who, whom, why, and the officer's judgement with a note. */
export function ReviewCard(props: {
  grant: Grant;
  busy: boolean;
  onReview: (outcome: Outcome, note: string) => void;
}) {
  const { grant } = props;
  const [note, setNote] = useState('');
  const headingId = `grant-${grant.id}`;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const outcome = submitter?.getAttribute('value') === 'onterecht' ? 'onterecht' : 'terecht';
    props.onReview(outcome, note);
  }
  return (
    <section aria-labelledby={headingId} className="samenhang-panel">
      <Heading level={3} id={headingId}>
        {nl.privacy.reviewFor(grant.personDisplayName, grant.username)}
      </Heading>
      <DataSummary>
        <DataSummaryItem itemKey={nl.privacy.when} itemValue={formatDateTime(grant.grantedAt)} />
        <DataSummaryItem itemKey={nl.privacy.until} itemValue={formatDateTime(grant.expiresAt)} />
        <DataSummaryItem itemKey={nl.privacy.user} itemValue={grant.username} />
        <DataSummaryItem itemKey={nl.privacy.reason} itemValue={grant.reason} />
      </DataSummary>
      <Link to="/privacy/personen/$id" params={{ id: grant.personId }}>
        {nl.privacy.accessLogOf(grant.personDisplayName)}
      </Link>
      <form className="samenhang-form" onSubmit={submit}>
        <FormFieldTextarea
          id={`note-${grant.id}`}
          label={nl.privacy.note}
          value={note}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
        />
        <ActionGroup>
          <Button type="submit" name="outcome" value="terecht" disabled={props.busy}>
            {nl.privacy.justified}
          </Button>
          <Button
            type="submit"
            name="outcome"
            value="onterecht"
            appearance="secondary-action-button"
            disabled={props.busy}
          >
            {nl.privacy.unjustified}
          </Button>
        </ActionGroup>
      </form>
    </section>
  );
}
