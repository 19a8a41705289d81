import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import type { ViewRow } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';
import { boundDigits, CLASS_FILLS, classOf, equalIntervals, formatBound, roundedClasses } from './classes';
import { project, readShapes } from './geo';
import { comparedFigure } from './ranking';

const t = nl.monitor;
const EDGE = '#4d5563';
const NO_VALUE = '#ffffff';

/**
 * The child areas on a map in five classes of the compared figure. Hidden figures are hatched grey
 * and "." in the legend; the legend names every range in text. The map is one image for screen
 * readers; the child-area table beside it holds the figures.
 */
export function ChoroplethMap(props: {
  features: unknown;
  rows: ViewRow[];
  indicator: string;
  area: string;
}) {
  const hatch = `monitor-hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const map = project(readShapes(props.features));
  if (map.paths.length === 0) return null;
  const byCode = new Map(props.rows.map((row) => [row.area.code, row]));
  const exact = equalIntervals(props.rows.map((row) => comparedFigure(row).value));
  const digits = boundDigits(exact);
  const classes = roundedClasses(exact, digits);
  const anyHidden = props.rows.some((row) => comparedFigure(row).value === null);
  const anyMissing = map.paths.some((path) => !byCode.has(path.code));
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="samenhang-chart"
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={t.mapLabel(props.indicator, props.area)}
      >
        <HatchPattern id={hatch} />
        {map.paths.map((path) => {
          const row = byCode.get(path.code);
          const figure = row ? comparedFigure(row) : null;
          const index = figure ? classOf(figure.value, classes) : null;
          const fill = !figure ? NO_VALUE : index === null ? `url(#${hatch})` : CLASS_FILLS[index];
          return (
            <path key={path.code} d={path.d} fill={fill} fillRule="evenodd" stroke={EDGE} strokeWidth={0.75}>
              <title>{`${row?.area.name ?? path.code}: ${figure?.display ?? t.noValueClass}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <Paragraph>
          <strong>{t.legend}</strong>
        </Paragraph>
        <ul className="monitor-map-legend">
          {classes.map((range, index) => (
            <li key={range.from}>
              <Swatch fill={CLASS_FILLS[index] ?? NO_VALUE} />
              {t.classRange(formatBound(range.from, digits), formatBound(range.to, digits), index === 0)}
            </li>
          ))}
          {anyHidden ? (
            <li>
              <Swatch fill={`url(#${hatch})`} />
              {t.hiddenClass}
            </li>
          ) : null}
          {anyMissing ? (
            <li>
              <Swatch fill={NO_VALUE} />
              {t.noValueClass}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}

function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <rect width={6} height={6} fill="#d0d5dd" />
        <line x1={0} y1={0} x2={0} y2={6} stroke={EDGE} strokeWidth={2} />
      </pattern>
    </defs>
  );
}

/** A legend key. The hatch pattern lives in the map's svg; a url() reference works across the page. */
function Swatch({ fill }: { fill: string }) {
  return (
    <svg width={24} height={16} aria-hidden="true" focusable="false">
      <rect x={0.5} y={0.5} width={23} height={15} fill={fill} stroke={EDGE} />
    </svg>
  );
}
