import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { SnapshotSummary } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';
import { formatDate, formatDateTime } from '../format';
import './monitor.css';

const t = nl.monitor;

/** Which snapshot the figures come from, and when it was published: every figure says so. */
export function SnapshotNote({ snapshot }: { snapshot: SnapshotSummary }) {
  return (
    <>
      <Paragraph>
        <strong>
          {t.snapshotLine(
            formatDate(snapshot.periodEnd),
            snapshot.version,
            snapshot.publishedAt ? formatDateTime(snapshot.publishedAt) : null,
          )}
        </strong>
      </Paragraph>
      {snapshot.correctionReason ? <Paragraph>{t.correction(snapshot.correctionReason)}</Paragraph> : null}
    </>
  );
}

/** Explains the "." of a hidden figure with the disclosure rule as the catalog words it. */
export function HiddenNote({ rule }: { rule: string }) {
  return <Paragraph className="samenhang-muted">{t.hiddenNote(rule)}</Paragraph>;
}

/** The source line the server writes ("Bron: …") under a table or chart. */
export function SourceNote({ source }: { source: string }) {
  return source ? <Paragraph className="samenhang-muted">{source}</Paragraph> : null;
}
