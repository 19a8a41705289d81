import { createRootRoute, createRoute, createRouter, Navigate, Outlet } from '@tanstack/react-router';
import { useSession } from './api/session';
import { Layout } from './components/Layout';
import { LoadingState } from './components/States';
import { AdminTeamsPage } from './pages/AdminTeams/AdminTeamsPage';
import { AdminUsersPage } from './pages/AdminUsers/AdminUsersPage';
import { AreasPage } from './pages/Areas/AreasPage';
import { HomePage } from './pages/Home/HomePage';
import { HouseholdPage } from './pages/Household/HouseholdPage';
import { LoginPage } from './pages/Login/LoginPage';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { PersonPage } from './pages/Person/PersonPage';
import { PersonNewPage } from './pages/PersonNew/PersonNewPage';
import { PersonSearchPage } from './pages/PersonSearch/PersonSearchPage';
import { PrivacyPage } from './pages/Privacy/PrivacyPage';

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

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/inloggen', component: LoginRoute });
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: RequireLogin });
const child = { getParentRoute: () => appRoute } as const;
const homeRoute = createRoute({ ...child, path: '/', component: HomePage });
const searchRoute = createRoute({ ...child, path: '/personen', component: PersonSearchPage });
const newPersonRoute = createRoute({ ...child, path: '/personen/nieuw', component: PersonNewPage });
const personRoute = createRoute({ ...child, path: '/personen/$id', component: PersonPage });
const householdRoute = createRoute({ ...child, path: '/huishoudens/$id', component: HouseholdPage });
const areasRoute = createRoute({ ...child, path: '/gebieden', component: AreasPage });
const teamsRoute = createRoute({ ...child, path: '/beheer/teams', component: AdminTeamsPage });
const usersRoute = createRoute({ ...child, path: '/beheer/gebruikers', component: AdminUsersPage });
const privacyRoute = createRoute({ ...child, path: '/privacy', component: PrivacyPage });

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
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
