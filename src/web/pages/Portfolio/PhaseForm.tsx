import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { PHASES, type Phase, type ProjectDetail } from '../../../shared/api/portfolio';
import { FormSection } from '../../components/FormSection';
import { focusById } from '../../components/focus';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { nl } from '../../messages/nl';
import { StaleNotice } from './bits';
import { fieldErrorsOf, isGeneralError, isStale, patchProject } from './portfolioApi';
import { useProjectChange } from './useProjectChange';

const t = nl.portfolio.edit;
const FIELD_IDS = { phase: 'fase-nieuw', reason: 'fase-reden' };
const LABELS = { phase: t.newPhase, reason: t.reason };

/**
 * Changes the phase with a reason (the server asks one too). After it succeeded the page shows the
 * new phase and history; the confirmation takes focus so a screen reader hears it.
 */
export function PhaseForm({ project }: { project: ProjectDetail }) {
  const firstOther = PHASES.find((phase) => phase !== project.phase) ?? PHASES[0];
  const [phase, setPhase] = useState<Phase>(firstOther);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | false>(false);
  const change = useProjectChange(
    project,
    (current, body: { phase: Phase; reason: string }) => patchProject(current, body),
    (updated) => {
      setReason('');
      setDone(t.phaseChanged(updated.phase ?? nl.portfolio.phases.none));
      focusById('fase-gewijzigd');
    },
  );
  const errors = { ...fieldErrorsOf(change.error), ...local };
  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (phase === project.phase) found.phase = t.samePhase;
    if (!reason.trim()) found.reason = t.reasonMissing;
    setLocal(found);
    setDone(false);
    change.reset();
    if (Object.keys(found).length === 0) change.mutate({ phase, reason: reason.trim() });
  }
  return (
    <FormSection id="fase-wijzigen" title={t.phaseTitle}>
      {done ? (
        <p id="fase-gewijzigd" tabIndex={-1} role="status" className="samenhang-panel">
          {done}
        </p>
      ) : null}
      {isStale(change.error) ? <StaleNotice /> : null}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {isGeneralError(change.error) ? <ErrorState error={change.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-labelledby="fase-wijzigen">
        <div id={FIELD_IDS.phase}>
          <FormFieldSelect
            label={t.newPhase}
            value={phase}
            invalid={Boolean(errors.phase)}
            errorMessage={errors.phase}
            onChange={(event) => setPhase(event.target.value as Phase)}
          >
            {PHASES.map((option) => (
              <SelectOption key={option} value={option}>
                {option}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </div>
        <TextArea
          id={FIELD_IDS.reason}
          label={t.reason}
          description={t.reasonHint}
          value={reason}
          onChange={setReason}
          rows={3}
          error={errors.reason}
        />
        <SubmitButton primary disabled={change.isPending}>
          {t.changePhase}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
