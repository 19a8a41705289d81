import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { MonitorTrend } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';
import { DataTable } from '../DataTable';
import { formatDate } from '../format';
import { lineSegments, niceMax } from './trend';

const t = nl.monitor;
const WIDTH = 600;
const HEIGHT = 240;
const PAD = { left: 56, right: 36, top: 14, bottom: 30 };
const AREA_COLOUR = '#01689b';
const REGION_COLOUR = '#8b4a00';

type Point = MonitorTrend['points'][number];

/**
 * The indicator over the published snapshots: the area (solid line, circles) and the region (dashed,
 * squares). A hidden figure leaves a gap. The table under it holds the same figures for everyone.
 */
export function TrendChart({ trend }: { trend: MonitorTrend }) {
  const points = trend.points;
  const isRegion = trend.area.level === 'regio';
  const top = niceMax(points.flatMap((point) => [point.value.value, isRegion ? null : point.region.value]));
  const x = (index: number) =>
    points.length === 1
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + (index / (points.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * top);
  const tickFormat = new Intl.NumberFormat('nl-NL', {
    maximumFractionDigits: top < 4 ? 2 : top < 40 ? 1 : 0,
  });
  const series = [
    { key: 'area', colour: AREA_COLOUR, dash: undefined, values: points.map((point) => point.value.value) },
    ...(isRegion
      ? []
      : [{ key: 'region', colour: REGION_COLOUR, dash: '6 4', values: points.map((p) => p.region.value) }]),
  ];
  return (
    <>
      <Paragraph>{t.trendIntro(trend.area.name)}</Paragraph>
      <svg
        className="samenhang-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#cccccc" />
            <text x={PAD.left - 8} y={y(tick) + 4} fontSize="11" textAnchor="end">
              {tickFormat.format(tick)}
            </text>
          </g>
        ))}
        {points.map((point, index) => (
          <text key={point.snapshotId} x={x(index)} y={HEIGHT - 10} fontSize="11" textAnchor="middle">
            {point.periodLabel}
          </text>
        ))}
        {series.map((line) => (
          <g key={line.key}>
            {lineSegments(line.values).map((segment) => (
              <polyline
                key={segment[0]}
                fill="none"
                stroke={line.colour}
                strokeWidth={2}
                strokeDasharray={line.dash}
                points={segment.map((index) => `${x(index)},${y(line.values[index] ?? 0)}`).join(' ')}
              />
            ))}
            {line.values.map((value, index) =>
              value === null ? null : line.key === 'area' ? (
                <circle
                  key={points[index]?.snapshotId}
                  cx={x(index)}
                  cy={y(value)}
                  r={4}
                  fill={line.colour}
                />
              ) : (
                <rect
                  key={points[index]?.snapshotId}
                  x={x(index) - 4}
                  y={y(value) - 4}
                  width={8}
                  height={8}
                  fill={line.colour}
                />
              ),
            )}
          </g>
        ))}
      </svg>
      <DataTable
        caption={t.trendCaption(trend.indicator.name, trend.area.name)}
        rows={points}
        rowKey={(point) => point.snapshotId}
        columns={[
          {
            header: t.period,
            rowHeader: true,
            cell: (point: Point) =>
              `${point.periodLabel} (${formatDate(point.periodEnd)}), versie ${point.version}`,
          },
          { header: trend.area.name, align: 'end', cell: (point: Point) => point.value.display },
          ...(isRegion
            ? []
            : [
                {
                  header: t.regionValue,
                  align: 'end' as const,
                  cell: (point: Point) => point.region.display,
                },
              ]),
        ]}
      />
    </>
  );
}
