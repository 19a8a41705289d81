import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  Outlet,
} from '@tanstack/react-router';
import { useSession } from './api/session';
import { Layout } from './components/Layout';
import { LoadingState } from './components/States';
import { HomePage } from './pages/Home/HomePage';
import { LoginPage } from './pages/Login/LoginPage';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { PersonSearchPage } from './pages/PersonSearch/PersonSearchPage';

/** Pages behind login: without a session the user goes to the login page. */
function RequireLogin() {
  const { user, loading } = useSession();
  if (loading) return <LoadingState />;
  if (!user) return <Navigate to="/inloggen" />;
  return <Outlet />;
}

function LoginRoute() {
  const { user, loading } = useSession();
  if (loading) return <LoadingState />;
  if (user) return <Navigate to="/" />;
  return <LoginPage />;
}

// Pages other than login, start and search load on first visit, keeping the first download small.
const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/inloggen', component: LoginRoute });
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: RequireLogin });
const child = { getParentRoute: () => appRoute } as const;
const homeRoute = createRoute({ ...child, path: '/', component: HomePage });
const searchRoute = createRoute({ ...child, path: '/personen', component: PersonSearchPage });
const newPersonRoute = createRoute({
  ...child,
  path: '/personen/nieuw',
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
const privacyRoute = createRoute({
  ...child,
  path: '/privacy',
  component: lazyRouteComponent(() => import('./pages/Privacy/PrivacyPage'), 'PrivacyPage'),
});

const privacyLogRoute = createRoute({
  ...child,
  path: '/privacy/personen/$id',
  component: lazyRouteComponent(
    () => import('./pages/PrivacyAccessLog/PrivacyAccessLogPage'),
    'PrivacyAccessLogPage',
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    searchRoute,
    newPersonRoute,
    personRoute,
    householdRoute,
    areasRoute,
    teamsRoute,
    usersRoute,
    privacyRoute,
    privacyLogRoute,
    caseRoute,
    caseTypesRoute,
    workQueueRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
