import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './errors';

export const IdParams = z.object({ id: z.string().uuid('Ongeldige id') });

/** Reads the version from If-Match (`"3"`, `W/"3"` or `3`); updates without one are refused. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) {
    throw new AppError(
      'precondition_required',
      'Stuur de versie mee die u heeft gezien (If-Match), zodat geen wijziging verloren gaat.',
    );
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match) throw new AppError('bad_request', 'If-Match moet een versienummer zijn.');
  return Number(match[1]);
}

export const etagOf = (version: number) => `"${version}"`;
