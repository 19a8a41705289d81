import {
  ActionGroup,
  DataSummary,
  DataSummaryItem,
  FormFieldTextarea,
  Heading,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../components/format';
import { BusyAwareButton } from '../../components/SubmitButton';
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
      <form className="samenhang-form" onSubmit={(event: FormEvent) => event.preventDefault()}>
        <FormFieldTextarea
          id={`note-${grant.id}`}
          label={nl.privacy.note}
          value={note}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
        />
        <ActionGroup>
          <BusyAwareButton primary busy={props.busy} onClick={() => props.onReview('terecht', note)}>
            {nl.privacy.justified}
          </BusyAwareButton>
          <BusyAwareButton busy={props.busy} onClick={() => props.onReview('onterecht', note)}>
            {nl.privacy.unjustified}
          </BusyAwareButton>
        </ActionGroup>
      </form>
    </section>
  );
}
