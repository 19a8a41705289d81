import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { SessionResponse } from '../../../shared/api/auth';
import { ApiError, api, setCsrfToken } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, ErrorSummary } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api<SessionResponse>('POST', '/api/auth/login', { body: { username, password } });
      setCsrfToken(session.csrfToken);
      // The login route sends the user on to where they came from (or the start page).
      queryClient.setQueryData(['session'], session.user);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{nl.login.title}</PageTitle>
      <Paragraph>{nl.login.intro}</Paragraph>
      {error && Object.keys(fieldErrors).length === 0 ? <ErrorState error={error} /> : null}
      <ErrorSummary
        errors={fieldErrors}
        fieldIds={{ username: 'username', password: 'password' }}
        labels={{ username: nl.login.username, password: nl.login.password }}
      />
      <form className="samenhang-form" onSubmit={submit} noValidate>
        <TextField
          id="username"
          label={nl.login.username}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
          error={fieldErrors.username}
        />
        <TextField
          id="password"
          label={nl.login.password}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <SubmitButton primary disabled={busy}>
          {busy ? nl.login.busy : nl.login.submit}
        </SubmitButton>
      </form>
      <Paragraph className="samenhang-muted">{nl.login.demoHint}</Paragraph>
    </>
  );
}
