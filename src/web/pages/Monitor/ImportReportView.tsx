import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect } from 'react';
import { DataTable } from '../../components/DataTable';
import { formatNumber } from '../../components/format';
import '../../components/monitor/monitor.css';
import { nl } from '../../messages/nl';
import type { ImportReport } from './importMapping';

const t = nl.monitor.imports;

/** The validation report of an import: what was read and accepted, and every refused value with why. */
export function ImportReportView(props: {
  report: ImportReport;
  outcome: 'checked' | 'imported' | 'refused';
}) {
  const { report } = props;
  // A new report takes focus, so keyboard and screen-reader users land on the outcome of their press.
  useEffect(() => {
    if (report) document.getElementById('import-report')?.focus();
  }, [report]);
  const refused = report.refusedTotal ?? report.refused.length;
  const message =
    props.outcome === 'refused'
      ? t.refusedNothing
      : props.outcome === 'imported'
        ? t.imported
        : refused > 0
          ? t.dryRunRefused
          : t.dryRunDone;
  return (
    <section aria-labelledby="import-report">
      <Heading level={3} id="import-report" tabIndex={-1}>
        {t.reportTitle}
      </Heading>
      <Alert type={props.outcome === 'refused' ? 'error' : refused > 0 ? 'warning' : 'ok'}>
        <Paragraph role="status">{message}</Paragraph>
      </Alert>
      <dl className="monitor-figures">
        <div>
          <dt>{t.rowsRead}</dt>
          <dd>{formatNumber(report.rowsRead)}</dd>
        </div>
        <div>
          <dt>{t.valuesAccepted}</dt>
          <dd>{formatNumber(report.valuesAccepted)}</dd>
        </div>
        {report.valuesEmpty === undefined ? null : (
          <div>
            <dt>{t.valuesEmpty}</dt>
            <dd>{formatNumber(report.valuesEmpty)}</dd>
          </div>
        )}
        {report.valuesNotPublished === undefined ? null : (
          <div>
            <dt>{t.valuesNotPublished}</dt>
            <dd>{formatNumber(report.valuesNotPublished)}</dd>
          </div>
        )}
        <div>
          <dt>{t.refusedCount}</dt>
          <dd>{formatNumber(refused)}</dd>
        </div>
      </dl>
      {report.ignoredColumns.length > 0 ? (
        <Paragraph>{`${t.ignoredColumns}: ${report.ignoredColumns.join(', ')}`}</Paragraph>
      ) : null}
      {report.refused.length > 0 ? (
        <DataTable
          caption={t.refusedListCaption(report.refused.length, refused)}
          rows={report.refused.map((item, index) => ({ ...item, key: String(index) }))}
          rowKey={(item) => item.key}
          columns={[
            { header: t.row, rowHeader: true, align: 'end', cell: (item) => String(item.row) },
            { header: t.column, cell: (item) => item.column ?? '—' },
            {
              header: t.value,
              cell: (item) => (item.value === null || item.value === undefined ? '—' : String(item.value)),
            },
            { header: t.why, cell: (item) => item.reason },
          ]}
        />
      ) : null}
    </section>
  );
}
