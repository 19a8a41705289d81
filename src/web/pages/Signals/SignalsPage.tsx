import { FormFieldSelect, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { SIGNAL_CODES, type Signal } from '../../../shared/api/household-view';
import { api, queryString } from '../../api/client';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';

const text = nl.signals;
const PAGE = 100;

/** The signals of the households of one of the user's teams, longest-standing first. */
export function SignalsPage() {
  const { user } = useSession();
  const teams = user?.teams ?? [];
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [code, setCode] = useState('');
  const [shown, setShown] = useState(PAGE);
  const signals = useQuery({
    queryKey: ['team-signals', teamId, code],
    queryFn: () =>
      api<{ items: Signal[]; counts?: Partial<Record<string, number>> }>(
        'GET',
        `/api/signals${queryString({ team: teamId, code })}`,
      ),
    enabled: teamId !== '',
    retry: false,
  });
  const team = teams.find((candidate) => candidate.id === teamId);
  const all = signals.data?.items ?? [];
  // A large team has thousands of signals: the table grows a page at a time.
  const rows = all.slice(0, shown);
  const counts = signals.data?.counts ?? {};
  return (
    <>
      <PageTitle>{text.title}</PageTitle>
      <Paragraph>{text.intro}</Paragraph>
      {teams.length === 0 ? (
        <Paragraph>{text.noTeams}</Paragraph>
      ) : (
        <form className="samenhang-form" onSubmit={(event) => event.preventDefault()}>
          <FormFieldSelect
            label={text.team}
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setShown(PAGE);
            }}
          >
            {teams.map((candidate) => (
              <SelectOption key={candidate.id} value={candidate.id}>
                {candidate.name}
              </SelectOption>
            ))}
          </FormFieldSelect>
          <FormFieldSelect
            label={text.filter}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setShown(PAGE);
            }}
          >
            <SelectOption value="">{text.all}</SelectOption>
            {SIGNAL_CODES.map((candidate) => (
              <SelectOption key={candidate} value={candidate}>
                {`${text.codes[candidate] ?? candidate} (${counts[candidate] ?? 0})`}
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
          caption={text.caption(team?.name ?? '', rows.length, all.length)}
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
      {all.length > rows.length ? (
        <BusyAwareButton onClick={() => setShown((current) => current + PAGE)}>
          {text.more(Math.min(PAGE, all.length - rows.length))}
        </BusyAwareButton>
      ) : null}
    </>
  );
}
