import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

interface Term {
  amount: number;
  unit: 'days' | 'weeks' | 'months';
}
interface CaseTypeRow {
  code: string;
  version: number;
  name: string;
  domain: string;
  legalBasis: { law: string; article: string };
  term: Term | null;
  serviceNorm: Term | null;
  suspensionAllowed: boolean;
  extension: { allowed: boolean; maxAmount: number | null; unit: string | null };
  statuses: { code: string; name: string }[];
  results: { code: string; name: string; outcome: string }[];
}

const UNITS: Record<string, string> = { days: 'dagen', weeks: 'weken', months: 'maanden' };
const term = (value: Term | null) => (value ? `${value.amount} ${UNITS[value.unit] ?? value.unit}` : '—');

/** The case-type catalog, readable for functioneel beheer: what each type's law, term and outcomes are. */
export function AdminCaseTypesPage() {
  const caseTypes = useQuery({
    queryKey: ['case-types'],
    queryFn: () => api<CaseTypeRow[]>('GET', '/api/case-types'),
  });
  return (
    <>
      <PageTitle>{nl.catalog.title}</PageTitle>
      <Paragraph>{nl.catalog.intro}</Paragraph>
      {caseTypes.isPending ? <LoadingState /> : null}
      {caseTypes.isError ? <ErrorState error={caseTypes.error} /> : null}
      {caseTypes.isSuccess ? (
        <DataTable
          caption={nl.catalog.caption}
          rows={caseTypes.data}
          rowKey={(row) => `${row.code}@${row.version}`}
          columns={[
            {
              header: nl.catalog.name,
              rowHeader: true,
              cell: (row) => `${row.name} (${row.code}, v${row.version})`,
            },
            { header: nl.catalog.domain, cell: (row) => row.domain },
            {
              header: nl.catalog.basis,
              cell: (row) => `${row.legalBasis.law}, art. ${row.legalBasis.article}`,
            },
            { header: nl.catalog.term, cell: (row) => term(row.term) },
            { header: nl.catalog.serviceNorm, cell: (row) => term(row.serviceNorm) },
            {
              header: nl.catalog.suspensionExtension,
              cell: (row) =>
                `${row.suspensionAllowed ? nl.catalog.yes : nl.catalog.no} / ${
                  row.extension.allowed
                    ? `${row.extension.maxAmount} ${UNITS[row.extension.unit ?? ''] ?? ''}`
                    : nl.catalog.no
                }`,
            },
            {
              header: nl.catalog.statuses,
              cell: (row) => row.statuses.map((status) => status.name).join(' → '),
            },
            {
              header: nl.catalog.results,
              cell: (row) => row.results.map((result) => result.name).join(', '),
            },
          ]}
        />
      ) : null}
    </>
  );
}
