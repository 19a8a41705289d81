import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { HouseholdOverview } from '../../../shared/api/household-view';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { nl } from '../../messages/nl';

const domainName = (domain: string) => nl.household.domainNames[domain] ?? domain;

/** Every case of the members, open ones first, across all domains. */
export function HouseholdCases(props: { cases: HouseholdOverview['cases']; names: Map<string, string> }) {
  const text = nl.household.cases;
  return (
    <section aria-labelledby="zaken">
      <Heading level={2} id="zaken">
        {text.title}
      </Heading>
      {props.cases.length === 0 ? (
        <Paragraph>{text.empty}</Paragraph>
      ) : (
        <DataTable
          caption={text.caption}
          rows={props.cases}
          rowKey={(row) => row.id}
          columns={[
            {
              header: text.number,
              rowHeader: true,
              cell: (row) => (
                <Link to="/zaken/$id" params={{ id: row.id }}>
                  {row.number}
                </Link>
              ),
            },
            { header: text.type, cell: (row) => row.caseTypeName },
            { header: text.person, cell: (row) => props.names.get(row.personId) ?? '—' },
            { header: text.domain, cell: (row) => domainName(row.domain) },
            { header: text.status, cell: (row) => row.statusName },
            { header: text.received, cell: (row) => formatDate(row.receivedOn) },
            { header: text.closed, cell: (row) => (row.closedOn ? formatDate(row.closedOn) : text.open) },
          ]}
        />
      )}
    </section>
  );
}

export function HouseholdProvisions(props: {
  provisions: HouseholdOverview['provisions'];
  names: Map<string, string>;
}) {
  const text = nl.household.provisions;
  // Names of the provision types from the catalog; the code stands in until they arrive.
  const types = useQuery({
    queryKey: ['provision-types'],
    queryFn: () => api<{ code: string; name: string }[]>('GET', '/api/provision-types'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const typeName = (code: string) => types.data?.find((type) => type.code === code)?.name ?? code;
  return (
    <section aria-labelledby="voorzieningen">
      <Heading level={2} id="voorzieningen">
        {text.title}
      </Heading>
      {props.provisions.length === 0 ? (
        <Paragraph>{text.empty}</Paragraph>
      ) : (
        <DataTable
          caption={text.caption}
          rows={props.provisions}
          rowKey={(row) => row.id}
          columns={[
            { header: text.type, rowHeader: true, cell: (row) => typeName(row.provisionTypeCode) },
            { header: text.person, cell: (row) => props.names.get(row.personId) ?? '—' },
            { header: text.domain, cell: (row) => domainName(row.domain) },
            {
              header: text.period,
              cell: (row) => text.from(formatDate(row.start), row.end ? formatDate(row.end) : null),
            },
            {
              header: text.volume,
              cell: (row) => (row.volume === null ? '—' : `${row.volume} ${row.volumeUnit ?? ''}`.trim()),
            },
          ]}
        />
      )}
    </section>
  );
}
