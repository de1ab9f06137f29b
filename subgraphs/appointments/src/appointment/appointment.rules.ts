import { BusinessRuleViolation, hasRole, percentOf, Role, type Cents, type Viewer } from '@hospital/kit';
import type { DoctorSchedule, ServiceInfo } from '../clients/doctors.client.js';
import { AppointmentStatus } from './appointment.enums.js';

/** What can be done to an appointment; each moves it along the lifecycle of docs/rules.md#appointment-lifecycle. */
export type AppointmentAction = 'approve' | 'reject' | 'cancel' | 'complete' | 'noShow' | 'reschedule';

const { PENDING, APPROVED, REJECTED, CANCELLED, COMPLETED, NO_SHOW } = AppointmentStatus;

/** For each action: the statuses it may start from, and where it leads (reschedule keeps the status). */
const TRANSITIONS: Record<AppointmentAction, { from: AppointmentStatus[]; to: AppointmentStatus | null }> = {
  approve: { from: [PENDING], to: APPROVED },
  reject: { from: [PENDING], to: REJECTED },
  cancel: { from: [PENDING, APPROVED], to: CANCELLED },
  complete: { from: [APPROVED], to: COMPLETED },
  noShow: { from: [APPROVED], to: NO_SHOW },
  reschedule: { from: [PENDING, APPROVED], to: null },
};

/** The status after `action`, or INVALID_TRANSITION. */
export function nextStatus(current: AppointmentStatus, action: AppointmentAction): AppointmentStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current)) {
    throw new BusinessRuleViolation('INVALID_TRANSITION', `A ${current} appointment cannot be changed by ${action}`, {
      status: current,
    });
  }
  return transition.to ?? current;
}

/** A PENDING or APPROVED appointment holds its slot; the others free it. */
export const holdsSlot = (status: AppointmentStatus): boolean => status === PENDING || status === APPROVED;

/** The longest reason a patient gives for a visit, or anyone for rejecting or cancelling one. */
export const MAX_REASON_LENGTH = 1000;
export const MAX_RESCHEDULES = 2;
export const RESCHEDULE_WINDOW_MINUTES = 60;
export const LATE_CANCELLATION_MINUTES = 120;
export const LATE_CANCELLATION_FEE_PERCENT = 50;

/** RESCHEDULE_LIMIT and RESCHEDULE_WINDOW: at most 2 moves, none within an hour of the current start. */
export function checkReschedule(rescheduleCount: number, currentStart: Date, now: Date): void {
  if (rescheduleCount >= MAX_RESCHEDULES) {
    throw new BusinessRuleViolation(
      'RESCHEDULE_LIMIT',
      `An appointment can be rescheduled at most ${MAX_RESCHEDULES} times`,
    );
  }
  if (now.getTime() > currentStart.getTime() - RESCHEDULE_WINDOW_MINUTES * 60_000) {
    throw new BusinessRuleViolation(
      'RESCHEDULE_WINDOW',
      `An appointment cannot be rescheduled within ${RESCHEDULE_WINDOW_MINUTES} minutes of its start`,
    );
  }
}

/** What a reschedule asks for besides the time: another doctor, another service, or neither (null or absent). */
export interface MoveWish {
  doctorId?: string | null;
  serviceId?: string | null;
}

/** What of a visit a move may change, as it stands. */
export interface VisitTerms {
  doctorId: string;
  serviceId: string;
  departmentId: string;
  durationMinutes: number;
  priceCents: Cents;
}

/** The doctor and the service a moved visit asks for: those named, else the visit's own. */
export function moveTarget(visit: VisitTerms, wish: MoveWish = {}): { doctorId: string; serviceId: string } {
  return { doctorId: wish.doctorId ?? visit.doctorId, serviceId: wish.serviceId ?? visit.serviceId };
}

/**
 * The visit as it stands after a move to `service` with `doctor` (docs/rules.md#care-flow): it stays in its department — another doctor or another
 * service of another department is DEPARTMENT_MISMATCH, the booking rule that
 * says so — and its length and price follow the service. The same service keeps
 * the length and price the visit was booked with: a later change of the
 * catalogue does not change what a booked visit costs.
 */
export function movedTerms(visit: VisitTerms, service: ServiceInfo, doctor: DoctorSchedule): VisitTerms {
  const sameService = service.id === visit.serviceId;
  if (!sameService && service.departmentId !== visit.departmentId) {
    throw new BusinessRuleViolation(
      'DEPARTMENT_MISMATCH',
      'A visit moves only to another service of its own department; this service belongs to another',
      { departmentId: visit.departmentId },
    );
  }
  if (doctor.departmentId !== visit.departmentId) {
    throw new BusinessRuleViolation(
      'DEPARTMENT_MISMATCH',
      'A visit moves only to another doctor of its own department; this doctor works in another',
      { departmentId: visit.departmentId },
    );
  }
  return {
    doctorId: doctor.id,
    serviceId: service.id,
    departmentId: visit.departmentId,
    durationMinutes: sameService ? visit.durationMinutes : service.durationMinutes,
    priceCents: sameService ? visit.priceCents : service.priceCents,
  };
}

