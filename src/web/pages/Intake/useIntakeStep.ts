import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntakeDetail } from '../../../shared/api/intakes';
import { ApiError, api } from '../../api/client';

/** Posts one step of an intake with the version the user saw (409 when someone else changed it). */
export function useIntakeStep(intake: IntakeDetail, action: 'route' | 'clarification' | 'outcome') {
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: (body: unknown) =>
      api<IntakeDetail>('POST', `/api/intakes/${intake.id}/${action}`, {
        body,
        headers: { 'if-match': `"${intake.version}"` },
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(['intake', intake.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['intakes'] });
      await queryClient.invalidateQueries({ queryKey: ['scores'] });
      await queryClient.invalidateQueries({ queryKey: ['household-overview'] });
    },
  });
  const errors = step.error instanceof ApiError ? step.error.fieldErrors() : {};
  const stale = step.error instanceof ApiError && step.error.status === 409;
  return { step, errors, stale };
}
