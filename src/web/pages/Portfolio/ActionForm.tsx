import { FormFieldSelect, Heading, SelectOption } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { ActionPatch, type ActionStatus, type PlanAction } from '../../../shared/api/portfolio';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { StaleNotice } from './bits';
import { actionPatchOf } from './portfolio';
import { isGeneralError, isStale, patchAction, showAction } from './portfolioApi';
import { useCheckedSave } from './useCheckedSave';

const t = nl.portfolio.plan;
const STATUSES: ActionStatus[] = ['gepland', 'loopt', 'gereed', 'vervallen'];
const FIELD_IDS = { status: 'actie-status', ownerRole: 'actie-eigenaar', note: 'actie-notitie' };
const LABELS = { status: t.status, ownerRole: t.owner, note: t.note };

/** Status, owner and a progress note of one action, sent with the version the table showed. */
export function ActionForm(props: {
  action: PlanAction;
  level: 3 | 4;
  onCancel: () => void;
  onSaved: (action: PlanAction) => void;
}) {
  const { action } = props;
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [owner, setOwner] = useState(action.ownerRole ?? '');
  const [note, setNote] = useState('');
  const { save, errors, submitChecked } = useCheckedSave({
    schema: ActionPatch,
    send: (body: ActionPatch) => patchAction(action, body),
    onSaved: (updated: PlanAction, queryClient) => {
      showAction(queryClient, updated);
      props.onSaved(updated);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = actionPatchOf(action, { status, owner, note });
    submitChecked(body, Object.keys(body).length === 0 ? { status: t.nothingChanged } : {});
  }
  return (
    <section className="portfolio-edit" aria-labelledby="actie-wijzigen">
      <Heading level={props.level} id="actie-wijzigen" tabIndex={-1}>
        {t.editTitle(action.title)}
      </Heading>
      {isStale(save.error) ? <StaleNotice /> : null}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {isGeneralError(save.error) ? <ErrorState error={save.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-labelledby="actie-wijzigen">
        <div id={FIELD_IDS.status}>
          <FormFieldSelect
            label={t.status}
            value={status}
            invalid={Boolean(errors.status)}
            errorMessage={errors.status}
            onChange={(event) => setStatus(event.target.value as ActionStatus)}
          >
            {STATUSES.map((option) => (
              <SelectOption key={option} value={option}>
                {t.statuses[option]}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </div>
        <TextField
          id={FIELD_IDS.ownerRole}
          label={t.owner}
          value={owner}
          onChange={setOwner}
          error={errors.ownerRole}
        />
        <TextArea
          id={FIELD_IDS.note}
          label={t.note}
          description={t.noteHint}
          value={note}
          onChange={setNote}
          rows={3}
          error={errors.note}
        />
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
