import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { HouseholdDetail } from '../../../shared/api/registry';
import { api } from '../../api/client';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
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
        <PageTitle>{nl.errors.title}</PageTitle>
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
      <div className="samenhang-table-wrap">
        <Table>
          <TableCaption>{nl.household.caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{nl.search.columns.name}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.search.columns.birthDate}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.household.relation}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.household.period}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.members.map((member) => (
              <TableRow key={`${member.personId}-${member.validFrom}`}>
                <TableHeaderCell scope="row">
                  <Link to="/personen/$id" params={{ id: member.personId }}>
                    {member.displayName}
                  </Link>
                </TableHeaderCell>
                <TableCell>{formatDate(member.birthDate)}</TableCell>
                <TableCell>{nl.household.relations[member.relation] ?? member.relation}</TableCell>
                <TableCell>
                  {nl.person.since(formatDate(member.validFrom))}
                  {member.validUntil ? `, ${nl.person.until(formatDate(member.validUntil))}` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
