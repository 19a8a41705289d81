import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SnapshotSummary } from '../../../shared/api/monitor';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatDate, formatDateTime, formatNumber } from '../../components/format';
import { ErrorState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';
import { SNAPSHOTS_KEY } from './monitorApi';

const t = nl.monitor.beheer;

/** The snapshots with their status; a computed one can be published after a confirmation. */
export function SnapshotAdminTable({ snapshots }: { snapshots: SnapshotSummary[] }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<SnapshotSummary | null>(null);
  const publish = useMutation({
    mutationFn: async (snapshot: SnapshotSummary) =>
      SnapshotSummary.parse(await api<unknown>('POST', `/api/monitor/snapshots/${snapshot.id}/publish`)),
    onSuccess: async () => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: SNAPSHOTS_KEY });
      focusById('snapshot-published');
    },
  });
  function ask(snapshot: SnapshotSummary) {
    publish.reset();
    setConfirming(snapshot);
    focusById('snapshot-confirm-title');
  }
  function cancel() {
    const id = confirming?.id;
    setConfirming(null);
    // Back to the button that opened the question.
    if (id) window.setTimeout(() => document.querySelector<HTMLElement>(`#publish-${id} button`)?.focus(), 0);
  }
  return (
    <section aria-labelledby="snapshot-list">
      <Heading level={2} id="snapshot-list">
        {t.listTitle}
      </Heading>
      {publish.isSuccess ? (
        <Alert type="ok">
          <Paragraph id="snapshot-published" role="status">
            {t.published(t.publishWhich(publish.data.periodLabel, publish.data.version))}
          </Paragraph>
        </Alert>
      ) : null}
      {confirming ? (
        <section className="monitor-confirm" aria-labelledby="snapshot-confirm-title">
          <Heading level={3} id="snapshot-confirm-title" tabIndex={-1}>
            {t.confirmTitle(confirming.periodLabel, confirming.version)}
          </Heading>
          <Paragraph>{t.confirmText}</Paragraph>
          {publish.isError ? <ErrorState error={publish.error} /> : null}
          <div className="monitor-actions">
            <BusyAwareButton primary busy={publish.isPending} onClick={() => publish.mutate(confirming)}>
              {t.confirmYes}
            </BusyAwareButton>
            <BusyAwareButton onClick={cancel}>{t.cancel}</BusyAwareButton>
          </div>
        </section>
      ) : null}
      {snapshots.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <DataTable
          caption={t.listCaption}
          rows={snapshots}
          rowKey={(snapshot) => snapshot.id}
          columns={[
            { header: t.period, rowHeader: true, cell: (snapshot) => snapshot.periodLabel },
            { header: t.version, align: 'end', cell: (snapshot) => String(snapshot.version) },
            { header: t.status, cell: (snapshot) => t.statuses[snapshot.status] ?? snapshot.status },
            {
              header: t.range,
              cell: (snapshot) => `${formatDate(snapshot.periodStart)} – ${formatDate(snapshot.periodEnd)}`,
            },
            { header: t.persons, align: 'end', cell: (snapshot) => formatNumber(snapshot.personCount) },
            { header: t.provisions, align: 'end', cell: (snapshot) => formatNumber(snapshot.provisionCount) },
            { header: t.computedAt, cell: (snapshot) => formatDateTime(snapshot.computedAt) },
            {
              header: t.publishedAt,
              cell: (snapshot) => (snapshot.publishedAt ? formatDateTime(snapshot.publishedAt) : '—'),
            },
            { header: t.correctionColumn, cell: (snapshot) => snapshot.correctionReason ?? '—' },
            {
              header: t.action,
              cell: (snapshot) =>
                snapshot.status === 'berekend' ? (
                  <span id={`publish-${snapshot.id}`}>
                    <BusyAwareButton onClick={() => ask(snapshot)}>
                      {t.publishShort}
                      <span className="visually-hidden">{` ${t.publishWhich(snapshot.periodLabel, snapshot.version)}`}</span>
                    </BusyAwareButton>
                  </span>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
