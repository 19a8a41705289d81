import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldSelect,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { type CapacityLine, CapacityLinePatch } from '../../../shared/api/portfolio';
import { focusById } from '../../components/focus';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { focusButtonIn, StaleNotice } from './bits';
import {
  type AssignmentRow,
  type CapacityFormValues,
  capacityFormValuesOf,
  capacityLinePatchOf,
  emptyAssignmentRow,
  formatHours,
  parseDutchNumber,
  sharedHours,
} from './capacityForm';
import { GEMEENTEN } from './portfolio';
import { isGeneralError, isStale, patchCapacityLine, showCapacityLine } from './portfolioApi';
import { useCheckedSave } from './useCheckedSave';

const t = nl.portfolio.capacityPage.form;

/** The form's section (what the "Invulling wijzigen" button controls) and its heading. */
export const CAPACITY_FORM_ID = 'capaciteit-wijzigen';
const TITLE_ID = 'capaciteit-wijzigen-titel';
export const focusCapacityForm = () => focusById(TITLE_ID);

const ROW_FIELDS = {
  role: ['rol', t.role],
  gemeenteCode: ['gemeente', t.gemeente],
  organisation: ['organisatie', t.organisation],
  hours: ['uren', t.hours],
  note: ['toelichting', t.note],
} as const;
const rowId = (index: number, part: string) => `invuller-${index + 1}-${part}`;

/** Where each field the server or the check may name lives, and its visible label. */
function fieldsOf(rows: number) {
  const fieldIds: Record<string, string> = {
    'capacity.hoursPerYear': 'capaciteit-uren',
    'capacity.fte': 'capaciteit-fte',
    assignments: 'capaciteit-invullers',
  };
  const labels: Record<string, string> = {
    'capacity.hoursPerYear': t.hoursPerYear,
    'capacity.fte': t.fte,
    assignments: t.split,
  };
  for (let index = 0; index < rows; index += 1) {
    for (const [field, [part, label]] of Object.entries(ROW_FIELDS)) {
      fieldIds[`assignments.${index}.${field}`] = rowId(index, part);
      labels[`assignments.${index}.${field}`] = label(index + 1);
    }
  }
  return { fieldIds, labels };
}

/**
 * A line of Bijlage 2: its capacity and who fills it per gemeente with their share of the hours,
 * sent with the version the table showed. A 409 reloads the capacity; what was typed stays so it
 * can be sent again.
 */
