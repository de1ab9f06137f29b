import { hasRole, Role, type Viewer } from '@hospital/kit';

/** Column sizes, which the inputs enforce before the database would truncate or refuse. */
export const DOCTOR_LIMITS = { name: 200, email: 254, specialty: 120, licenseNumber: 64 } as const;

/** The viewer is the doctor `doctorId` signed in to their own account. */
export const isDoctorThemself = (viewer: Viewer | null, doctorId: string): boolean =>
  viewer?.role === Role.DOCTOR && viewer.id === doctorId;

/**
 * Contact details, the licence number and why a doctor is away: administrators
 * and the doctor. docs/rules.md#roles grants every role the public profile, nothing more, so
 * the reception desk (STAFF) is refused these like everyone else.
 */
export const maySeeDoctorPrivateDetails = (viewer: Viewer | null, doctorId: string): boolean =>
  hasRole(viewer, Role.ADMIN) || isDoctorThemself(viewer, doctorId);

/** The doctor's profile, weekly availability and time off: administrators, and the doctor for their own. */
export const mayManageDoctor = (viewer: Viewer | null, doctorId: string): boolean =>
  hasRole(viewer, Role.ADMIN) || isDoctorThemself(viewer, doctorId);

/**
 * Moving a doctor to another department is for administrators alone: the
 * department decides which services the doctor offers and who books them.
 */
export const mayMoveDoctor = (viewer: Viewer | null): boolean => hasRole(viewer, Role.ADMIN);
