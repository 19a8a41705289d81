import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';

export type FieldError = { field: string; message: string };

/** Why each code exists: it tells the client what it can do about the failure. */
export type AppErrorCode =
  /** The user is not logged in or the session expired: log in again. */
  | 'unauthenticated'
  /** Logged in but this role or relation does not allow it; may be overcome by break-the-glass. */
  | 'forbidden'
  | 'not_found'
  /** Input is well-formed but breaks a rule (invalid BSN, unknown area). */
  | 'unprocessable'
  /** Stale version: someone else changed the resource; reload and retry. */
  | 'conflict'
  /** If-Match missing on an update that needs it. */
  | 'precondition_required'
  | 'bad_request'
  /** Too many failed logins: wait. */
  | 'too_many_requests';

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  unprocessable: 422,
  conflict: 409,
  precondition_required: 428,
  bad_request: 400,
  too_many_requests: 429,
};

const TITLES: Record<AppErrorCode, string> = {
  unauthenticated: 'Niet ingelogd',
  forbidden: 'Geen toegang',
  not_found: 'Niet gevonden',
  unprocessable: 'De invoer klopt niet',
  conflict: 'Gegevens zijn intussen gewijzigd',
  precondition_required: 'Versie ontbreekt',
  bad_request: 'Ongeldig verzoek',
  too_many_requests: 'Te veel pogingen',
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    detail: string,
    readonly extra: { errors?: FieldError[]; currentVersion?: number; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} bestaat niet of is verwijderd.`);
export const forbidden = (detail = 'U heeft geen toegang tot deze gegevens.') =>
  new AppError('forbidden', detail);
export const unprocessable = (errors: FieldError[], detail = 'Controleer de gemarkeerde velden.') =>
  new AppError('unprocessable', detail, { errors });
export const staleVersion = (currentVersion: number) =>
  new AppError(
    'conflict',
    'Iemand anders heeft deze gegevens intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    { currentVersion },
  );

export function fieldErrorsFromZod(error: Pick<ZodError, 'issues'>, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: dutchMessage(issue),
  }));
}

type ZodIssue = ZodError['issues'][number];

function dutchMessage(issue: ZodIssue): string {
  // Custom messages in our schemas are Dutch already; translate Zod's generic ones.
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? 'Dit veld is verplicht' : `Verwacht ${typeName(issue.expected)}`;
  }
  if (issue.code === 'unrecognized_keys') return `Onbekend veld: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `Kies een van: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.message.startsWith('Too small'))
    return `Te kort of te klein (minimum ${issue.minimum})`;
  if (issue.code === 'too_big' && issue.message.startsWith('Too big'))
    return `Te lang of te groot (maximum ${issue.maximum})`;
  if (issue.code === 'invalid_format' && issue.message.startsWith('Invalid')) return 'Ongeldig formaat';
  return issue.message;
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'ja of nee',
    array: 'een lijst',
    object: 'een object',
  };
  return names[expected] ?? expected;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: TITLES.not_found,
        status: 404,
        detail: `Geen route voor ${request.method} ${request.url.split('?')[0]}`,
      });
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const send = (status: number, body: Record<string, unknown>) =>
      reply
        .code(status)
        .type('application/problem+json')
        .send({ type: 'about:blank', status, instance: request.url.split('?')[0], ...body });

    if (error instanceof AppError) {
      if (error.extra.retryAfterSeconds) reply.header('retry-after', String(error.extra.retryAfterSeconds));
      return send(error.status, {
        title: TITLES[error.code],
        detail: error.message,
        ...(error.extra.errors ? { errors: error.extra.errors } : {}),
        ...(error.extra.currentVersion !== undefined ? { currentVersion: error.extra.currentVersion } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const errors = error.validation.map((v) => ({
        field:
          [context === 'body' ? undefined : context, v.instancePath.replace(/^\//, '').replaceAll('/', '.')]
            .filter(Boolean)
            .join('.') || context,
        message: dutchMessage({
          ...v.params,
          code: v.keyword,
          message: v.message ?? '',
        } as unknown as ZodIssue),
      }));
      // A body that parses but breaks field rules is unprocessable; a malformed query is a bad request.
      const status = context === 'body' ? 422 : 400;
      return send(status, {
        title: TITLES.unprocessable,
        detail: 'Controleer de gemarkeerde velden.',
        errors,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error(
        { err: { message: error.message, stack: error.stack, code: error.code } },
        'request failed',
      );
      return send(500, {
        title: 'Er ging iets mis',
        detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      });
    }
    if (status === 429)
      return send(429, { title: TITLES.too_many_requests, detail: 'Te veel verzoeken. Wacht even.' });
    if (status === 415)
      return send(415, { title: 'Ongeldig verzoek', detail: 'Stuur JSON (application/json).' });
    return send(status, { title: TITLES.bad_request, detail: 'Het verzoek kon niet worden gelezen.' });
  });
}
