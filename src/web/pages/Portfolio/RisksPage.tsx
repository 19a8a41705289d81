import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import type { Risk, RiskRegister } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';
import { focusButtonIn, SourceNote } from './bits';
import { PortfolioPage, useCanEdit } from './PortfolioFrame';
import { useRisks } from './portfolioApi';
import { RiskForm } from './RiskForm';

const t = nl.portfolio.risks;

/** The risk register; editors set owner, likelihood, impact, review date and status per risk. */
export function RisksPage() {
  const risks = useRisks();
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="risicos">
      {risks.isPending ? <LoadingState /> : null}
      {risks.isError ? <ErrorState error={risks.error} onRetry={() => risks.refetch()} /> : null}
      {risks.data ? <Register register={risks.data} /> : null}
    </PortfolioPage>
  );
}

const scaleText = (value: number | null) =>
  value === null ? t.notJudged : (t.scale[value] ?? String(value));

function Register({ register }: { register: RiskRegister }) {
  const canEdit = useCanEdit();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = register.risks.find((risk) => risk.id === editing);
  const overdue = register.risks.filter((risk) => risk.reviewOverdue).length;
  function open(risk: Risk) {
    setSaved(null);
    setEditing(risk.id);
    focusById('risico-wijzigen');
  }
  function close(id: string) {
    setEditing(null);
    focusButtonIn(`wijzig-${id}`);
  }
  return (
    <>
      {overdue > 0 ? (
        <Paragraph>
          <strong>{t.overdueCount(overdue)}</strong>
        </Paragraph>
      ) : null}
      {saved ? (
        <p id="risico-opgeslagen" tabIndex={-1} role="status" className="samenhang-panel">
          {saved}
        </p>
      ) : null}
      <DataTable
        caption={t.caption}
        rows={register.risks}
        rowKey={(risk) => risk.id}
        columns={[
          { header: t.code, cell: (risk) => `${risk.code} (${t.kinds[risk.kind] ?? risk.kind})` },
          { header: t.risk, rowHeader: true, cell: (risk) => risk.title },
          { header: t.description, cell: (risk) => risk.description },
          { header: t.measure, cell: (risk) => risk.controlMeasure },
          { header: t.owner, cell: (risk) => risk.ownerRole ?? t.notJudged },
          { header: t.likelihood, cell: (risk) => scaleText(risk.likelihood) },
          { header: t.impact, cell: (risk) => scaleText(risk.impact) },
          {
            header: t.score,
            align: 'end',
            cell: (risk) => (risk.score === null ? t.notJudged : String(risk.score)),
          },
          {
            header: t.review,
            cell: (risk) => (
              <>
                {risk.reviewDate ? formatDate(risk.reviewDate) : t.notJudged}
                {risk.reviewOverdue ? (
                  <strong className="portfolio-late portfolio-group">{t.overdue}</strong>
                ) : null}
              </>
            ),
          },
          { header: t.status, cell: (risk) => t.statuses[risk.status] ?? risk.status },
          ...(canEdit
            ? [
                {
                  header: <span className="visually-hidden">{t.change}</span>,
                  cell: (risk: Risk) => (
                    <span id={`wijzig-${risk.id}`}>
                      <BusyAwareButton onClick={() => open(risk)}>
                        {t.change}
                        <span className="visually-hidden">{` ${risk.code}`}</span>
                      </BusyAwareButton>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SourceNote source={[...new Set(register.risks.flatMap((risk) => risk.source ?? []))].join('; ')} />
      {canEdit && current ? (
        <RiskForm
          key={current.id}
          risk={current}
          onCancel={() => close(current.id)}
          onSaved={(risk) => {
            setEditing(null);
            setSaved(t.saved(risk.code));
            focusById('risico-opgeslagen');
          }}
        />
      ) : null}
    </>
  );
}
