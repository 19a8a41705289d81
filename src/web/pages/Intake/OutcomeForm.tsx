import { Button, Checkbox, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { IntakeDetail } from '../../../shared/api/intakes';
import { api } from '../../api/client';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { useIntakeStep } from './useIntakeStep';

interface CaseTypeRef {
  code: string;
  version: number;
  name: string;
  domain: string;
}

/** Case types a melding can lead to; objections, complaints and enforcement start elsewhere. */
const FRONT_DOOR_DOMAINS = ['wmo', 'jeugd', 'participatie', 'inkomen', 'minima', 'onderwijs'];

/** The outcome in one step: advice, referrals to the voorliggend veld, and cases to open. */
export function OutcomeForm({ intake }: { intake: IntakeDetail }) {
  const caseTypes = useQuery({
    queryKey: ['case-types'],
    queryFn: () => api<CaseTypeRef[]>('GET', '/api/case-types'),
  });
  const [advice, setAdvice] = useState('');
  const [referrals, setReferrals] = useState<{ partner: string; note: string }[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  const { step, errors, stale } = useIntakeStep(intake, 'outcome');
  const offered = [...new Map((caseTypes.data ?? []).map((type) => [type.code, type])).values()].filter(
    (type) => FRONT_DOOR_DOMAINS.includes(type.domain),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    step.mutate({
      advice: advice || undefined,
      referrals: referrals.map((referral) => ({
        partner: referral.partner,
        note: referral.note || undefined,
      })),
      cases: codes.map((caseTypeCode) => ({ caseTypeCode })),
    });
  }
  const fieldIds: Record<string, string> = { advice: 'outcome-advice' };
  referrals.forEach((_, index) => {
    fieldIds[`referrals.${index}.partner`] = `referral-partner-${index}`;
  });
  return (
    <section aria-labelledby="intake-outcome-form">
      <Heading level={2} id="intake-outcome-form">
        {nl.intake.outcomeTitle}
      </Heading>
      <Paragraph>{nl.intake.outcomeIntro}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={{ advice: nl.intake.advice }} />
      {stale ? <Paragraph role="alert">{nl.intake.stale}</Paragraph> : null}
      {step.error && !stale && Object.keys(errors).length === 0 ? <ErrorState error={step.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextArea
          id="outcome-advice"
          label={nl.intake.advice}
          value={advice}
          onChange={setAdvice}
          error={errors.advice}
        />
        {referrals.map((referral, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; removal re-renders all
            <fieldset key={index} className="samenhang-fieldset">
              <legend>{nl.intake.referralsLegend(n)}</legend>
              <TextField
                id={`referral-partner-${index}`}
                label={nl.intake.partner}
                value={referral.partner}
                onChange={(partner) =>
                  setReferrals(referrals.map((r, i) => (i === index ? { ...r, partner } : r)))
                }
                error={errors[`referrals.${index}.partner`]}
              />
              <TextField
                id={`referral-note-${index}`}
                label={nl.intake.referralNote}
                value={referral.note}
                onChange={(note) => setReferrals(referrals.map((r, i) => (i === index ? { ...r, note } : r)))}
              />
              <Button
                appearance="subtle-button"
                onClick={() => setReferrals(referrals.filter((_, i) => i !== index))}
              >
                {nl.intake.removeReferral(n)}
              </Button>
            </fieldset>
          );
        })}
        <div>
          <Button
            appearance="secondary-action-button"
            onClick={() => setReferrals([...referrals, { partner: '', note: '' }])}
          >
            {nl.intake.addReferral}
          </Button>
        </div>
        <fieldset className="samenhang-fieldset">
          <legend>{nl.intake.caseTypesLegend}</legend>
          {errors['cases.0.caseTypeCode'] ? (
            <Paragraph role="alert">{errors['cases.0.caseTypeCode']}</Paragraph>
          ) : null}
          {offered.map((type) => (
            <div key={type.code}>
              <Checkbox
                id={`case-type-${type.code}`}
                checked={codes.includes(type.code)}
                onChange={() =>
                  setCodes(
                    codes.includes(type.code)
                      ? codes.filter((code) => code !== type.code)
                      : [...codes, type.code],
                  )
                }
              />{' '}
              <label htmlFor={`case-type-${type.code}`}>{type.name}</label>
            </div>
          ))}
        </fieldset>
        <SubmitButton primary disabled={step.isPending}>
          {nl.intake.outcomeSubmit}
        </SubmitButton>
      </form>
    </section>
  );
}
