import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import type { CheckedTotal, FormationAnalysis, InvestmentAgenda } from '../../../shared/api/portfolio';
import { nl } from '../../messages/nl';
import { CheckedFigure, SourceNote } from './bits';
import { type Format, formatEuro, formatFte } from './numbers';

const t = nl.portfolio.finance;

/** A table in its focusable scroll region, as DataTable does. */
export function Wrapped(props: { caption: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 needs a scrollable region to be focusable
    <section className="samenhang-table-wrap" tabIndex={0} aria-label={props.caption}>
      <Table className="portfolio-table">
        <TableCaption>{props.caption}</TableCaption>
        {props.children}
      </Table>
    </section>
  );
}

const Checked = ({ total, format }: { total: CheckedTotal | undefined; format: Format }) =>
  total ? <CheckedFigure total={total} format={format} /> : <>—</>;

/** Investeringsagenda: lines per group and year, then spending, opening and closing balance per year. */
export function InvestmentTable({ agenda }: { agenda: InvestmentAgenda }) {
  const years = agenda.years;
  const yearsText = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');
  const footer = (label: string, totals: CheckedTotal[]) => (
    <TableRow>
      <TableHeaderCell scope="row">{label}</TableHeaderCell>
      {years.map((year, index) => (
        <TableCell key={year} alignCell="end">
          <Checked total={totals[index]} format={formatEuro} />
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <section aria-labelledby="financien-investering">
      <Heading level={2} id="financien-investering">
        {agenda.title}
      </Heading>
      <Wrapped caption={t.investmentCaption(yearsText)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.line}</TableHeaderCell>
            {years.map((year) => (
              <TableHeaderCell key={year} scope="col" alignCell="end">
                {String(year)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        {agenda.groups.map((group) => (
          <TableBody key={group.label}>
            <TableRow>
              <TableHeaderCell scope="rowgroup" colSpan={years.length + 1}>
                {group.label}
              </TableHeaderCell>
            </TableRow>
            {group.lines.map((line) => (
              <TableRow key={line.label}>
                <TableHeaderCell scope="row" className="portfolio-indent">
                  {line.label}
                </TableHeaderCell>
                {years.map((year, index) => {
                  const amount = line.amounts[index];
                  return (
                    <TableCell key={year} alignCell="end">
                      {amount === undefined ? '—' : formatEuro(amount)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        ))}
        <TableFooter>
          {footer(t.spending, agenda.spendingPerYear)}
          {footer(t.opening, agenda.openingBalance)}
          {footer(t.closing, agenda.closingBalance)}
        </TableFooter>
      </Wrapped>
      <Paragraph>{agenda.note}</Paragraph>
      <SourceNote source={agenda.source} />
    </section>
  );
}

/** Formatieanalyse: the opening formation, each step's lines and subtotal, balances and the closing figure. */
export function FormationTable({ analysis }: { analysis: FormationAnalysis }) {
  const total = (label: string, fte: ReactNode) => (
    <TableRow>
      <TableHeaderCell scope="row" colSpan={2}>
        {label}
      </TableHeaderCell>
      <TableCell alignCell="end">{fte}</TableCell>
      <TableCell />
    </TableRow>
  );
  return (
    <section aria-labelledby="financien-formatie">
      <Heading level={2} id="financien-formatie">
        {analysis.title}
      </Heading>
      <Wrapped caption={t.formationCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.function}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.scale}</TableHeaderCell>
            <TableHeaderCell scope="col" alignCell="end">
              {t.fte}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t.explanation}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>{total(analysis.opening.label, formatFte(analysis.opening.fte))}</TableBody>
        {analysis.steps.map((step) => (
          <TableBody key={step.label}>
            <TableRow>
              <TableHeaderCell scope="rowgroup" colSpan={4}>
                {step.label}
              </TableHeaderCell>
            </TableRow>
            {step.lines.map((line, index) => (
              <TableRow key={`${line.function}-${String(index)}`}>
                <TableHeaderCell scope="row" className="portfolio-indent">
                  {line.function}
                </TableHeaderCell>
                <TableCell>{line.scale}</TableCell>
                <TableCell alignCell="end">{line.fte === null ? '—' : formatFte(line.fte)}</TableCell>
                <TableCell>{line.explanation}</TableCell>
              </TableRow>
            ))}
            {total(t.subtotal(step.label), <CheckedFigure total={step.subtotal} format={formatFte} />)}
            {step.balance
              ? total(step.balance.label, <CheckedFigure total={step.balance.fte} format={formatFte} />)
              : null}
          </TableBody>
        ))}
        <TableFooter>
          {total(analysis.closing.label, <CheckedFigure total={analysis.closing.fte} format={formatFte} />)}
        </TableFooter>
      </Wrapped>
      <Paragraph>{analysis.note}</Paragraph>
      <SourceNote source={analysis.source} />
    </section>
  );
}
