import { MeDocument, SignInDocument, type MeQuery } from '@hospital/client';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery, type CombinedError } from 'urql';
import { createApiClient } from '../api/client.js';
import type { AppConfig } from '../config.js';

export type Me = MeQuery['me'];

interface SessionValue {
  config: AppConfig;
  token: string | null;
  /** Resolves with the API's error when the sign-in was refused, or null once signed in. */
  signIn(email: string, password: string): Promise<CombinedError | null>;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

// The tab's session storage, not local storage: the token goes when the tab closes, which is what
// a shared computer at a reception desk or on a ward needs; a reload keeps it.
const TOKEN_KEY = 'hospital.token';

export function SessionProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY));
  const api = useMemo(() => createApiClient(config.gatewayUrl, token), [config.gatewayUrl, token]);
  useEffect(() => () => api.dispose(), [api]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await api.client.mutation(SignInDocument, { email, password }).toPromise();
      const next = result.data?.signIn.token;
      if (!next) return result.error ?? null;
      sessionStorage.setItem(TOKEN_KEY, next);
      setToken(next);
      return null;
    },
    [api],
  );
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  }, []);

  const value = useMemo(() => ({ config, token, signIn, signOut }), [config, token, signIn, signOut]);
  return (
    <SessionContext value={value}>
      <Provider value={api.client}>{children}</Provider>
    </SessionContext>
  );
}

export function useSession(): SessionValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The clinic's time zone, for every time the app writes. */
export const useClinicZone = (): string => useSession().config.clinicTimeZone;

/** Who is signed in; an ended session (a token expired or revoked) signs the tab out. */
export function useMe(): { me: Me | undefined; fetching: boolean; error: CombinedError | undefined } {
  const { signOut } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: MeDocument, requestPolicy: 'cache-first' });
  const ended = error?.graphQLErrors.some((e) => e.extensions['code'] === 'UNAUTHENTICATED') ?? false;
  useEffect(() => {
    if (ended) signOut();
  }, [ended, signOut]);
  return { me: data?.me, fetching, error };
}
