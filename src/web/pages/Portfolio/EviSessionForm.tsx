import { FormFieldSelect, Heading, SelectOption } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { EviSessionInput, type EviTheme } from '../../../shared/api/portfolio';
import { focusById } from '../../components/focus';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { focusButtonIn } from './bits';
import { addEviSession, isGeneralError, showEviTheme } from './portfolioApi';
import { useCheckedSave } from './useCheckedSave';

const t = nl.portfolio.evi;
type Kind = 'ervaring' | 'verbetering' | 'innovatie';
const KINDS: Kind[] = ['ervaring', 'verbetering', 'innovatie'];

/** A new session of a theme, with what it yielded (any number of findings, each of a kind). */
export function EviSessionForm(props: {
  theme: EviTheme;
  idPrefix: string;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const id = (part: string) => `${props.idPrefix}-${part}`;
  const [heldOn, setHeldOn] = useState('');
  const [participants, setParticipants] = useState('');
  const [description, setDescription] = useState('');
  const [findings, setFindings] = useState<{ kind: Kind; text: string }[]>([]);
  const { save, errors, submitChecked } = useCheckedSave({
    schema: EviSessionInput,
    send: (body: EviSessionInput) => addEviSession(props.theme.id, body),
    onSaved: (theme: EviTheme, queryClient) => {
      showEviTheme(queryClient, theme);
      props.onSaved();
    },
  });
  const fieldIds: Record<string, string> = {
    heldOn: id('datum'),
    participants: id('deelnemers'),
    description: id('omschrijving'),
  };
  const labels: Record<string, string> = {
    heldOn: t.heldOn,
    participants: t.participantsCount,
    description: t.sessionDescription,
  };
  findings.forEach((_, index) => {
    fieldIds[`findings.${index}.kind`] = id(`soort-${index}`);
    fieldIds[`findings.${index}.text`] = id(`bevinding-${index}`);
    labels[`findings.${index}.kind`] = t.findingKind(index + 1);
    labels[`findings.${index}.text`] = t.findingText(index + 1);
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const count = participants.trim() === '' ? Number.NaN : Number(participants.trim());
    const body = {
      heldOn,
      participants: count,
      description: description.trim(),
      findings: findings.map((finding) => ({ kind: finding.kind, text: finding.text.trim() })),
    };
    submitChecked(body, Number.isInteger(count) ? {} : { participants: t.participantsInvalid });
  }
  const setFinding = (index: number, part: Partial<{ kind: Kind; text: string }>) =>
    setFindings(findings.map((finding, i) => (i === index ? { ...finding, ...part } : finding)));
  return (
    <section className="portfolio-edit" aria-labelledby={id('titel')}>
      <Heading level={3} id={id('titel')} tabIndex={-1}>
        {t.addTitle(props.theme.name)}
      </Heading>
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} />
      {isGeneralError(save.error) ? <ErrorState error={save.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-labelledby={id('titel')}>
        <TextField
          id={id('datum')}
          label={t.heldOn}
          description={t.dateHint}
          type="date"
          value={heldOn}
          onChange={setHeldOn}
          required
          error={errors.heldOn}
        />
        <TextField
          id={id('deelnemers')}
          label={t.participantsCount}
          inputMode="numeric"
          value={participants}
          onChange={setParticipants}
          required
          error={errors.participants}
        />
        <TextArea
          id={id('omschrijving')}
          label={t.sessionDescription}
          value={description}
          onChange={setDescription}
          rows={3}
          error={errors.description}
        />
        {findings.map((finding, index) => (
          <fieldset key={String(index)} className="samenhang-fieldset">
            <legend>{t.findingText(index + 1)}</legend>
            <div id={id(`soort-${index}`)}>
              <FormFieldSelect
                label={t.findingKind(index + 1)}
                value={finding.kind}
                onChange={(event) => setFinding(index, { kind: event.target.value as Kind })}
              >
                {KINDS.map((kind) => (
                  <SelectOption key={kind} value={kind}>
                    {t.kinds[kind]}
                  </SelectOption>
                ))}
              </FormFieldSelect>
            </div>
            <TextArea
              id={id(`bevinding-${index}`)}
              label={t.findingText(index + 1)}
              value={finding.text}
              onChange={(text) => setFinding(index, { text })}
              rows={2}
              error={errors[`findings.${index}.text`]}
            />
            <div>
              <BusyAwareButton
                onClick={() => {
                  setFindings(findings.filter((_, i) => i !== index));
                  focusButtonIn(id('bevinding-toevoegen'));
                }}
              >
                {t.removeFinding(index + 1)}
              </BusyAwareButton>
            </div>
          </fieldset>
        ))}
        <div id={id('bevinding-toevoegen')}>
          <BusyAwareButton
            onClick={() => {
              setFindings([...findings, { kind: 'ervaring', text: '' }]);
              focusById(id(`soort-${findings.length}`));
            }}
          >
            {t.addFinding}
          </BusyAwareButton>
        </div>
        <div className="portfolio-actions">
          <BusyAwareButton type="submit" primary busy={save.isPending}>
            {t.submit}
          </BusyAwareButton>
          <BusyAwareButton onClick={props.onCancel}>{nl.portfolio.risks.cancel}</BusyAwareButton>
        </div>
      </form>
    </section>
  );
}
