import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  Outlet,
  useLocation,
} from '@tanstack/react-router';
import { useSession } from './api/session';
import { Layout } from './components/Layout';
import { LoadingState } from './components/States';
import { HomePage } from './pages/Home/HomePage';
import { LoginPage } from './pages/Login/LoginPage';
import { validateMonitorSearch, validateSamenloopSearch } from './pages/Monitor/search';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { PersonSearchPage } from './pages/PersonSearch/PersonSearchPage';
import { validateAnnualPlanSearch, validateMatrixSearch } from './pages/Portfolio/search';

/** Pages behind login: without a session (or when it ran out) the user logs in and comes back. */
function RequireLogin() {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (!user) {
    // While the router is already on its way to the login page, do not navigate again.
    if (location.pathname.startsWith('/inloggen')) return null;
    const back = location.pathname === '/' ? undefined : location.pathname;
    return <Navigate to="/inloggen" search={{ terug: back }} replace />;
  }
  return <Outlet />;
}

/** Only a path inside this app may be a return address (no other sites, no protocol-relative URLs). */
function returnPath(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/(?!\/)/.test(value) && !value.startsWith('/inloggen')
    ? value
    : undefined;
}

function LoginRoute() {
  const { user, loading } = useSession();
  const { terug } = loginRoute.useSearch();
  if (loading) return <LoadingState />;
  // href (a path checked by returnPath) takes precedence over to.
  if (user) return <Navigate to="/" href={terug ?? '/'} replace />;
  return <LoginPage />;
}

