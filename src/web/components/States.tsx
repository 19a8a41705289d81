import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { ApiError } from '../api/client';
import { nl } from '../messages/nl';

export function LoadingState() {
  return (
    <p role="status" aria-live="polite" className="samenhang-muted">
      {nl.app.loading}
    </p>
  );
}

/** Shows why something failed; never a blank page. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const apiError = error instanceof ApiError ? error : undefined;
  const title =
    apiError?.status === 403
      ? nl.errors.forbiddenTitle
      : apiError?.status === 404
        ? nl.errors.notFoundTitle
        : nl.errors.title;
  return (
    <Alert type={apiError?.status === 403 ? 'warning' : 'error'}>
      <div role="alert">
        <Heading level={2} appearanceLevel={4}>
          {title}
        </Heading>
        <Paragraph>{apiError?.message ?? nl.errors.generic}</Paragraph>
        {onRetry && apiError?.status !== 403 && apiError?.status !== 404 ? (
          <Button appearance="secondary-action-button" onClick={onRetry}>
            {nl.errors.retry}
          </Button>
        ) : null}
      </div>
    </Alert>
  );
}

/** Lists field errors at the top of a form, each linking to its field. */
export function ErrorSummary({
  errors,
  fieldIds,
}: {
  errors: Record<string, string>;
  fieldIds: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="samenhang-error-summary" role="alert" tabIndex={-1}>
      <Paragraph>
        <strong>{nl.errors.summary}</strong>
      </Paragraph>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}
