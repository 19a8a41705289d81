import { type FormEvent, useState } from 'react';
import type { ProjectDetail } from '../../../shared/api/portfolio';
import { FormSection } from '../../components/FormSection';
import { focusById } from '../../components/focus';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { StaleNotice } from './bits';
import { CriteriaFields } from './CriteriaFields';
import {
  type CriteriaValues,
  criteriaBody,
  criteriaFieldIds,
  criteriaLabels,
  criteriaValuesOf,
} from './criteria';
import { textOrNull } from './portfolio';
import { fieldErrorsOf, isGeneralError, isStale, patchProject } from './portfolioApi';
import { useProjectChange } from './useProjectChange';

const t = nl.portfolio.edit;
const FIELD_IDS = {
  loslaten: 'project-loslaten',
  endDate: 'project-einddatum',
  ...criteriaFieldIds('project'),
};
const LABELS = { loslaten: t.loslaten, endDate: t.endDate, ...criteriaLabels() };

/** Loslaten, the end date and the three judged criteria; sent with If-Match like every change. */
export function ProjectDetailsForm({ project }: { project: ProjectDetail }) {
  const [loslaten, setLoslaten] = useState(project.loslaten ?? '');
  const [endDate, setEndDate] = useState(project.endDate ?? '');
  const [criteria, setCriteria] = useState<CriteriaValues>(criteriaValuesOf(project.criteria));
  const [saved, setSaved] = useState(false);
  const change = useProjectChange(
    project,
    (
      current,
      body: { loslaten: string | null; endDate: string | null; criteria: ReturnType<typeof criteriaBody> },
    ) => patchProject(current, body),
    () => {
      setSaved(true);
      focusById('project-opgeslagen');
    },
  );
  const errors = fieldErrorsOf(change.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    change.reset();
    change.mutate({
      loslaten: textOrNull(loslaten),
      endDate: textOrNull(endDate),
      criteria: criteriaBody(criteria),
    });
  }
  return (
    <FormSection id="project-details-wijzigen" title={t.detailsTitle}>
      {saved ? (
        <p id="project-opgeslagen" tabIndex={-1} role="status" className="samenhang-panel">
          {t.saved}
        </p>
      ) : null}
      {isStale(change.error) ? <StaleNotice /> : null}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {isGeneralError(change.error) ? <ErrorState error={change.error} /> : null}
      <form
        className="samenhang-form"
        onSubmit={submit}
        noValidate
        aria-labelledby="project-details-wijzigen"
      >
        <TextArea
          id={FIELD_IDS.loslaten}
          label={t.loslaten}
          description={t.loslatenHint}
          value={loslaten}
          onChange={setLoslaten}
          rows={3}
          error={errors.loslaten}
        />
        <TextField
          id={FIELD_IDS.endDate}
          label={t.endDate}
          description={t.endDateHint}
          type="date"
          value={endDate}
          onChange={setEndDate}
          error={errors.endDate}
        />
        <CriteriaFields
          prefix="project"
          legend={nl.portfolio.project.criteria}
          values={criteria}
          onChange={setCriteria}
          errors={errors}
        />
        <SubmitButton primary disabled={change.isPending}>
          {change.isPending ? t.saving : t.save}
        </SubmitButton>
      </form>
    </FormSection>
  );
}