/** TOO_EARLY: a visit is completed or marked a no-show only once its start has passed. */
export function checkStarted(start: Date, now: Date): void {
  if (now.getTime() < start.getTime()) {
    throw new BusinessRuleViolation('TOO_EARLY', 'The visit has not started yet', { start: start.toISOString() });
  }
}

/**
 * TOO_LATE: a visit whose start has passed is no longer cancelled; it is completed
 * or marked a no-show (else a late patient could trade the 100 % no-show fee for
 * a 50 % cancellation).
 */
export function checkNotStarted(start: Date, now: Date): void {
  if (now.getTime() >= start.getTime()) {
    throw new BusinessRuleViolation(
      'TOO_LATE',
      'The visit has already started: the doctor completes it or marks a no-show',
      { start: start.toISOString() },
    );
  }
}

/**
 * 50 % of the booked price when the patient's side (the patient, or the desk for
 * them) cancels 2 hours or less before the start; nothing when earlier, and
 * nothing when the doctor cancels: the patient is not charged for the clinic's change.
 */
export function cancellationFeeCents(priceCents: Cents, start: Date, cancelledAt: Date, byTheDoctor: boolean): Cents {
  const late = start.getTime() - cancelledAt.getTime() <= LATE_CANCELLATION_MINUTES * 60_000;
  return late && !byTheDoctor ? percentOf(priceCents, LATE_CANCELLATION_FEE_PERCENT, 100) : 0;
}

/** Who a visit belongs to, as the permission rules read it. */
export interface Parties {
  patientId: string;
  doctorId: string;
}

const isPatientOf = (viewer: Viewer, a: Parties) => viewer.role === Role.PATIENT && viewer.id === a.patientId;
/** The visit's own doctor: she decides it, and cancelling it costs the patient nothing. */
export const isDoctorOf = (viewer: Viewer, a: Parties): boolean =>
  viewer.role === Role.DOCTOR && viewer.id === a.doctorId;

/** Read: the patient and the doctor their own, STAFF and ADMIN all, STAKEHOLDER nothing. */
export const mayRead = (viewer: Viewer, a: Parties): boolean =>
  hasRole(viewer, Role.STAFF, Role.ADMIN) || isPatientOf(viewer, a) || isDoctorOf(viewer, a);

/** Approve, reject, complete, no-show: the visit's doctor, ADMIN. */
export const mayDecide = (viewer: Viewer, a: Parties): boolean => hasRole(viewer, Role.ADMIN) || isDoctorOf(viewer, a);

/** Cancel: the patient, the doctor, STAFF, ADMIN. */
export const mayCancel = (viewer: Viewer, a: Parties): boolean =>
  hasRole(viewer, Role.STAFF, Role.ADMIN) || isPatientOf(viewer, a) || isDoctorOf(viewer, a);

/** Reschedule: the patient, STAFF, ADMIN. */
export const mayReschedule = (viewer: Viewer, a: Parties): boolean =>
  hasRole(viewer, Role.STAFF, Role.ADMIN) || isPatientOf(viewer, a);

/** Appointments at all: every role but STAKEHOLDER. */
export const hasAppointments = (viewer: Viewer): boolean => viewer.role !== Role.STAKEHOLDER;

/** Whose appointments a list shows: one patient's, one doctor's, both narrowings or neither (everyone's). */
export interface ListScope {
  patientId?: string | undefined;
  doctorId?: string | undefined;
}

/**
 * The only appointments a list may show this viewer: STAFF and ADMIN any, a
 * patient or a doctor only their own (narrowed to their id), nobody else.
 * Undefined means "refuse".
 */
export function visibleScope(viewer: Viewer): ListScope | undefined {
  if (hasRole(viewer, Role.STAFF, Role.ADMIN)) return {};
  if (viewer.role === Role.PATIENT) return { patientId: viewer.id };
  if (viewer.role === Role.DOCTOR) return { doctorId: viewer.id };
  return undefined;
}

/**
 * What a list asked for with `filter` shows this viewer: their `visibleScope`
 * narrowed by the filter's patient and doctor; or, when they may not list those,
 * the refusal that says why.
 */
export function listScope(
  viewer: Viewer,
  filter: { patientId?: string | null; doctorId?: string | null } | null | undefined,
): ListScope | { refusal: string } {
  const scope = visibleScope(viewer);
  if (!scope) return { refusal: 'Appointments are not open to stakeholders' };
  if (scope.patientId && filter?.patientId && filter.patientId !== scope.patientId) {
    return { refusal: 'A patient may only list their own appointments' };
  }
  if (scope.doctorId && filter?.doctorId && filter.doctorId !== scope.doctorId) {
    return { refusal: 'A doctor may only list their own appointments' };
  }
  return {
    patientId: scope.patientId ?? filter?.patientId ?? undefined,
    doctorId: scope.doctorId ?? filter?.doctorId ?? undefined,
  };
}

/** `Patient.appointments`: a patient asks only for her own; anyone else as far as their list may go. */
export const mayListVisitsOf = (viewer: Viewer, patientId: string): boolean =>
  viewer.role !== Role.PATIENT || viewer.id === patientId;
