import { ActionGroup, Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { type Outcome, ReviewCard } from './ReviewCard';

/** A break-the-glass grant as GET /api/privacy/break-glass returns it. */
export interface Grant {
  id: string;
  personId: string;
  personDisplayName: string;
  username: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewOutcome: Outcome | null;
  reviewNote?: string | null;
}

type Status = 'open' | 'reviewed';

export function PrivacyPage() {
  const [status, setStatus] = useState<Status>('open');
  const queryClient = useQueryClient();
  const grants = useQuery({
    queryKey: ['break-glass', status],
    queryFn: () => api<Grant[]>('GET', `/api/privacy/break-glass?status=${status}`),
  });
  const review = useMutation({
    mutationFn: ({ id, outcome, note }: { id: string; outcome: Outcome; note: string }) =>
      api('POST', `/api/privacy/break-glass/${id}/review`, {
        body: note.trim() ? { outcome, note: note.trim() } : { outcome },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['break-glass'] });
      // The reviewed card is gone; the confirmation takes its focus.
      focusById('review-saved');
    },
  });
  return (
    <>
      <PageTitle>{nl.privacy.title}</PageTitle>
      <Paragraph>{nl.privacy.intro}</Paragraph>
      <ActionGroup>
        {(['open', 'reviewed'] as const).map((option) => (
          <Button
            key={option}
            appearance={status === option ? 'primary-action-button' : 'secondary-action-button'}
            aria-pressed={status === option}
            onClick={() => {
              review.reset();
              setStatus(option);
            }}
          >
            {option === 'open' ? nl.privacy.open : nl.privacy.reviewed}
          </Button>
        ))}
      </ActionGroup>
      <section aria-labelledby="grants">
        <Heading level={2} id="grants">
          {status === 'open' ? nl.privacy.open : nl.privacy.reviewed}
        </Heading>
        {review.isSuccess ? (
          <div id="review-saved" tabIndex={-1}>
            <Alert type="ok">
              <Paragraph role="status">{nl.privacy.reviewSaved}</Paragraph>
            </Alert>
          </div>
        ) : null}
        {review.isError ? <ErrorState error={review.error} /> : null}
        {grants.isPending ? <LoadingState /> : null}
        {grants.isError ? <ErrorState error={grants.error} onRetry={() => grants.refetch()} /> : null}
        {grants.isSuccess && grants.data.length === 0 ? <Paragraph>{nl.privacy.none}</Paragraph> : null}
        {grants.isSuccess && status === 'open'
          ? grants.data.map((grant) => (
              <ReviewCard
                key={grant.id}
                grant={grant}
                busy={review.isPending}
                onReview={(outcome, note) => review.mutate({ id: grant.id, outcome, note })}
              />
            ))
          : null}
        {grants.isSuccess && status === 'reviewed' && grants.data.length > 0 ? (
          <ReviewedTable grants={grants.data} />
        ) : null}
      </section>
    </>
  );
}

function ReviewedTable({ grants }: { grants: Grant[] }) {
  return (
    <DataTable
      caption={nl.privacy.caption(nl.privacy.reviewed)}
      rows={grants}
      rowKey={(grant) => grant.id}
      columns={[
        {
          header: nl.privacy.person,
          rowHeader: true,
          cell: (grant) => (
            <Link to="/privacy/personen/$id" params={{ id: grant.personId }}>
              {grant.personDisplayName}
            </Link>
          ),
        },
        { header: nl.privacy.user, cell: (grant) => grant.username },
        { header: nl.privacy.when, cell: (grant) => formatDateTime(grant.grantedAt) },
        { header: nl.privacy.reason, cell: (grant) => grant.reason },
        {
          header: nl.privacy.outcome,
          cell: (grant) =>
            [
              grant.reviewOutcome ? (nl.privacy.outcomes[grant.reviewOutcome] ?? grant.reviewOutcome) : '—',
              grant.reviewNote,
            ]
              .filter(Boolean)
              .join(': '),
        },
        {
          header: nl.privacy.reviewedAt,
          cell: (grant) => (grant.reviewedAt ? formatDateTime(grant.reviewedAt) : '—'),
        },
      ]}
    />
  );
}
