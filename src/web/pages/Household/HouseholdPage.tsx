import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { HouseholdOverview } from '../../../shared/api/household-view';
import { api } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, errorTitle, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { HouseholdCases, HouseholdProvisions } from './HouseholdCases';
import { HouseholdMembers, HouseholdScores } from './HouseholdMembers';
import { HouseholdNetwork } from './HouseholdNetwork';
import { HouseholdRegisseur } from './HouseholdRegisseur';
import { HouseholdSignals } from './HouseholdSignals';
import { HouseholdTimeline } from './HouseholdTimeline';

export const overviewKey = (id: string) => ['household-overview', id] as const;

/** One household across all domains: who lives there, who helps, what runs, and what happened. */
export function HouseholdPage() {
  const { id = '' } = useParams({ strict: false });
  const overview = useQuery({
    queryKey: overviewKey(id),
    queryFn: () => api<HouseholdOverview>('GET', `/api/households/${id}/overview`),
    retry: false,
  });
  if (overview.isPending) return <LoadingState />;
  if (overview.isError) {
    return (
      <>
        <PageTitle>{errorTitle(overview.error)}</PageTitle>
        <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
      </>
    );
  }
  const data = overview.data;
  const names = new Map(data.members.map((member) => [member.personId, member.displayName]));
  return (
    <>
      <PageTitle>{data.name}</PageTitle>
      <Paragraph>
        <strong>{nl.household.team}:</strong> {data.team?.name ?? nl.household.noTeam}
      </Paragraph>
      <HouseholdRegisseur household={data} />
      <Paragraph>
        <Link to="/huishoudens/$id/plan" params={{ id: data.id }}>
          {nl.plan.linkFromHousehold}
        </Link>
      </Paragraph>
      <HouseholdSignals householdId={data.id} />
      <HouseholdMembers members={data.members} />
      <HouseholdCases cases={data.cases} names={names} />
      <HouseholdProvisions provisions={data.provisions} names={names} />
      <HouseholdScores scores={data.scores} names={names} />
      <HouseholdNetwork householdId={data.id} network={data.network} />
      <HouseholdTimeline household={data} names={names} />
    </>
  );
}
