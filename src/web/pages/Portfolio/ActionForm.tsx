import { FormFieldSelect, Heading, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ActionPatch, type ActionStatus, type PlanAction } from '../../../shared/api/portfolio';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { StaleNotice } from './bits';
import { actionPatchOf } from './portfolio';
import {
  checkBody,
  fieldErrorsOf,
  isGeneralError,
  isStale,
  patchAction,
  refreshPortfolio,
  showAction,
} from './portfolioApi';

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
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [owner, setOwner] = useState(action.ownerRole ?? '');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: ActionPatch) => patchAction(action, body),
    onSuccess: async (updated) => {
      showAction(queryClient, updated);
      props.onSaved(updated);
      await refreshPortfolio(queryClient);
    },
    onError: async (error) => {
      if (isStale(error)) await refreshPortfolio(queryClient);
    },
  });
  const errors = { ...fieldErrorsOf(save.error), ...local };
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = actionPatchOf(action, { status, owner, note });
    const found = checkBody(ActionPatch, body) ?? {};
    if (Object.keys(body).length === 0) found.status = t.nothingChanged;
    setLocal(found);
    save.reset();
    if (Object.keys(found).length === 0) save.mutate(body);
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
