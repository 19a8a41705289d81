import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { ErrorState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';

export function BreakGlassForm({ personId, onGranted }: { personId: string; onGranted: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api('POST', `/api/persons/${personId}/break-glass`, { body: { reason } });
      onGranted();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <Alert type="warning">
      <Heading level={2} appearanceLevel={3}>
        {nl.breakGlass.title}
      </Heading>
      <Paragraph>{nl.breakGlass.explanation}</Paragraph>
      {error && !fieldErrors.reason ? <ErrorState error={error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id="reason"
          label={nl.breakGlass.reason}
          description={nl.breakGlass.reasonHint}
          value={reason}
          onChange={setReason}
          required
          error={fieldErrors.reason}
        />
        <SubmitButton primary>{nl.breakGlass.submit}</SubmitButton>
      </form>
    </Alert>
  );
}
