import { FormFieldSelect, Heading, SelectOption } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { type Risk, RiskPatch } from '../../../shared/api/portfolio';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { StaleNotice } from './bits';
import { textOrNull } from './portfolio';
import { isGeneralError, isStale, patchRisk, showRisk } from './portfolioApi';
import { useCheckedSave } from './useCheckedSave';

const t = nl.portfolio.risks;
const FIELD_IDS = {
  ownerRole: 'risico-eigenaar',
  likelihood: 'risico-kans',
  impact: 'risico-impact',
  reviewDate: 'risico-herzien',
  status: 'risico-status',
};
const LABELS = {
  ownerRole: t.owner,
  likelihood: t.likelihood,
  impact: t.impact,
  reviewDate: t.review,
  status: t.status,
};
const STATUSES = ['open', 'beheerst', 'vervallen'] as const;

/**
 * One risk's owner, likelihood, impact, review date and status, sent with the version the table
 * showed. A 409 reloads the register; the values typed stay so they can be sent again.
 */
export function RiskForm(props: { risk: Risk; onCancel: () => void; onSaved: (risk: Risk) => void }) {
  const { risk } = props;
  const [owner, setOwner] = useState(risk.ownerRole ?? '');
  const [likelihood, setLikelihood] = useState(risk.likelihood === null ? '' : String(risk.likelihood));
  const [impact, setImpact] = useState(risk.impact === null ? '' : String(risk.impact));
  const [reviewDate, setReviewDate] = useState(risk.reviewDate ?? '');
  const [status, setStatus] = useState<Risk['status']>(risk.status);
  const { save, errors, submitChecked } = useCheckedSave({
    schema: RiskPatch,
    send: (body: RiskPatch) => patchRisk(risk, body),
    onSaved: (updated: Risk, queryClient) => {
      showRisk(queryClient, updated);
      props.onSaved(updated);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const body: RiskPatch = {
      ownerRole: textOrNull(owner),
      likelihood: likelihood === '' ? null : Number(likelihood),
      impact: impact === '' ? null : Number(impact),
      reviewDate: textOrNull(reviewDate),
      status,
    };
    submitChecked(body);
  }
  const scale = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    error?: string,
  ) => (
    <div id={id}>
      <FormFieldSelect
        label={label}
        value={value}
        invalid={Boolean(error)}
        errorMessage={error}
        onChange={(event) => onChange(event.target.value)}
      >
        <SelectOption value="">{t.notJudged}</SelectOption>
        {[1, 2, 3, 4, 5].map((option) => (
          <SelectOption key={option} value={String(option)}>
            {t.scale[option]}
          </SelectOption>
        ))}
      </FormFieldSelect>
    </div>
  );
  return (
    <section className="portfolio-edit" aria-labelledby="risico-wijzigen">
      <Heading level={2} id="risico-wijzigen" tabIndex={-1}>
        {t.editTitle(risk.code)}
      </Heading>
      <p>{risk.title}</p>
      {isStale(save.error) ? <StaleNotice /> : null}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {isGeneralError(save.error) ? <ErrorState error={save.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-labelledby="risico-wijzigen">
        <TextField
          id={FIELD_IDS.ownerRole}
          label={t.owner}
          value={owner}
          onChange={setOwner}
          error={errors.ownerRole}
        />
        {scale(FIELD_IDS.likelihood, t.likelihood, likelihood, setLikelihood, errors.likelihood)}
        {scale(FIELD_IDS.impact, t.impact, impact, setImpact, errors.impact)}
        <TextField
          id={FIELD_IDS.reviewDate}
          label={t.review}
          description={t.reviewHint}
          type="date"
          value={reviewDate}
          onChange={setReviewDate}
          error={errors.reviewDate}
        />
        <div id={FIELD_IDS.status}>
          <FormFieldSelect
            label={t.status}
            value={status}
            invalid={Boolean(errors.status)}
            errorMessage={errors.status}
            onChange={(event) => setStatus(event.target.value as Risk['status'])}
          >
            {STATUSES.map((option) => (
              <SelectOption key={option} value={option}>
                {t.statuses[option]}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </div>
        <div className="portfolio-actions">
          <BusyAwareButton type="submit" primary busy={save.isPending}>
            {nl.portfolio.edit.save}
          </BusyAwareButton>
          <BusyAwareButton onClick={props.onCancel}>{t.cancel}</BusyAwareButton>
        </div>
      </form>
    </section>
  );
}
