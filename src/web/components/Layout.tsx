import { Button, SkipLink } from '@rijkshuisstijl-community/components-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { api, setCsrfToken } from '../api/client';
import { CASE_WORK, hasRole, useSession } from '../api/session';
import { nl } from '../messages/nl';

export function Layout() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function logout() {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    // Drop every cached answer but keep the session query (its observer stays attached) set to nobody.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    queryClient.setQueryData(['session'], null);
    await navigate({ to: '/inloggen' });
  }

  return (
    <>
      <SkipLink href="#inhoud">{nl.app.skipLink}</SkipLink>
      <header className="samenhang-header">
        <Link to="/" className="samenhang-brand">
          {nl.app.name}
          <small>
            <span className="visually-hidden">, </span>
            {nl.app.organisation}
          </small>
        </Link>
        {user ? (
          <nav className="samenhang-nav" aria-label={nl.app.mainNav}>
            <ul>
              <li>
                <Link to="/" activeOptions={{ exact: true }}>
                  {nl.nav.home}
                </Link>
              </li>
              {hasRole(user, ...CASE_WORK) ? (
                <>
                  <li>
                    <Link to="/meldingen">{nl.nav.intakes}</Link>
                  </li>
                  <li>
                    <Link to="/werkvoorraad">{nl.nav.workQueue}</Link>
                  </li>
                  <li>
                    <Link to="/signalen">{nl.nav.signals}</Link>
                  </li>
                  <li>
                    <Link to="/personen">{nl.nav.persons}</Link>
                  </li>
                </>
              ) : null}
              <li>
                <Link to="/gebieden">{nl.nav.areas}</Link>
              </li>
              {hasRole(user, 'beleid', 'bestuur', 'teammanager') ? (
                <li>
                  <Link to="/rapportages/beschermd-wonen">{nl.wmoJeugd.report.nav}</Link>
                </li>
              ) : null}
              {hasRole(user, 'beleid', 'bestuur', 'teammanager', 'functioneel-beheer') ? (
                <li>
                  <Link to="/monitor">{nl.monitor.nav}</Link>
                </li>
              ) : null}
              {hasRole(user, 'beleid', 'bestuur', 'teammanager', 'functioneel-beheer', 'procesmanager') ? (
                <li>
                  <Link to="/toekomstagenda">{nl.portfolio.nav}</Link>
                </li>
              ) : null}
              {hasRole(user, 'functioneel-beheer') ? (
                <>
                  <li>
                    <Link to="/beheer/teams">{nl.nav.teams}</Link>
                  </li>
                  <li>
                    <Link to="/beheer/gebruikers">{nl.nav.users}</Link>
                  </li>
                  <li>
                    <Link to="/beheer/zaaktypen">{nl.nav.caseTypes}</Link>
                  </li>
                  <li>
                    <Link to="/beheer/feestdagen">{nl.nav.decreedDays}</Link>
                  </li>
                </>
              ) : null}
              {hasRole(user, 'privacy') ? (
                <li>
                  <Link to="/privacy">{nl.nav.privacy}</Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        {user ? (
          <div className="samenhang-user">
            <span>{nl.app.loggedInAs(user.displayName)}</span>
            <Button appearance="subtle-button" onClick={logout}>
              {nl.app.logout}
            </Button>
          </div>
        ) : null}
      </header>
      <main id="inhoud" className="samenhang-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="samenhang-footer">{nl.app.footer}</footer>
    </>
  );
}
