import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api/client';
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
        <div className="samenhang-table-wrap">
          <Table>
            <TableCaption>{nl.privacy.caption(label)}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{nl.privacy.when}</TableHeaderCell>
                <TableHeaderCell scope="col">{nl.privacy.user}</TableHeaderCell>
                <TableHeaderCell scope="col">{nl.privacy.person}</TableHeaderCell>
                <TableHeaderCell scope="col">{nl.privacy.reason}</TableHeaderCell>
                <TableHeaderCell scope="col">{nl.privacy.outcome}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {grants.data.map((grant) => (
                <TableRow key={grant.id}>
                  <TableCell>{formatDateTime(grant.grantedAt)}</TableCell>
                  <TableCell>{grant.username}</TableCell>
                  <TableHeaderCell scope="row">
                    {grant.personDisplayName}{' '}
                    <Link to="/personen/$id" params={{ id: grant.personId }}>
                      ({nl.privacy.accessLog})
                    </Link>
                  </TableHeaderCell>
                  <TableCell>{grant.reason}</TableCell>
                  <TableCell>
                    {grant.reviewOutcome ? (
                      grant.reviewOutcome === 'terecht' ? (
                        nl.privacy.justified
                      ) : (
                        nl.privacy.unjustified
                      )
                    ) : (
                      <>
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => review.mutate({ id: grant.id, outcome: 'terecht' })}
                        >
                          {nl.privacy.justified}
                          <span className="visually-hidden">
                            {' '}
                            — {grant.personDisplayName}, {grant.username}
                          </span>
                        </Button>{' '}
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => review.mutate({ id: grant.id, outcome: 'onterecht' })}
                        >
                          {nl.privacy.unjustified}
                          <span className="visually-hidden">
                            {' '}
                            — {grant.personDisplayName}, {grant.username}
                          </span>
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <Heading level={2}>{nl.privacy.accessLog}</Heading>
      <Paragraph>{nl.home.privacy}</Paragraph>
    </>
  );
}
