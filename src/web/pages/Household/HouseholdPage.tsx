import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { HouseholdDetail } from '../../../shared/api/registry';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, errorTitle, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

export function HouseholdPage() {
  const { id = '' } = useParams({ strict: false });
  const household = useQuery({
    queryKey: ['household', id],
    queryFn: () => api<HouseholdDetail>('GET', `/api/households/${id}`),
    retry: false,
  });
  if (household.isPending) return <LoadingState />;
  if (household.isError) {
    return (
      <>
        <PageTitle>{errorTitle(household.error)}</PageTitle>
        <ErrorState error={household.error} onRetry={() => household.refetch()} />
      </>
    );
  }
  const data = household.data;
  return (
    <>
      <PageTitle>{data.name}</PageTitle>
      <Paragraph>
        <strong>{nl.household.team}:</strong> {data.team?.name ?? nl.household.noTeam}
      </Paragraph>
      <Paragraph>
        <Link to="/huishoudens/$id/plan" params={{ id: data.id }}>
          {nl.plan.linkFromHousehold}
        </Link>
      </Paragraph>
      <DataTable
        caption={nl.household.caption}
        rows={data.members}
        rowKey={(member) => `${member.personId}-${member.validFrom}`}
        columns={[
          {
            header: nl.search.columns.name,
            rowHeader: true,
            cell: (member) => (
              <Link to="/personen/$id" params={{ id: member.personId }}>
                {member.displayName}
              </Link>
            ),
          },
          { header: nl.search.columns.birthDate, cell: (member) => formatDate(member.birthDate) },
          {
            header: nl.household.relation,
            cell: (member) => nl.household.relations[member.relation] ?? member.relation,
          },
          {
            header: nl.household.period,
            cell: (member) =>
              `${nl.person.since(formatDate(member.validFrom))}${member.validUntil ? `, ${nl.person.until(formatDate(member.validUntil))}` : ''}`,
          },
        ]}
      />
    </>
  );
}
