import {
  Fieldset,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { BeschermdWonenReport, ProtectedCount } from '../../../shared/api/wmo-jeugd';
import { ApiError, api, queryString } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatNumber } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';

const t = nl.wmoJeugd.report;
const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatMonth = (month: string) => monthName.format(new Date(`${month}-15T12:00:00Z`));

/** The current month in the Netherlands and the eleven before it: a year of figures by default. */
function lastTwelveMonths(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const [year = 2000, month = 1] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1));
  return { from: start.toISOString().slice(0, 7), to: today.slice(0, 7) };
}

/** A protected count: the rounded figure, or why it is not shown. */
function countCell(count: ProtectedCount): string {
  if (count.suppressed) return t.suppressed[count.suppressed] ?? count.suppressed;
  return formatNumber(count.value);
}

type Row = BeschermdWonenReport['months'][number]['total'] & { key: string; name: string };

export function BeschermdWonenPage() {
  const initial = lastTwelveMonths();
  const { values, field } = useFormValues(initial);
  const [period, setPeriod] = useState(initial);
  const report = useQuery({
    queryKey: ['reports', 'beschermd-wonen', period.from, period.to],
    queryFn: () => api<BeschermdWonenReport>('GET', `/api/reports/beschermd-wonen${queryString(period)}`),
    retry: false,
  });
  const errors = report.error instanceof ApiError ? report.error.fieldErrors() : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    setPeriod({ from: values.from, to: values.to });
  }
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <Paragraph>{t.intro}</Paragraph>
      <section aria-labelledby="definitions">
        <Heading level={2} id="definitions">
          {t.definitions}
        </Heading>
        <UnorderedList>
          <UnorderedListItem>{t.instroomDefinition}</UnorderedListItem>
          <UnorderedListItem>{t.doorstroomDefinition}</UnorderedListItem>
          <UnorderedListItem>{t.uitstroomDefinition}</UnorderedListItem>
          <UnorderedListItem>{t.totalDefinition}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>{t.protection}</Paragraph>
      </section>
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <Fieldset legend={t.periodLegend}>
          <TextField
            id="report-from"
            label={t.from}
            description={t.monthHint}
            value={values.from}
            onChange={field('from')}
            error={errors['querystring.from'] ?? errors.from}
          />
          <TextField
            id="report-to"
            label={t.to}
            description={t.monthHint}
            value={values.to}
            onChange={field('to')}
            error={errors['querystring.to'] ?? errors.to}
          />
        </Fieldset>
        <SubmitButton primary>{t.show}</SubmitButton>
      </form>
      {report.isPending ? <LoadingState /> : null}
      {report.isError ? <ErrorState error={report.error} /> : null}
      {report.data?.months.map((month) => {
        const rows: Row[] = [
          ...month.gemeenten.map((row) => ({ ...row, key: row.gemeenteCode ?? '', name: row.gemeenteName })),
          { ...month.total, key: 'totaal', name: t.total },
        ];
        return (
          <section key={month.month} aria-labelledby={`maand-${month.month}`}>
            <Heading level={2} id={`maand-${month.month}`}>
              {formatMonth(month.month)}
            </Heading>
            <DataTable
              caption={t.caption(formatMonth(month.month))}
              rows={rows}
              rowKey={(row) => row.key}
              columns={[
                { header: t.gemeente, rowHeader: true, cell: (row) => row.name },
                { header: t.instroom, align: 'end', cell: (row) => countCell(row.instroom) },
                { header: t.doorstroom, align: 'end', cell: (row) => countCell(row.doorstroom) },
                { header: t.uitstroom, align: 'end', cell: (row) => countCell(row.uitstroom) },
              ]}
            />
          </section>
        );
      })}
    </>
  );
}
