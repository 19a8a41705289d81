export interface QueueFilter {
  team: string;
  who: '' | 'me' | 'nobody';
  domain: string;
  overdue: boolean;
  suspended: boolean;
}

export const NO_FILTER: QueueFilter = { team: '', who: '', domain: '', overdue: false, suspended: false };

/** The query parameters of `GET /api/work-queue` (and its export) for a filter. */
export function queueParams(filter: QueueFilter): Record<string, string | undefined> {
  return {
    team: filter.team || undefined,
    assignee: filter.who === 'me' ? 'me' : undefined,
    unassigned: filter.who === 'nobody' ? 'true' : undefined,
    domain: filter.domain || undefined,
    overdue: filter.overdue ? 'true' : undefined,
    suspended: filter.suspended ? 'true' : undefined,
  };
}
