import {
  Alert,
  Button,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { ApiError } from '../api/client';
import { nl } from '../messages/nl';

export function LoadingState() {
  return (
    <p role="status" aria-live="polite" className="samenhang-muted">
      {nl.app.loading}
    </p>
  );
}

/** The page title for a page whose main request failed: no access, not found, or a failure. */
export function errorTitle(error: unknown): string {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 403) return nl.errors.forbiddenTitle;
  if (status === 404) return nl.errors.notFoundTitle;
  return nl.errors.title;
}

/** Shows why something failed; never a blank page. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const apiError = error instanceof ApiError ? error : undefined;
  const title = errorTitle(error);
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

/**
 * Lists field errors at the top of a form, each linking to its field. It takes focus when it
 * appears, so the user hears what to fix; a link moves focus into the field it names.
 */
export function ErrorSummary({
  errors,
  fieldIds,
  labels = {},
}: {
  errors: Record<string, string>;
  fieldIds: Record<string, string>;
  /** The visible label of each field, to name it before its message. */
  labels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const signature = entries.map(([field, message]) => `${field}:${message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (entries.length === 0) return null;
  return (
    <div className="samenhang-error-summary" role="alert" tabIndex={-1} ref={ref}>
      <Paragraph>
        <strong>{nl.errors.summary}</strong>
      </Paragraph>
      <UnorderedList>
        {entries.map(([field, message]) => {
          const text = labels[field] ? `${labels[field]}: ${message}` : message;
          const target = fieldIds[field];
          return (
            <UnorderedListItem key={field}>
              {target ? (
                <Link href={`#${target}`} onClick={(event) => focusField(event, target)}>
                  {text}
                </Link>
              ) : (
                text
              )}
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
    </div>
  );
}

/** The NL Design System form field puts our id on its wrapper; focus the control inside it. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  const control = element.matches('input, select, textarea')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  (control ?? element).focus();
  (control ?? element).scrollIntoView({ block: 'center' });
}
