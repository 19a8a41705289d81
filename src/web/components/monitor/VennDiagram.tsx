import { SAMENLOOP_LABELS, type SamenloopTable } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';
import { type Combination, combinationCounts } from './combinations';

const t = nl.monitor.samenloop;

/** Three overlapping circles; each combination's count sits in the region only that combination covers. */
const CIRCLES = [
  { code: 'W', cx: 160, cy: 130, colour: '#01689b', dash: undefined, label: { x: 70, y: 28 } },
  { code: 'J', cx: 260, cy: 130, colour: '#8b4a00', dash: '8 4', label: { x: 350, y: 28 } },
  { code: 'P', cx: 210, cy: 215, colour: '#39870c', dash: '2 3', label: { x: 210, y: 334 } },
] as const;
const RADIUS = 95;
const REGION_POSITIONS: Record<Combination, { x: number; y: number }> = {
  W: { x: 108, y: 108 },
  J: { x: 312, y: 108 },
  P: { x: 210, y: 278 },
  WJ: { x: 210, y: 88 },
  WP: { x: 152, y: 200 },
  JP: { x: 268, y: 200 },
  WJP: { x: 210, y: 158 },
};

/**
 * The overlap of Wmo (W), Jeugd (J) and Participatiewet (P) as an Euler diagram with the seven
 * protected counts. One image for screen readers, with every count in its text alternative.
 */
export function VennDiagram({ table, unit }: { table: SamenloopTable; unit: string }) {
  const counts = combinationCounts(table);
  const label = t.diagramLabel(
    unit,
    counts.map((count) => `${SAMENLOOP_LABELS[count.code]} ${count.display}`).join(', '),
  );
  return (
    <svg
      className="samenhang-chart"
      viewBox="0 0 420 345"
      role="img"
      aria-label={label}
      style={{ maxWidth: '28rem' }}
    >
      {CIRCLES.map((circle) => (
        <circle
          key={circle.code}
          cx={circle.cx}
          cy={circle.cy}
          r={RADIUS}
          fill={circle.colour}
          fillOpacity={0.12}
          stroke={circle.colour}
          strokeWidth={3}
          strokeDasharray={circle.dash}
        />
      ))}
      {CIRCLES.map((circle) => (
        <text
          key={circle.code}
          x={circle.label.x}
          y={circle.label.y}
          fontSize="15"
          fontWeight="bold"
          textAnchor="middle"
          fill={circle.colour}
        >
          {t.circles[circle.code]}
        </text>
      ))}
      {counts.map((count) => {
        const position = REGION_POSITIONS[count.code];
        return (
          <g key={count.code}>
            <text x={position.x} y={position.y - 8} fontSize="11" textAnchor="middle" fill="#4d5563">
              {count.code}
            </text>
            <text
              x={position.x}
              y={position.y + 10}
              fontSize="16"
              fontWeight="bold"
              textAnchor="middle"
              stroke="#ffffff"
              strokeWidth={4}
              paintOrder="stroke"
              fill="#1a1a1a"
            >
              {count.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
