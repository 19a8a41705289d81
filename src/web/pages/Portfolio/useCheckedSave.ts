import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { checkBody, fieldErrorsOf, isStale, refreshPortfolio } from './portfolioApi';

/**
 * A portfolio form's save: the body is checked against the shared schema first (errors show
 * without a round trip), then sent. After success the caller shows the answer and the portfolio's
 * other views refetch; a 409 refetches too, so the user sees the newest version before retrying.
 */
export function useCheckedSave<B, R>(options: {
  schema: z.ZodType;
  send: (body: B) => Promise<R>;
  onSaved: (result: R, queryClient: QueryClient) => void | Promise<void>;
  /** A query the caller already filled with the answer, so it is not fetched again. */
  keep?: (result: R) => readonly unknown[];
}) {
  const queryClient = useQueryClient();
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: options.send,
    onSuccess: async (result) => {
      await options.onSaved(result, queryClient);
      await refreshPortfolio(queryClient, options.keep?.(result));
    },
    onError: async (error) => {
      if (isStale(error)) await refreshPortfolio(queryClient);
    },
  });
  /** Checks the body (errors the form found itself win) and sends it when nothing is wrong. */
  function submitChecked(body: B, extra: Record<string, string> = {}) {
    const found = { ...(checkBody(options.schema, body) ?? {}), ...extra };
    setLocal(found);
    save.reset();
    if (Object.keys(found).length === 0) save.mutate(body);
  }
  return { save, errors: { ...fieldErrorsOf(save.error), ...local }, submitChecked };
}
