import {
  Alert,
  DataSummary,
  DataSummaryItem,
  Heading,
  Paragraph,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { CaseDetail } from '../../../shared/api/cases';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate, formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { CaseActions } from './CaseActions';
import { CaseAppointments } from './CaseAppointments';
import { CaseDecisions } from './CaseDecisions';
import { CaseDocuments } from './CaseDocuments';
import { CaseNotes } from './CaseNotes';
import { CaseReferral } from './CaseReferral';
import { describeDetails } from './timelineDetails';

interface CaseTypeInfo {
  code: string;
  version: number;
  statuses: { code: string; name: string }[];
  results: { code: string; name: string }[];
  decisionTypes: { code: string; name: string; provisionTypes: string[] }[];
}

export function CasePage() {
  const { id = '' } = useParams({ strict: false });
  const detail = useQuery({
    queryKey: ['case', id],
    queryFn: () => api<CaseDetail>('GET', `/api/cases/${id}`),
    retry: false,
  });
  const caseTypes = useQuery({
    queryKey: ['case-types'],
    queryFn: () => api<CaseTypeInfo[]>('GET', '/api/case-types'),
  });
  if (detail.isPending || caseTypes.isPending) return <LoadingState />;
  if (detail.isError || caseTypes.isError) {
    return (
      <>
        <PageTitle>{nl.errors.title}</PageTitle>
        <ErrorState error={detail.error ?? caseTypes.error} />
      </>
    );
  }
  const item = detail.data;
  const caseType = caseTypes.data.find(
    (type) => type.code === item.caseType.code && type.version === item.caseType.version,
  );
  const deadline = item.legalDeadline
    ? `${formatDate(item.legalDeadline)}${item.daysLeft === null ? '' : ` (${nl.cases.daysLeft(item.daysLeft)})`}${item.suspended ? ` — ${nl.cases.suspended}` : ''}`
    : '—';
  return (
    <>
      <PageTitle>{`${item.caseType.name} ${item.number}`}</PageTitle>
      <Paragraph>
        {nl.cases.about}{' '}
        <Link to="/personen/$id" params={{ id: item.person.id }}>
          {item.person.displayName}
        </Link>
        {' · '}
        {nl.household.regisseur.label}: {item.regisseur?.displayName ?? nl.household.regisseur.none}
      </Paragraph>
      <DataSummary>
        <DataSummaryItem
          itemKey={nl.cases.status}
          itemValue={
            item.closedOn
              ? `${nl.cases.closed} ${formatDate(item.closedOn)}: ${item.result?.name ?? ''}`
              : item.status.name
          }
        />
        <DataSummaryItem itemKey={nl.cases.legalDeadline} itemValue={deadline} />
        <DataSummaryItem itemKey={nl.cases.serviceNorm} itemValue={formatDate(item.serviceNormDate)} />
        <DataSummaryItem
          itemKey={nl.cases.receivedOn}
          itemValue={`${formatDate(item.receivedOn)} (${item.channel})`}
        />
        <DataSummaryItem itemKey={nl.cases.team} itemValue={item.team.name} />
      </DataSummary>
      {item.onExpiry && item.daysLeft !== null && item.daysLeft < 0 ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{nl.cases.onExpiry}:</strong> {item.onExpiry}
          </Paragraph>
        </Alert>
      ) : null}
      {caseType && !item.closedOn ? <CaseActions detail={item} caseType={caseType} /> : null}
      {item.caseType.domain === 'wmo' ? <CaseAppointments detail={item} /> : null}
      {item.caseType.domain === 'jeugd' ? <CaseReferral detail={item} /> : null}
      {caseType ? <CaseDecisions detail={item} decisionTypes={caseType.decisionTypes} /> : null}
      <CaseNotes detail={item} />
      <CaseDocuments detail={item} />
      <section aria-labelledby="timeline">
        <Heading level={2} id="timeline">
          {nl.cases.timeline}
        </Heading>
        <DataTable
          caption={nl.cases.timelineCaption}
          rows={item.timeline}
          rowKey={(event) => `${event.occurredAt}-${event.kind}`}
          columns={[
            { header: nl.cases.when, cell: (event) => formatDateTime(event.occurredAt) },
            {
              header: nl.cases.what,
              rowHeader: true,
              cell: (event) => nl.cases.events[event.kind] ?? nl.wmoJeugd.events[event.kind] ?? event.kind,
            },
            {
              header: nl.cases.details,
              cell: (event) => describeDetails(event.details),
            },
          ]}
        />
      </section>
    </>
  );
}
