import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

interface Grant {
  id: string;
  personId: string;
  personDisplayName: string;
  username: string;
  reason: string;
  grantedAt: string;
  reviewedAt: string | null;
  reviewOutcome: 'terecht' | 'onterecht' | null;
}

export function PrivacyPage() {
  const [status, setStatus] = useState<'open' | 'reviewed'>('open');
  const queryClient = useQueryClient();
  const grants = useQuery({
    queryKey: ['break-glass', status],
    queryFn: () => api<Grant[]>('GET', `/api/privacy/break-glass?status=${status}`),
  });
  const review = useMutation({
    mutationFn: ({ id, outcome }: { id: string; outcome: 'terecht' | 'onterecht' }) =>
      api('POST', `/api/privacy/break-glass/${id}/review`, { body: { outcome } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['break-glass'] }),
  });
  const label = status === 'open' ? nl.privacy.open : nl.privacy.reviewed;
  return (
    <>
      <PageTitle>{nl.privacy.title}</PageTitle>
      <Paragraph>{nl.privacy.intro}</Paragraph>
      <div>
        <Button
          appearance={status === 'open' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={status === 'open'}
          onClick={() => setStatus('open')}
        >
          {nl.privacy.open}
        </Button>{' '}
        <Button
          appearance={status === 'reviewed' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={status === 'reviewed'}
          onClick={() => setStatus('reviewed')}
        >
          {nl.privacy.reviewed}
        </Button>
      </div>
      {grants.isPending ? <LoadingState /> : null}
      {grants.isError ? <ErrorState error={grants.error} onRetry={() => grants.refetch()} /> : null}
      {review.isError ? <ErrorState error={review.error} /> : null}
      {grants.isSuccess && grants.data.length === 0 ? <Paragraph>{nl.privacy.none}</Paragraph> : null}
      {grants.isSuccess && grants.data.length > 0 ? (
        <DataTable
          caption={nl.privacy.caption(label)}
          rows={grants.data}
          rowKey={(grant) => grant.id}
          columns={[
            { header: nl.privacy.when, cell: (grant) => formatDateTime(grant.grantedAt) },
            { header: nl.privacy.user, cell: (grant) => grant.username },
            {
              header: nl.privacy.person,
              rowHeader: true,
              cell: (grant) => (
                <>
                  {grant.personDisplayName}{' '}
                  <Link to="/personen/$id" params={{ id: grant.personId }}>
                    ({nl.privacy.accessLog})
                  </Link>
                </>
              ),
            },
            { header: nl.privacy.reason, cell: (grant) => grant.reason },
            {
              header: nl.privacy.outcome,
              cell: (grant) =>
                grant.reviewOutcome ? (
                  grant.reviewOutcome === 'terecht' ? (
                    nl.privacy.justified
                  ) : (
                    nl.privacy.unjustified
                  )
                ) : (
                  <ReviewButtons
                    grant={grant}
                    onReview={(outcome) => review.mutate({ id: grant.id, outcome })}
                  />
                ),
            },
          ]}
        />
      ) : null}
      <Heading level={2}>{nl.privacy.accessLog}</Heading>
      <Paragraph>{nl.home.privacy}</Paragraph>
    </>
  );
}

function ReviewButtons({
  grant,
  onReview,
}: {
  grant: Grant;
  onReview: (outcome: 'terecht' | 'onterecht') => void;
}) {
  const who = ` — ${grant.personDisplayName}, ${grant.username}`;
  return (
    <>
      <Button appearance="secondary-action-button" onClick={() => onReview('terecht')}>
        {nl.privacy.justified}
        <span className="visually-hidden">{who}</span>
      </Button>{' '}
      <Button appearance="secondary-action-button" onClick={() => onReview('onterecht')}>
        {nl.privacy.unjustified}
        <span className="visually-hidden">{who}</span>
      </Button>
    </>
  );
}
