import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { LIFE_DOMAINS } from '../../shared/api/front-door';
import type { ScoreHistory } from '../../shared/api/intakes';
import { api } from '../api/client';
import { nl } from '../messages/nl';
import { DataTable } from './DataTable';
import { formatDate } from './format';
import { ErrorState, LoadingState } from './States';

type History = z.infer<typeof ScoreHistory>;

/** Line colours with at least 3:1 contrast on white (WCAG 1.4.11); markers differ too, not only colour. */
const COLOURS = ['#01689b', '#8b4a00', '#39870c', '#a90061', '#42145f', '#275937', '#b3541e', '#154273'];
const MARKERS = ['circle', 'square', 'diamond'] as const;
const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 36, right: 16, top: 12, bottom: 28 };

const domainName = (code: string) => LIFE_DOMAINS[code as keyof typeof LIFE_DOMAINS] ?? code;

function Marker(props: { kind: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  const { x, y, colour } = props;
  if (props.kind === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  if (props.kind === 'diamond')
    return <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} fill={colour} />;
  return <circle cx={x} cy={y} r={4} fill={colour} />;
}

/**
 * A person's self-sufficiency scores over time, one line per life domain. The chart is a picture
 * for sighted users; the table under it carries the same figures for everyone.
 */
export function ScoreChart({ personId }: { personId: string }) {
  const history = useQuery({
    queryKey: ['scores', personId],
    queryFn: () => api<History>('GET', `/api/persons/${personId}/scores`),
  });
  return (
    <section aria-labelledby="score-chart">
      <Heading level={2} id="score-chart">
        {nl.intake.chartTitle}
      </Heading>
      {history.isPending ? <LoadingState /> : null}
      {history.isError ? <ErrorState error={history.error} /> : null}
      {history.isSuccess && history.data.series.length === 0 ? (
        <Paragraph>{nl.intake.noScores}</Paragraph>
      ) : null}
      {history.isSuccess && history.data.series.length > 0 ? <Chart history={history.data} /> : null}
    </section>
  );
}

function Chart({ history }: { history: History }) {
  const dates = [
    ...new Set(history.series.flatMap((line) => line.points.map((point) => point.assessedOn))),
  ].sort();
  const x = (date: string) =>
    dates.length === 1
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + (dates.indexOf(date) / (dates.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + ((5 - score) / 4) * (HEIGHT - PAD.top - PAD.bottom);
  const rows = dates.map((date) => ({
    date,
    scores: Object.fromEntries(
      history.series.map((line) => [
        line.lifeDomain,
        line.points.filter((p) => p.assessedOn === date).at(-1)?.score,
      ]),
    ),
  }));
  return (
    <>
      <Paragraph>{nl.intake.chartIntro}</Paragraph>
      <svg
        className="samenhang-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} stroke="#cccccc" />
            <text x={PAD.left - 10} y={y(score) + 4} fontSize="11" textAnchor="end">
              {score}
            </text>
          </g>
        ))}
        {dates.map((date) => (
          <text key={date} x={x(date)} y={HEIGHT - 8} fontSize="11" textAnchor="middle">
            {formatDate(date)}
          </text>
        ))}
        {history.series.map((line, index) => {
          const colour = COLOURS[index % COLOURS.length] ?? '#000000';
          const marker = MARKERS[index % MARKERS.length] ?? 'circle';
          return (
            <g key={line.lifeDomain}>
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={2}
                points={line.points.map((point) => `${x(point.assessedOn)},${y(point.score)}`).join(' ')}
              />
              {line.points.map((point) => (
                <Marker
                  key={point.assessedOn}
                  kind={marker}
                  x={x(point.assessedOn)}
                  y={y(point.score)}
                  colour={colour}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="samenhang-legend" aria-hidden="true">
        {history.series.map((line, index) => (
          <li key={line.lifeDomain} style={{ color: COLOURS[index % COLOURS.length] }}>
            {domainName(line.lifeDomain)}
          </li>
        ))}
      </ul>
      <DataTable
        caption={nl.intake.chartCaption}
        rows={rows}
        rowKey={(row) => row.date}
        columns={[
          { header: nl.intake.date, rowHeader: true, cell: (row) => formatDate(row.date) },
          ...history.series.map((line) => ({
            header: domainName(line.lifeDomain),
            align: 'end' as const,
            cell: (row: (typeof rows)[number]) => row.scores[line.lifeDomain] ?? '—',
          })),
        ]}
      />
    </>
  );
}
