import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../shared/api/cases';
import { ApiError, api } from '../../api/client';

/** Posts one lifecycle step with the version the user saw (409 when someone else changed the case). */
export function useCaseStep(detail: CaseDetail) {
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: ({ action, body }: { action: string; body: Record<string, unknown> }) =>
      api<unknown>('POST', `/api/cases/${detail.id}/${action}`, {
        body,
        headers: { 'if-match': `"${detail.version}"` },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['case', detail.id] });
      await queryClient.invalidateQueries({ queryKey: ['case-decisions', detail.id] });
      // The queue and the person's case list show this case too.
      // Dropped rather than marked stale: a queue opened next must not first show this case as it was.
      queryClient.removeQueries({ queryKey: ['work-queue'] });
      await queryClient.invalidateQueries({ queryKey: ['cases', detail.personId] });
      // Household views list the members' cases and provisions, and their signals follow from them.
      await queryClient.invalidateQueries({ queryKey: ['household-overview'] });
      await queryClient.invalidateQueries({ queryKey: ['household-signals'] });
      await queryClient.invalidateQueries({ queryKey: ['team-signals'] });
    },
  });
  const errors = step.error instanceof ApiError ? step.error.fieldErrors() : {};
  return { step, errors };
}
