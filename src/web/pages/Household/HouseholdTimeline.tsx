import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { HouseholdOverview, TimelineItem, TimelinePage } from '../../../shared/api/household-view';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';
import { ErrorState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';

const text = nl.household.timeline;

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'displayName' in value ? String(value.displayName) : null;

/** A short Dutch description of what an entry's details say. */
function describe(item: TimelineItem): string {
  const details = item.details;
  if (item.kind === 'regisseur-gewijzigd') {
    const from = nameOf(details.from);
    const to = nameOf(details.to) ?? '—';
    const reason = typeof details.reason === 'string' && details.reason ? ` (${details.reason})` : '';
    return `${from ? `${from} → ` : ''}${to}${reason}`;
  }
  if (item.kind === 'netwerk-gewijzigd') {
    const role =
      typeof details.role === 'string' ? (nl.household.network.roles[details.role] ?? details.role) : '';
    const change = typeof details.change === 'string' ? (text.changes[details.change] ?? details.change) : '';
    return `${String(details.name ?? '')} (${role}): ${change}`;
  }
  if (item.source === 'plan') return text.planVersion(item.subject ?? '');
  if (item.source === 'melding') return item.subject ?? '';
  return '';
}

/** One timeline of the household, its cases, intakes and plan; older entries load on request. */
export function HouseholdTimeline(props: { household: HouseholdOverview; names: Map<string, string> }) {
  const [older, setOlder] = useState<TimelineItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(props.household.timelineMore);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const rows = [...props.household.timeline, ...older];

  async function more() {
    if (!cursor) return;
    setBusy(true);
    setError(null);
    try {
      const page = await api<TimelinePage>(
        'GET',
        `/api/households/${props.household.id}/timeline?before=${encodeURIComponent(cursor)}`,
      );
      setOlder((current) => [...current, ...page.items]);
      setCursor(page.more);
      setLoaded(`${page.items.length}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="tijdlijn">
      <Heading level={2} id="tijdlijn">
        {text.title}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{text.empty}</Paragraph>
      ) : (
        <DataTable
          caption={text.caption}
          rows={rows}
          rowKey={(item) =>
            `${item.source}-${item.occurredAt}-${item.kind}-${item.caseId ?? ''}-${JSON.stringify(item.details)}`
          }
          columns={[
            { header: text.when, rowHeader: true, cell: (item) => formatDateTime(item.occurredAt) },
            {
              header: text.what,
              cell: (item) =>
                `${text.sources[item.source] ?? item.source}: ${text.kinds[item.kind] ?? item.kind}`,
            },
            {
              header: text.about,
              cell: (item) => (
                <>
                  {item.caseId ? (
                    <Link to="/zaken/$id" params={{ id: item.caseId }}>
                      {item.subject}
                    </Link>
                  ) : null}
                  {item.personId && props.names.get(item.personId)
                    ? ` ${props.names.get(item.personId)} `
                    : ' '}
                  {describe(item)}
                </>
              ),
            },
          ]}
        />
      )}
      {loaded ? <Paragraph role="status">{`${loaded} ${text.loaded}`}</Paragraph> : null}
      {error ? <ErrorState error={error} /> : null}
      {cursor ? (
        <BusyAwareButton busy={busy} onClick={more}>
          {text.more}
        </BusyAwareButton>
      ) : null}
    </section>
  );
}
