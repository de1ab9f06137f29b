import { zonedParts } from '@hospital/kit';
import { type ScheduleChangedPayload } from '@hospital/kit/events';
import type { AppointmentStatus } from '../appointment/appointment.enums.js';
import { holdsSlot } from '../appointment/appointment.rules.js';
import { isWithinDoctorHours, type FreeSlot } from '../appointment/booking.rules.js';
import type { DoctorSchedule, Period } from '../clients/doctors.client.js';
import { NotificationChannel, NotificationKind } from '../notification/notification.enums.js';
import { MAX_ALTERNATIVES, type NoticeDraft } from '../notification/notices.js';

/** A visit as conflict detection sees it. */
export interface BookedVisit {
  id: string;
  patientId: string;
  doctorId: string;
  serviceId: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  rescheduleCount: number;
}

/** A visit still to come that holds its slot: what a change of the doctor's hours can leave stranded. */
export const isActiveAhead = (visit: Pick<BookedVisit, 'status' | 'startsAt'>, now: Date): boolean =>
  holdsSlot(visit.status) && visit.startsAt.getTime() > now.getTime();

/** The period touches some minute of the visit (back to back does not). */
export const overlapsPeriod = (visit: Pick<BookedVisit, 'startsAt' | 'endsAt'>, period: Period): boolean =>
  visit.startsAt.getTime() < period.end.getTime() && period.start.getTime() < visit.endsAt.getTime();

/**
 * The active visits ahead that the doctor's schedule, as it now stands, no longer
 * covers: outside their weekly and extra hours of that day, or in time off. The
 * same test that refuses a booking (DOCTOR_UNAVAILABLE), so a visit is stranded
 * exactly when it could not be booked now.
 */
export function strandedVisits<V extends BookedVisit>(
  visits: readonly V[],
  doctor: DoctorSchedule,
  now: Date,
  timeZone: string,
): V[] {
  return visits.filter(
    (visit) =>
      visit.doctorId === doctor.id &&
      isActiveAhead(visit, now) &&
      !isWithinDoctorHours(doctor, zonedParts(visit.startsAt, timeZone), visit.startsAt, visit.durationMinutes),
  );
}

/**
 * Which of the doctor's visits a change may strand, as the period to look in:
 * none for a change that only adds hours (extra hours added, time off removed),
 * the change's bounds where it has them, every visit ahead for a new week.
 */
export function affectedPeriod(change: ScheduleChangedPayload): Period | 'ALL' | null {
  if (change.change === 'EXTRA_HOURS_ADDED' || change.change === 'TIME_OFF_REMOVED') return null;
  if (change.from && change.to) return { start: new Date(change.from), end: new Date(change.to) };
  return 'ALL';
}

/**
 * The patient's DOCTOR_UNAVAILABLE notices of one stranded visit, by e-mail and
 * SMS, due at once, with up to 3 alternatives for the same service. `occurrence`
 * is the visit's reschedule count: a visit is told once where it is booked, and
 * again only if it is moved and then stranded anew.
 */
export function doctorUnavailableNotices(
  visit: BookedVisit,
  alternatives: readonly FreeSlot[],
  now: Date,
): NoticeDraft[] {
  const context = {
    alternatives: alternatives
      .slice(0, MAX_ALTERNATIVES)
      .map((slot) => ({ start: slot.start.toISOString(), doctorId: slot.doctorId, serviceId: visit.serviceId })),
  };
  return [NotificationChannel.EMAIL, NotificationChannel.SMS].map((channel) => ({
    kind: NotificationKind.DOCTOR_UNAVAILABLE,
    recipientId: visit.patientId,
    recipientRole: 'PATIENT',
    channel,
    dueAt: now,
    appointmentId: visit.id,
    occurrence: visit.rescheduleCount,
    context,
  }));
}