// Pages other than login, start and search load on first visit, keeping the first download small.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  validateSearch: (search: Record<string, unknown>): { terug?: string | undefined } => ({
    terug: returnPath(search.terug),
  }),
  component: LoginRoute,
});
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: RequireLogin });
const child = { getParentRoute: () => appRoute } as const;
const homeRoute = createRoute({ ...child, path: '/', component: HomePage });
const searchRoute = createRoute({ ...child, path: '/personen', component: PersonSearchPage });
const newPersonRoute = createRoute({
  ...child,
  path: '/personen/nieuw',
  // From the front door: after registering, go on with the melding for the new person.
  validateSearch: (search: Record<string, unknown>): { melding?: boolean | undefined } => ({
    melding: search.melding === true || search.melding === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('./pages/PersonNew/PersonNewPage'), 'PersonNewPage'),
});
const personRoute = createRoute({
  ...child,
  path: '/personen/$id',
  component: lazyRouteComponent(() => import('./pages/Person/PersonPage'), 'PersonPage'),
});
const householdRoute = createRoute({
  ...child,
  path: '/huishoudens/$id',
  component: lazyRouteComponent(() => import('./pages/Household/HouseholdPage'), 'HouseholdPage'),
});
const householdPlanRoute = createRoute({
  ...child,
  path: '/huishoudens/$id/plan',
  component: lazyRouteComponent(() => import('./pages/HouseholdPlan/HouseholdPlanPage'), 'HouseholdPlanPage'),
});
const areasRoute = createRoute({
  ...child,
  path: '/gebieden',
  component: lazyRouteComponent(() => import('./pages/Areas/AreasPage'), 'AreasPage'),
});
const teamsRoute = createRoute({
  ...child,
  path: '/beheer/teams',
  component: lazyRouteComponent(() => import('./pages/AdminTeams/AdminTeamsPage'), 'AdminTeamsPage'),
});
const usersRoute = createRoute({
  ...child,
  path: '/beheer/gebruikers',
  component: lazyRouteComponent(() => import('./pages/AdminUsers/AdminUsersPage'), 'AdminUsersPage'),
});
const caseRoute = createRoute({
  ...child,
  path: '/zaken/$id',
  component: lazyRouteComponent(() => import('./pages/Case/CasePage'), 'CasePage'),
});
const workQueueRoute = createRoute({
  ...child,
  path: '/werkvoorraad',
  component: lazyRouteComponent(() => import('./pages/WorkQueue/WorkQueuePage'), 'WorkQueuePage'),
});
const caseTypesRoute = createRoute({
  ...child,
  path: '/beheer/zaaktypen',
  component: lazyRouteComponent(
    () => import('./pages/AdminCaseTypes/AdminCaseTypesPage'),
    'AdminCaseTypesPage',
  ),
});
const intakesRoute = createRoute({
  ...child,
  path: '/meldingen',
  component: lazyRouteComponent(() => import('./pages/Intakes/IntakesPage'), 'IntakesPage'),
});
const newIntakeRoute = createRoute({
  ...child,
  path: '/meldingen/nieuw',
  validateSearch: (search: Record<string, unknown>): { persoon?: string | undefined } => ({
    persoon:
      typeof search.persoon === 'string' && /^[0-9a-f-]{36}$/.test(search.persoon)
        ? search.persoon
        : undefined,
  }),
  component: lazyRouteComponent(() => import('./pages/IntakeNew/IntakeNewPage'), 'IntakeNewPage'),
});
const intakeRoute = createRoute({
  ...child,
  path: '/meldingen/$id',
  component: lazyRouteComponent(() => import('./pages/Intake/IntakePage'), 'IntakePage'),
});
const decreedDaysRoute = createRoute({
  ...child,
  path: '/beheer/feestdagen',
  component: lazyRouteComponent(
    () => import('./pages/AdminDecreedDays/AdminDecreedDaysPage'),
    'AdminDecreedDaysPage',
  ),
});
const privacyRoute = createRoute({
  ...child,
  path: '/privacy',
  component: lazyRouteComponent(() => import('./pages/Privacy/PrivacyPage'), 'PrivacyPage'),
});
const beschermdWonenRoute = createRoute({
  ...child,
  path: '/rapportages/beschermd-wonen',
  component: lazyRouteComponent(
    () => import('./pages/BeschermdWonen/BeschermdWonenPage'),
    'BeschermdWonenPage',
  ),
});

const monitorRoute = createRoute({
  ...child,
  path: '/monitor',
  validateSearch: validateMonitorSearch,
  component: lazyRouteComponent(() => import('./pages/Monitor/MonitorPage'), 'MonitorPage'),
});
const monitorSamenloopRoute = createRoute({
  ...child,
  path: '/monitor/samenloop',
  validateSearch: validateSamenloopSearch,
  component: lazyRouteComponent(() => import('./pages/Monitor/SamenloopPage'), 'SamenloopPage'),
});
const monitorBeheerRoute = createRoute({
  ...child,
  path: '/monitor/beheer',
  component: lazyRouteComponent(() => import('./pages/Monitor/MonitorBeheerPage'), 'MonitorBeheerPage'),
});

// The Toekomstagenda portfolio: Bijlage 1, projects, capacity, timeline, risks, plan, EVI, decisions, money.
const portfolioRoute = createRoute({
  ...child,
  path: '/toekomstagenda',
  validateSearch: validateMatrixSearch,
  component: lazyRouteComponent(() => import('./pages/Portfolio/MatrixPage'), 'MatrixPage'),
});
const portfolioNewRoute = createRoute({
  ...child,
  path: '/toekomstagenda/nieuw',
  component: lazyRouteComponent(() => import('./pages/Portfolio/NewProjectPage'), 'NewProjectPage'),
});
const portfolioProjectRoute = createRoute({
  ...child,
  path: '/toekomstagenda/projecten/$projectId',
  component: lazyRouteComponent(() => import('./pages/Portfolio/ProjectPage'), 'ProjectPage'),
});
const portfolioCapacityRoute = createRoute({
  ...child,
  path: '/toekomstagenda/capaciteit',
  component: lazyRouteComponent(() => import('./pages/Portfolio/CapacityPage'), 'CapacityPage'),
});
const portfolioTimelineRoute = createRoute({
  ...child,
  path: '/toekomstagenda/tijdlijn',
  component: lazyRouteComponent(() => import('./pages/Portfolio/TimelinePage'), 'TimelinePage'),
});
const portfolioRisksRoute = createRoute({
  ...child,
  path: '/toekomstagenda/risicos',
  component: lazyRouteComponent(() => import('./pages/Portfolio/RisksPage'), 'RisksPage'),
});
const portfolioPlanRoute = createRoute({
  ...child,
  path: '/toekomstagenda/jaarplan',
  validateSearch: validateAnnualPlanSearch,
  component: lazyRouteComponent(() => import('./pages/Portfolio/AnnualPlanPage'), 'AnnualPlanPage'),
});
const portfolioEviRoute = createRoute({
  ...child,
  path: '/toekomstagenda/evi',
  component: lazyRouteComponent(() => import('./pages/Portfolio/EviPage'), 'EviPage'),
});
const portfolioDecisionsRoute = createRoute({
  ...child,
  path: '/toekomstagenda/besluiten',
  component: lazyRouteComponent(() => import('./pages/Portfolio/DecisionsPage'), 'DecisionsPage'),
});
const portfolioFinanceRoute = createRoute({
  ...child,
  path: '/toekomstagenda/financien',
  component: lazyRouteComponent(() => import('./pages/Portfolio/FinancePage'), 'FinancePage'),
});

const privacyLogRoute = createRoute({
  ...child,
  path: '/privacy/personen/$id',
  component: lazyRouteComponent(
    () => import('./pages/PrivacyAccessLog/PrivacyAccessLogPage'),
    'PrivacyAccessLogPage',
  ),
});
const signalsRoute = createRoute({
  ...child,
  path: '/signalen',
  component: lazyRouteComponent(() => import('./pages/Signals/SignalsPage'), 'SignalsPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    searchRoute,
    newPersonRoute,
    personRoute,
    householdRoute,
    householdPlanRoute,
    areasRoute,
    teamsRoute,
    usersRoute,
    privacyRoute,
    privacyLogRoute,
    caseRoute,
    caseTypesRoute,
    decreedDaysRoute,
    intakesRoute,
    newIntakeRoute,
    intakeRoute,
    workQueueRoute,
    signalsRoute,
    beschermdWonenRoute,
    monitorRoute,
    monitorSamenloopRoute,
    monitorBeheerRoute,
    portfolioRoute,
    portfolioNewRoute,
    portfolioProjectRoute,
    portfolioCapacityRoute,
    portfolioTimelineRoute,
    portfolioRisksRoute,
    portfolioPlanRoute,
    portfolioEviRoute,
    portfolioDecisionsRoute,
    portfolioFinanceRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
