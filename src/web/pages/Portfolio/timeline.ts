/** Where a project's bar sits on a shared time axis, in percentages of the axis. */
export interface Bar {
  projectId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  left: number;
  width: number;
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * Bars for the projects with a start date, on one axis from the earliest start to the latest end
 * (or today, for projects without an end, which run on to the axis end). A zero-length period
 * still gets a visible sliver.
 */
export function timelineBars(
  rows: { projectId: string; name: string; startDate: string | null; endDate: string | null }[],
  today: string,
): { bars: Bar[]; from: string; to: string } | null {
  const dated = rows.filter((row): row is typeof row & { startDate: string } => row.startDate !== null);
  if (dated.length === 0) return null;
  const starts = dated.map((row) => row.startDate);
  const ends = dated.map((row) => row.endDate ?? today);
  // ISO dates sort as text.
  const from = [...starts].sort()[0] ?? today;
  const to = [...ends, ...starts].sort().reverse()[0] ?? today;
  const span = Math.max(1, dayNumber(to) - dayNumber(from));
  const bars = dated.map((row) => {
    const end = row.endDate ?? to;
    const left = ((dayNumber(row.startDate) - dayNumber(from)) / span) * 100;
    const width = Math.max(0.5, ((dayNumber(end) - dayNumber(row.startDate)) / span) * 100);
    return {
      projectId: row.projectId,
      name: row.name,
      startDate: row.startDate,
      endDate: row.endDate,
      left: Math.min(left, 99.5),
      width: Math.min(width, 100 - Math.min(left, 99.5)),
    };
  });
  return { bars, from, to };
}
