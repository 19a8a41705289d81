import {
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { EfficiencyMeasures } from '../../../shared/api/portfolio';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { CheckedFigure, SourceNote } from './bits';
import { FormationTable, InvestmentTable, Wrapped } from './FinanceTables';
import { type Format, formatEuro, formatFte } from './numbers';
import { PortfolioPage } from './PortfolioFrame';
import { useFinance } from './portfolioApi';

const t = nl.portfolio.finance;

/** Investeringsagenda, formatieanalyse and efficiencytaakstelling, every total checked against the source. */
export function FinancePage() {
  const finance = useFinance();
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="financien">
      <Paragraph className="samenhang-muted">{nl.portfolio.checked.explain}</Paragraph>
      {finance.isPending ? <LoadingState /> : null}
      {finance.isError ? <ErrorState error={finance.error} onRetry={() => finance.refetch()} /> : null}
      {finance.data ? (
        <>
          <InvestmentTable agenda={finance.data.investment} />
          <FormationTable analysis={finance.data.formation} />
          <EfficiencySection measures={finance.data.efficiency} />
        </>
      ) : null}
    </PortfolioPage>
  );
}

const maybe = (value: number | null, format: Format) => (value === null ? '—' : format(value));

function EfficiencySection({ measures }: { measures: EfficiencyMeasures }) {
  const { totals } = measures;
  const against = measures.againstTarget;
  const againstText =
    against === 0
      ? t.equal
      : against > 0
        ? t.above(formatEuro(Math.abs(against)))
        : t.below(formatEuro(Math.abs(against)));
  return (
    <section aria-labelledby="financien-efficiency">
      <Heading level={2} id="financien-efficiency">
        {measures.title}
      </Heading>
      {measures.years.map((year) => (
        <Wrapped key={year.year} caption={t.efficiencyCaption(year.year)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.function}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.profile}</TableHeaderCell>
              <TableHeaderCell scope="col" alignCell="end">
                {t.formation}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t.scale}</TableHeaderCell>
              <TableHeaderCell scope="col" alignCell="end">
                {t.fte}
              </TableHeaderCell>
              <TableHeaderCell scope="col" alignCell="end">
                {t.revenue}
              </TableHeaderCell>
              <TableHeaderCell scope="col" alignCell="end">
                {t.otherCosts}
              </TableHeaderCell>
              <TableHeaderCell scope="col" alignCell="end">
                {t.incidental}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {year.lines.map((line, index) => (
              <TableRow key={`${line.function}-${String(index)}`}>
                <TableHeaderCell scope="row">{line.function}</TableHeaderCell>
                <TableCell>{line.profile ?? '—'}</TableCell>
                <TableCell alignCell="end">{maybe(line.formation, formatEuro)}</TableCell>
                <TableCell>{line.scale ?? '—'}</TableCell>
                <TableCell alignCell="end">{maybe(line.fte, formatFte)}</TableCell>
                <TableCell alignCell="end">{maybe(line.revenue, formatEuro)}</TableCell>
                <TableCell alignCell="end">{maybe(line.otherCosts, formatEuro)}</TableCell>
                <TableCell alignCell="end">{maybe(line.incidental, formatEuro)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row" colSpan={2}>
                {t.yearTotal(year.year)}
              </TableHeaderCell>
              <TableCell alignCell="end">
                <CheckedFigure total={year.formation} format={formatEuro} />
              </TableCell>
              <TableCell />
              <TableCell alignCell="end">
                <CheckedFigure total={year.fte} format={formatFte} />
              </TableCell>
              <TableCell colSpan={3} />
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row" colSpan={2}>
                {t.yearTotalEuro(year.year)}
              </TableHeaderCell>
              <TableCell alignCell="end" colSpan={6}>
                <CheckedFigure total={year.total} format={formatEuro} />
              </TableCell>
            </TableRow>
          </TableFooter>
        </Wrapped>
      ))}
      <Wrapped caption={t.grandTotalsCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.measure}</TableHeaderCell>
            <TableHeaderCell scope="col" alignCell="end">
              {t.amount}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[
            { label: t.formation, total: totals.formation, format: formatEuro },
            { label: t.fte, total: totals.fte, format: formatFte },
            { label: t.revenue, total: totals.revenue, format: formatEuro },
            { label: t.otherCosts, total: totals.otherCosts, format: formatEuro },
            { label: t.total, total: totals.total, format: formatEuro },
          ].map((row) => (
            <TableRow key={row.label}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              <TableCell alignCell="end">
                <CheckedFigure total={row.total} format={row.format} />
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">{t.target}</TableHeaderCell>
            <TableCell alignCell="end">{formatEuro(measures.target)}</TableCell>
          </TableRow>
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{t.againstTarget}</TableHeaderCell>
            <TableCell alignCell="end">{againstText}</TableCell>
          </TableRow>
        </TableFooter>
      </Wrapped>
      <Paragraph>{measures.note}</Paragraph>
      <SourceNote source={measures.source} />
    </section>
  );
}
