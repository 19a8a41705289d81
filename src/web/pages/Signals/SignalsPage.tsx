import { FormFieldSelect, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { SIGNAL_CODES, type Signal } from '../../../shared/api/household-view';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

const text = nl.signals;

/** The signals of the households of one of the user's teams, longest-standing first. */
export function SignalsPage() {
  const { user } = useSession();
  const teams = user?.teams ?? [];
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [code, setCode] = useState('');
  const signals = useQuery({
    queryKey: ['team-signals', teamId],
    queryFn: () => api<{ items: Signal[] }>('GET', `/api/signals?team=${encodeURIComponent(teamId)}`),
    enabled: teamId !== '',
    retry: false,
  });
  const team = teams.find((candidate) => candidate.id === teamId);
  const rows = (signals.data?.items ?? []).filter((signal) => !code || signal.code === code);
  return (
    <>
      <PageTitle>{text.title}</PageTitle>
      <Paragraph>{text.intro}</Paragraph>
      {teams.length === 0 ? (
        <Paragraph>{text.noTeams}</Paragraph>
      ) : (
        <form className="samenhang-form" onSubmit={(event) => event.preventDefault()}>
          <FormFieldSelect
            id="signalen-team"
            label={text.team}
            value={teamId}
            onChange={(event) => setTeamId(event.target.value)}
          >
            {teams.map((candidate) => (
              <SelectOption key={candidate.id} value={candidate.id}>
                {candidate.name}
              </SelectOption>
            ))}
          </FormFieldSelect>
          <FormFieldSelect
            id="signalen-soort"
            label={text.filter}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          >
            <SelectOption value="">{text.all}</SelectOption>
            {SIGNAL_CODES.map((candidate) => (
              <SelectOption key={candidate} value={candidate}>
                {text.codes[candidate] ?? candidate}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </form>
      )}
      {signals.isFetching && !signals.data ? <LoadingState /> : null}
      {signals.isError ? <ErrorState error={signals.error} onRetry={() => signals.refetch()} /> : null}
      {signals.data && rows.length === 0 ? <Paragraph role="status">{text.none}</Paragraph> : null}
      {signals.data && rows.length > 0 ? (
        <DataTable
          caption={text.caption(team?.name ?? '', rows.length)}
          rows={rows}
          rowKey={(signal) =>
            `${signal.householdId}-${signal.code}-${signal.personId ?? ''}-${signal.explanation}`
          }
          columns={[
            {
              header: text.household,
              rowHeader: true,
              cell: (signal) => (
                <Link to="/huishoudens/$id" params={{ id: signal.householdId }}>
                  {signal.householdName}
                </Link>
              ),
            },
            { header: text.signal, cell: (signal) => text.codes[signal.code] ?? signal.code },
            { header: text.person, cell: (signal) => signal.personName ?? '—' },
            { header: text.why, cell: (signal) => signal.explanation },
            { header: text.since, cell: (signal) => formatDate(signal.since) },
          ]}
        />
      ) : null}
    </>
  );
}
