import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { BreakGlassRequest } from '../../../shared/api/registry';
import { ApiError, api } from '../../api/client';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';

/** Asks the reason for opening a record without a relation; the grant is reviewed by privacy. */
export function BreakGlassForm(props: { personId: string; onGranted: (expiresAt: string) => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    // The same schema as the server's, so the user hears about a short reason before sending it.
    const parsed = BreakGlassRequest.safeParse({ reason });
    if (!parsed.success) {
      setFieldErrors({ reason: parsed.error.issues[0]?.message ?? nl.errors.generic });
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const grant = await api<{ expiresAt: string }>('POST', `/api/persons/${props.personId}/break-glass`, {
        body: parsed.data,
      });
      props.onGranted(grant.expiresAt);
    } catch (caught) {
      if (caught instanceof ApiError && caught.problem.errors?.length) setFieldErrors(caught.fieldErrors());
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="break-glass">
      <Alert type="warning">
        <Heading level={2} appearanceLevel={3} id="break-glass">
          {nl.breakGlass.title}
        </Heading>
        <Paragraph>{nl.breakGlass.explanation}</Paragraph>
        {error ? <ErrorState error={error} /> : null}
        <ErrorSummary
          errors={fieldErrors}
          fieldIds={{ reason: 'reason' }}
          labels={{ reason: nl.breakGlass.reason }}
        />
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
          <SubmitButton primary disabled={busy}>
            {nl.breakGlass.submit}
          </SubmitButton>
        </form>
      </Alert>
    </section>
  );
}
