import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import type { Signal } from '../../../shared/api/household-view';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';

export const signalsKey = (householdId: string) => ['household-signals', householdId] as const;

/** The household's signals, each with the reason it fired; computed by the server on every visit. */
export function HouseholdSignals(props: { householdId: string }) {
  const signals = useQuery({
    queryKey: signalsKey(props.householdId),
    queryFn: () => api<{ items: Signal[] }>('GET', `/api/households/${props.householdId}/signals`),
    retry: false,
  });
  const text = nl.signals;
  return (
    <section aria-labelledby="signalen">
      <Heading level={2} id="signalen">
        {text.householdTitle}
      </Heading>
      {signals.isPending ? <LoadingState /> : null}
      {signals.isError ? <ErrorState error={signals.error} onRetry={() => signals.refetch()} /> : null}
      {signals.data && signals.data.items.length === 0 ? <Paragraph>{text.none}</Paragraph> : null}
      {signals.data && signals.data.items.length > 0 ? (
        <DataTable
          caption={text.householdCaption}
          rows={signals.data.items}
          rowKey={(signal) => `${signal.code}-${signal.personId ?? ''}-${signal.explanation}`}
          columns={[
            {
              header: text.signal,
              rowHeader: true,
              cell: (signal) => text.codes[signal.code] ?? signal.code,
            },
            { header: text.person, cell: (signal) => signal.personName ?? '—' },
            { header: text.why, cell: (signal) => signal.explanation },
            { header: text.since, cell: (signal) => formatDate(signal.since) },
          ]}
        />
      ) : null}
    </section>
  );
}
