import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession, type Me } from '../auth/session.js';
import { NAVIGATION } from '../navigation.js';

const ROLE_NAMES = {
  PATIENT: 'Patient',
  DOCTOR: 'Doctor',
  STAFF: 'Desk',
  STAKEHOLDER: 'Business department',
  ADMIN: 'Administrator',
} as const;

function displayName(me: Me): string {
  return me.doctor?.name ?? me.patient?.name ?? me.email;
}

/** The frame of every signed-in page: a skip link, the role's menu, who is signed in, and the page. */
export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const { signOut } = useSession();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <p className="brand">Maternity hospital</p>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION[me.role].map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to}>{entry.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {displayName(me)} · {ROLE_NAMES[me.role]}
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
