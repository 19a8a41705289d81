import { Link } from '@tanstack/react-router';
import { hasRole, useSession } from '../../api/session';
import '../../components/monitor/monitor.css';
import { nl } from '../../messages/nl';

const t = nl.monitor;

/** The monitor's own pages: figures, samenloop and (for beleid and functioneel beheer) snapshots. */
export function MonitorNav(props: { peilmoment?: string | undefined; gebied?: string | undefined }) {
  const { user } = useSession();
  const search = { peilmoment: props.peilmoment, gebied: props.gebied };
  return (
    <nav className="monitor-subnav" aria-label={t.subnav}>
      <ul>
        <li>
          <Link to="/monitor" search={search} activeOptions={{ exact: true, includeSearch: false }}>
            {t.figuresLink}
          </Link>
        </li>
        <li>
          <Link to="/monitor/samenloop" search={search} activeOptions={{ includeSearch: false }}>
            {t.samenloopLink}
          </Link>
        </li>
        {hasRole(user, 'beleid', 'functioneel-beheer') ? (
          <li>
            <Link to="/monitor/beheer">{t.beheerLink}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
