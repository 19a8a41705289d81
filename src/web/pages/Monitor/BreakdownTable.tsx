import { Heading } from '@rijkshuisstijl-community/components-react';
import type { MonitorView } from '../../../shared/api/monitor';
import { DataTable } from '../../components/DataTable';
import { nl } from '../../messages/nl';
import { valueLabel } from './comparable';

const t = nl.monitor;

/** The area's figure split up, e.g. per provision type, as the server protected it. */
export function BreakdownTable({ view }: { view: MonitorView }) {
  return (
    <section aria-labelledby="monitor-breakdown">
      <Heading level={2} id="monitor-breakdown">
        {t.breakdownTitle}
      </Heading>
      <DataTable
        caption={t.breakdownCaption(view.indicator.name, view.area.name)}
        rows={view.breakdown}
        rowKey={(item) => item.code}
        columns={[
          { header: t.breakdownName, rowHeader: true, cell: (item) => item.name },
          { header: valueLabel(view.indicator.unit), align: 'end', cell: (item) => item.value.display },
        ]}
      />
    </section>
  );
}
