import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { INTAKE_CHANNELS, LIFE_DOMAINS } from '../../../shared/api/front-door';
import type { IntakeDetail } from '../../../shared/api/intakes';
import { api } from '../../api/client';
import { hasRole, useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, errorTitle, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { ClarifyForm } from './ClarifyForm';
import { OutcomeForm } from './OutcomeForm';
import { RoutingPanel } from './RoutingPanel';

/** One melding: what was said, where it went and why, the question behind it, and its outcome. */
export function IntakePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { user } = useSession();
  const intake = useQuery({
    queryKey: ['intake', id],
    queryFn: () => api<IntakeDetail>('GET', `/api/intakes/${id}`),
  });
  if (intake.isPending) return <LoadingState />;
  if (intake.isError)
    return (
      <>
        <PageTitle>{errorTitle(intake.error)}</PageTitle>
        <ErrorState error={intake.error} onRetry={() => intake.refetch()} />
      </>
    );
  const detail = intake.data;
  const nameOf = (personId: string) =>
    detail.householdMembers.find((member) => member.id === personId)?.displayName ??
    detail.person.displayName;
  return (
    <>
      <PageTitle>{nl.intake.title(detail.person.displayName)}</PageTitle>
      <Paragraph>
        {formatDate(detail.receivedOn)} ·{' '}
        {INTAKE_CHANNELS[detail.channel as keyof typeof INTAKE_CHANNELS] ?? detail.channel} ·{' '}
        {nl.intake.statusNames[detail.status] ?? detail.status} ·{' '}
        <Link to="/personen/$id" params={{ id: detail.person.id }}>
          {detail.person.displayName}
        </Link>
        {detail.householdId ? (
          <>
            {' · '}
            {nl.household.regisseur.label}: {detail.regisseur?.displayName ?? nl.household.regisseur.none}
          </>
        ) : null}
      </Paragraph>
      <section aria-labelledby="intake-words">
        <Heading level={2} id="intake-words">
          {nl.intake.ownWordsTitle}
        </Heading>
        {detail.reportedBy ? <Paragraph>{nl.intake.reportedByLine(detail.reportedBy)}</Paragraph> : null}
        <blockquote className="samenhang-quote">{detail.ownWords}</blockquote>
      </section>
      <RoutingPanel intake={detail} canRoute={hasRole(user, 'teammanager')} />
      {detail.clarifiedQuestion ? (
        <section aria-labelledby="intake-clarified">
          <Heading level={2} id="intake-clarified">
            {nl.intake.clarifiedQuestion}
          </Heading>
          <Paragraph>{detail.clarifiedQuestion}</Paragraph>
          {detail.scores.length > 0 ? (
            <DataTable
              caption={nl.intake.scoresCaption}
              rows={detail.scores.map((score, index) => ({ ...score, key: String(index) }))}
              rowKey={(score) => score.key}
              columns={[
                { header: nl.intake.person, cell: (score) => nameOf(score.personId) },
                {
                  header: nl.intake.lifeDomain,
                  rowHeader: true,
                  cell: (score) =>
                    LIFE_DOMAINS[score.lifeDomain as keyof typeof LIFE_DOMAINS] ?? score.lifeDomain,
                },
                { header: nl.intake.score, align: 'end', cell: (score) => score.score },
              ]}
            />
          ) : null}
        </section>
      ) : null}
      {detail.status === 'open' ? <ClarifyForm intake={detail} /> : null}
      {detail.status === 'open' ? <OutcomeForm intake={detail} /> : <OutcomeView intake={detail} />}
    </>
  );
}

function OutcomeView({ intake }: { intake: IntakeDetail }) {
  return (
    <section aria-labelledby="intake-outcome">
      <Heading level={2} id="intake-outcome">
        {nl.intake.outcomeTitle}
      </Heading>
      <Paragraph>
        {intake.outcomeKinds.map((kind) => nl.intake.outcomeKinds[kind] ?? kind).join(', ')} ·{' '}
        {formatDate(intake.completedOn)}
      </Paragraph>
      {intake.advice ? <Paragraph>{intake.advice}</Paragraph> : null}
      {intake.referrals.length > 0 ? (
        <DataTable
          caption={nl.intake.referralsCaption}
          rows={intake.referrals.map((referral, index) => ({ ...referral, key: String(index) }))}
          rowKey={(referral) => referral.key}
          columns={[
            { header: nl.intake.partner, rowHeader: true, cell: (referral) => referral.partner },
            { header: nl.intake.referralNote, cell: (referral) => referral.note ?? '—' },
          ]}
        />
      ) : null}
      {intake.cases.length > 0 ? (
        <DataTable
          caption={nl.intake.casesCaption}
          rows={intake.cases}
          rowKey={(item) => item.id}
          columns={[
            {
              header: nl.cases.number,
              rowHeader: true,
              cell: (item) => (
                <Link to="/zaken/$id" params={{ id: item.id }}>
                  {item.number}
                </Link>
              ),
            },
            { header: nl.cases.type, cell: (item) => item.caseTypeCode },
          ]}
        />
      ) : null}
    </section>
  );
}
