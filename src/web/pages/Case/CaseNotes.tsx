import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import type { FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import { formatDateTime } from '../../components/format';
import { ErrorState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormValues } from '../../components/useFormValues';
import { nl } from '../../messages/nl';
import { useCaseStep } from './useCaseStep';

export function CaseNotes({ detail }: { detail: CaseDetail }) {
  const { step, errors } = useCaseStep(detail);
  const { values, field, reset } = useFormValues({ text: '' });
  function submit(event: FormEvent) {
    event.preventDefault();
    step.mutate({ action: 'notes', body: { text: values.text } }, { onSuccess: reset });
  }
  return (
    <section aria-labelledby="notes">
      <Heading level={2} id="notes">
        {nl.cases.notes}
      </Heading>
      {detail.notes.length === 0 ? <Paragraph>{nl.cases.noNotes}</Paragraph> : null}
      <UnorderedList>
        {detail.notes.map((note) => (
          <UnorderedListItem key={note.createdAt}>
            {formatDateTime(note.createdAt)}: {note.text}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {detail.closedOn ? null : (
        <form className="samenhang-form" onSubmit={submit}>
          {step.isError && !errors.text ? <ErrorState error={step.error} /> : null}
          <TextField
            id="note-text"
            label={nl.cases.noteText}
            value={values.text}
            onChange={field('text')}
            error={errors.text}
          />
          <SubmitButton>{nl.cases.addNote}</SubmitButton>
        </form>
      )}
    </section>
  );
}
