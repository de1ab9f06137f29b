import type { Role } from '@hospital/client';

export interface NavEntry {
  to: string;
  label: string;
}

const PATIENT: NavEntry[] = [
  { to: '/patient/book', label: 'Book a visit' },
  { to: '/patient/visits', label: 'My visits' },
  { to: '/patient/invoices', label: 'Invoices' },
  { to: '/patient/prescriptions', label: 'Prescriptions' },
  { to: '/patient/waitlist', label: 'Waitlist' },
];
const DOCTOR: NavEntry[] = [
  { to: '/doctor/lobby', label: 'Lobby' },
  { to: '/doctor/visits', label: 'My visits' },
  { to: '/doctor/patients', label: 'My patients' },
];
const DESK: NavEntry[] = [
  { to: '/desk/board', label: 'Schedule board' },
  { to: '/desk/book', label: 'Book or move a visit' },
  { to: '/desk/invoices', label: 'Invoices' },
];
const BUSINESS: NavEntry[] = [
  { to: '/business/revenue', label: 'Revenue' },
  { to: '/business/doctors', label: 'Doctor performance' },
  { to: '/business/feedback', label: 'Feedback' },
];
const ADMIN: NavEntry[] = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/audit', label: 'Audit trail' },
];

/** What each role's menu offers; an administrator also sees the desk's and the business department's pages. */
export const NAVIGATION: Record<Role, NavEntry[]> = {
  PATIENT,
  DOCTOR,
  STAFF: DESK,
  STAKEHOLDER: BUSINESS,
  ADMIN: [...ADMIN, ...DESK, ...BUSINESS],
};

/** Where a role lands after signing in. */
export const homeOf = (role: Role): string => NAVIGATION[role][0]?.to ?? '/';
