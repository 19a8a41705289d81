import type { Problem } from '../../shared/api/problem';
import { nl } from '../messages/nl';

/** An API failure with the server's problem details (Dutch messages per field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? nl.errors.generic);
    this.name = 'ApiError';
  }

  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((error) => [error.field, error.message]));
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function whenUnauthenticated(handler: () => void) {
  onUnauthenticated = handler;
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const raw = options.body instanceof Uint8Array;
  if (options.body !== undefined && !raw) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  Object.assign(headers, options.headers);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined
        ? { body: raw ? (options.body as BodyInit) : JSON.stringify(options.body) }
        : {}),
    });
  } catch {
    throw new ApiError(0, { title: nl.errors.title, detail: nl.errors.network });
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 401 && !path.endsWith('/auth/login')) onUnauthenticated();
    throw new ApiError(response.status, body as Partial<Problem>);
  }
  return body as T;
}

export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
