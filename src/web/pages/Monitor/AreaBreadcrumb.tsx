import { Link } from '@tanstack/react-router';
import type { AreaRef } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';
import { REGION_CODE } from './search';

const t = nl.monitor;

/** Regio → gemeente → wijk; every step but the current one is a link that keeps the other choices. */
export function AreaBreadcrumb(props: {
  area: AreaRef;
  parent: AreaRef | null;
  to: '/monitor' | '/monitor/samenloop';
}) {
  const steps: { code: string; name: string }[] = [{ code: REGION_CODE, name: t.region }];
  if (props.area.level === 'wijk' && props.parent) steps.push(props.parent);
  if (props.area.level !== 'regio') steps.push(props.area);
  return (
    <nav className="monitor-crumbs" aria-label={t.breadcrumb}>
      <ol>
        {steps.map((step, index) =>
          index === steps.length - 1 ? (
            <li key={step.code} aria-current="location">
              {step.name}
            </li>
          ) : (
            <li key={step.code}>
              <Link to={props.to} search={(previous) => ({ ...previous, gebied: step.code })}>
                {step.name}
              </Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
