import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ViewRow } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';
import { rankBars } from './ranking';

const WIDTH = 600;
const ROW = 26;
const LABEL = 170;
const VALUE = 70;
const BAR_COLOUR = '#01689b';

/**
 * The child areas ranked from high to low, a horizontal bar each with its figure in text. A hidden
 * figure shows "." and no bar. The chart repeats the table above it, so it is hidden from screen
 * readers; the intro says how to read it.
 */
export function RankedBarChart(props: { rows: ViewRow[]; label: string }) {
  const bars = rankBars(props.rows);
  if (bars.length === 0) return null;
  const height = bars.length * ROW + 8;
  const barSpace = WIDTH - LABEL - VALUE;
  return (
    <figure style={{ margin: 0 }}>
      <Paragraph>{nl.monitor.chartIntro(props.label)}</Paragraph>
      <svg
        className="samenhang-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke="#4d5563" />
        {bars.map((bar, index) => {
          const y = 4 + index * ROW;
          const length = bar.share === null ? 0 : Math.max(bar.share * barSpace, bar.share > 0 ? 1 : 0);
          return (
            <g key={bar.code}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} fontSize="12" textAnchor="end">
                {shorten(bar.name)}
              </text>
              {bar.share === null ? null : (
                <rect x={LABEL} y={y + 4} width={length} height={ROW - 8} fill={BAR_COLOUR} />
              )}
              <text x={LABEL + length + 6} y={y + ROW / 2 + 4} fontSize="12" fontWeight="bold">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

const shorten = (name: string) => (name.length > 26 ? `${name.slice(0, 25)}…` : name);
