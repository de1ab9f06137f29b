import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Role } from '@hospital/client';
import { SignInPage } from './auth/sign-in-page.js';
import { useMe, useSession } from './auth/session.js';
import { homeOf } from './navigation.js';
import { Layout } from './ui/layout.js';
import { Loading, ProblemNotice } from './ui/status.js';

// Each role's pages are a chunk of their own: a patient's phone never downloads the business charts.
const sections: Record<string, { roles: Role[]; Component: ComponentType }> = {
  patient: { roles: ['PATIENT'], Component: lazy(() => import('./pages/patient/index.js')) },
  doctor: { roles: ['DOCTOR'], Component: lazy(() => import('./pages/doctor/index.js')) },
  desk: { roles: ['STAFF', 'ADMIN'], Component: lazy(() => import('./pages/desk/index.js')) },
  business: { roles: ['STAKEHOLDER', 'ADMIN'], Component: lazy(() => import('./pages/business/index.js')) },
  admin: { roles: ['ADMIN'], Component: lazy(() => import('./pages/admin/index.js')) },
};

function SignedIn() {
  const { me, fetching, error } = useMe();
  if (!me) return fetching ? <Loading what="your account" /> : <ProblemNotice error={error} />;
  return (
    <Layout me={me}>
      <Suspense fallback={<Loading what="the page" />}>
        <Routes>
          {Object.entries(sections)
            .filter(([, section]) => section.roles.includes(me.role))
            .map(([path, { Component }]) => (
              <Route key={path} path={`/${path}/*`} element={<Component />} />
            ))}
          <Route path="*" element={<Navigate to={homeOf(me.role)} replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

export function App() {
  const { token } = useSession();
  return token ? <SignedIn /> : <SignInPage />;
}
