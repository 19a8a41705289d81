import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectDetail } from '../../../shared/api/portfolio';
import { isStale, projectKey, refreshPortfolio } from './portfolioApi';

/**
 * A change to one project sent with the version the page shows. The answer replaces the project on
 * screen (new phase, new history row); a 409 reloads the project so the user sees the newest version.
 */
export function useProjectChange<V>(
  project: ProjectDetail,
  run: (project: ProjectDetail, variables: V) => Promise<ProjectDetail>,
  onDone?: (updated: ProjectDetail) => void,
) {
  const queryClient = useQueryClient();
  const key = projectKey(project.id);
  return useMutation({
    mutationFn: (variables: V) => run(project, variables),
    onSuccess: async (updated) => {
      queryClient.setQueryData(key, updated);
      onDone?.(updated);
      await refreshPortfolio(queryClient, key);
    },
    onError: async (error) => {
      if (isStale(error)) await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