export function CapacityLineForm(props: {
  line: CapacityLine;
  onCancel: () => void;
  onSaved: (line: CapacityLine) => void;
}) {
  const { line } = props;
  const [values, setValues] = useState<CapacityFormValues>(() => capacityFormValuesOf(line));
  const { save, errors, submitChecked } = useCheckedSave({
    schema: CapacityLinePatch,
    send: (body: CapacityLinePatch) => patchCapacityLine(line, body),
    onSaved: (updated: CapacityLine, queryClient) => {
      showCapacityLine(queryClient, updated);
      props.onSaved(updated);
    },
  });
  const { fieldIds, labels } = fieldsOf(values.rows.length);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { patch, errors: found } = capacityLinePatchOf(line, values);
    const unchanged = Object.keys(found).length === 0 && Object.keys(patch).length === 0;
    submitChecked(patch, unchanged ? { form: t.nothingChanged } : found);
  }
  const set = (part: Partial<CapacityFormValues>) => setValues({ ...values, ...part });
  const setRow = (index: number, part: Partial<AssignmentRow>) =>
    set({ rows: values.rows.map((row, i) => (i === index ? { ...row, ...part } : row)) });
  function addRow() {
    set({ rows: [...values.rows, emptyAssignmentRow()] });
    focusById(rowId(values.rows.length, 'rol'));
  }
  function removeRow(index: number) {
    set({ rows: values.rows.filter((_, i) => i !== index) });
    focusButtonIn('invuller-toevoegen');
  }

  const lineHours = parseDutchNumber(values.hoursPerYear);
  const shared = t.shared(
    formatHours(sharedHours(values.rows)),
    lineHours === null || Number.isNaN(lineHours) ? null : formatHours(lineHours),
  );
  const splitProblem = errors.assignments;
  return (
    <section id={CAPACITY_FORM_ID} className="portfolio-edit" aria-labelledby={TITLE_ID}>
      <Heading level={3} id={TITLE_ID} tabIndex={-1}>
        {t.title(line.label)}
      </Heading>
      {isStale(save.error) ? <StaleNotice /> : null}
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} />
      {isGeneralError(save.error) ? <ErrorState error={save.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-labelledby={TITLE_ID}>
        <Fieldset legend={t.capacity}>
          <div className="samenhang-form">
            <TextField
              id={fieldIds['capacity.hoursPerYear'] ?? 'capaciteit-uren'}
              label={t.hoursPerYear}
              description={t.hoursPerYearHint}
              value={values.hoursPerYear}
              onChange={(hoursPerYear) => set({ hoursPerYear })}
              error={errors['capacity.hoursPerYear']}
            />
            <TextField
              id={fieldIds['capacity.fte'] ?? 'capaciteit-fte'}
              label={t.fte}
              description={t.fteHint}
              value={values.fte}
              onChange={(fte) => set({ fte })}
              error={errors['capacity.fte']}
            />
            <FormFieldCheckboxOption
              label={t.toBeDetermined}
              checked={values.toBeDetermined}
              onChange={() => set({ toBeDetermined: !values.toBeDetermined })}
            />
          </div>
        </Fieldset>
        <Fieldset
          id="capaciteit-invullers"
          legend={t.assignments}
          invalid={Boolean(splitProblem)}
          aria-describedby={`capaciteit-invullers-hint capaciteit-verdeeld${splitProblem ? ' capaciteit-invullers-fout' : ''}`}
        >
          <p id="capaciteit-invullers-hint" className="utrecht-form-field-description">
            {t.assignmentsHint}
          </p>
          {splitProblem ? (
            <p id="capaciteit-invullers-fout" className="utrecht-form-field-error-message">
              {splitProblem}
            </p>
          ) : null}
          {values.rows.length === 0 ? <Paragraph>{t.noRows}</Paragraph> : null}
          {values.rows.map((row, index) => (
            <AssignmentFields
              key={String(index)}
              index={index}
              row={row}
              errors={errors}
              onChange={(part) => setRow(index, part)}
              onRemove={() => removeRow(index)}
            />
          ))}
          <p id="capaciteit-verdeeld">{shared}</p>
          <div id="invuller-toevoegen">
            <BusyAwareButton onClick={addRow}>{t.add}</BusyAwareButton>
          </div>
        </Fieldset>
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

/** One person filling the line: every label carries the row's number ("Rol (invuller 2)"). */
function AssignmentFields(props: {
  index: number;
  row: AssignmentRow;
  errors: Record<string, string>;
  onChange: (part: Partial<AssignmentRow>) => void;
  onRemove: () => void;
}) {
  const { index, row, errors } = props;
  const n = index + 1;
  const error = (field: keyof typeof ROW_FIELDS) => errors[`assignments.${index}.${field}`];
  const gemeenteError = error('gemeenteCode');
  const known = row.gemeenteCode === '' || row.gemeenteCode in GEMEENTEN;
  return (
    <fieldset className="samenhang-fieldset">
      <legend>{t.assignment(n)}</legend>
      <TextField
        id={rowId(index, 'rol')}
        label={t.role(n)}
        value={row.role}
        onChange={(role) => props.onChange({ role })}
        error={error('role')}
      />
      <div id={rowId(index, 'gemeente')}>
        <FormFieldSelect
          label={t.gemeente(n)}
          value={row.gemeenteCode}
          invalid={Boolean(gemeenteError)}
          errorMessage={gemeenteError}
          onChange={(event) => props.onChange({ gemeenteCode: event.target.value })}
        >
          <SelectOption value="">{t.noGemeente}</SelectOption>
          {Object.entries(GEMEENTEN).map(([code, name]) => (
            <SelectOption key={code} value={code}>
              {name}
            </SelectOption>
          ))}
          {known ? null : <SelectOption value={row.gemeenteCode}>{row.gemeenteCode}</SelectOption>}
        </FormFieldSelect>
      </div>
      <TextField
        id={rowId(index, 'organisatie')}
        label={t.organisation(n)}
        value={row.organisation}
        onChange={(organisation) => props.onChange({ organisation })}
        error={error('organisation')}
      />
      <FormFieldCheckboxOption
        label={t.filled(n)}
        checked={row.filled}
        onChange={() => props.onChange({ filled: !row.filled })}
      />
      <TextField
        id={rowId(index, 'uren')}
        label={t.hours(n)}
        description={t.hoursHint}
        value={row.hours}
        onChange={(hours) => props.onChange({ hours })}
        error={error('hours')}
      />
      <TextField
        id={rowId(index, 'toelichting')}
        label={t.note(n)}
        value={row.note}
        onChange={(note) => props.onChange({ note })}
        error={error('note')}
      />
      <div>
        <BusyAwareButton onClick={props.onRemove}>{t.remove(n)}</BusyAwareButton>
      </div>
    </fieldset>
  );
}
