import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import type { CurrentUser, SessionResponse } from '../../shared/api/auth';
import { ApiError, api, setCsrfToken, whenUnauthenticated } from './client';

interface SessionState {
  user: CurrentUser | null;
  loading: boolean;
}

const SessionContext = createContext<SessionState>({ user: null, loading: true });

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const session = await api<SessionResponse>('GET', '/api/auth/me');
        setCsrfToken(session.csrfToken);
        return session.user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  useEffect(() => {
    whenUnauthenticated(() => queryClient.setQueryData(['session'], null));
  }, [queryClient]);
  return (
    <SessionContext.Provider value={{ user: me.data ?? null, loading: me.isPending }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

export function hasRole(user: CurrentUser | null, ...roles: CurrentUser['roles']): boolean {
  return Boolean(user?.roles.some((role) => roles.includes(role)));
}

export const CASE_WORK: CurrentUser['roles'] = [
  'consulent',
  'regisseur',
  'teammanager',
  'administratie',
  'handhaving',
];
