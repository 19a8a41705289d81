import { FormFieldSelect, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { INTAKE_CHANNELS } from '../../../shared/api/front-door';
import type { IntakeSummary } from '../../../shared/api/intakes';
import { api, queryString } from '../../api/client';
import { hasRole, useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';

type Summary = z.infer<typeof IntakeSummary>;
const channelName = (code: string) => INTAKE_CHANNELS[code as keyof typeof INTAKE_CHANNELS] ?? code;

/** The front door's lists: the team's meldingen, one's own, and (for team managers) those without a team. */
export function IntakesPage() {
  const { user } = useSession();
  const [draft, setDraft] = useState({ view: 'team', status: 'open' });
  const [filter, setFilter] = useState(draft);
  const intakes = useQuery({
    queryKey: ['intakes', filter],
    queryFn: () => api<Summary[]>('GET', `/api/intakes${queryString(filter)}`),
  });
  const views = Object.entries(nl.intake.views).filter(
    ([view]) => view !== 'ongerouteerd' || hasRole(user, 'teammanager'),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
  }
  return (
    <>
      <PageTitle>{nl.intake.queueTitle}</PageTitle>
      <Paragraph>{nl.intake.queueIntro}</Paragraph>
      <Paragraph>
        <Link to="/meldingen/nieuw">{nl.intake.newIntake}</Link>
      </Paragraph>
      <form className="samenhang-form" onSubmit={submit} aria-label={nl.intake.show}>
        <FormFieldSelect
          label={nl.intake.view}
          value={draft.view}
          onChange={(event) => setDraft({ ...draft, view: event.target.value })}
        >
          {views.map(([view, label]) => (
            <SelectOption key={view} value={view}>
              {label}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldSelect
          label={nl.intake.status}
          value={draft.status}
          onChange={(event) => setDraft({ ...draft, status: event.target.value })}
        >
          <SelectOption value="">{nl.intake.allStatuses}</SelectOption>
          {Object.entries(nl.intake.statusNames).map(([status, label]) => (
            <SelectOption key={status} value={status}>
              {label}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <SubmitButton>{nl.intake.show}</SubmitButton>
      </form>
      {intakes.isPending ? <LoadingState /> : null}
      {intakes.isError ? <ErrorState error={intakes.error} onRetry={() => intakes.refetch()} /> : null}
      {intakes.isSuccess && intakes.data.length === 0 ? <Paragraph>{nl.intake.empty}</Paragraph> : null}
      {intakes.isSuccess && intakes.data.length > 0 ? (
        <DataTable
          caption={nl.intake.caption}
          rows={intakes.data}
          rowKey={(item) => item.id}
          columns={[
            {
              header: nl.intake.person,
              rowHeader: true,
              cell: (item) => (
                <Link to="/meldingen/$id" params={{ id: item.id }}>
                  {item.person.displayName}
                </Link>
              ),
            },
            { header: nl.intake.received, cell: (item) => formatDate(item.receivedOn) },
            { header: nl.intake.channel, cell: (item) => channelName(item.channel) },
            { header: nl.intake.team, cell: (item) => item.team?.name ?? nl.intake.noTeam },
            { header: nl.intake.status, cell: (item) => nl.intake.statusNames[item.status] ?? item.status },
          ]}
        />
      ) : null}
    </>
  );
}
