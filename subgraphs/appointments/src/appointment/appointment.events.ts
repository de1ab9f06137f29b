import type { AppointmentEventPayload, EventType } from '@hospital/kit/events';
import type { Appointment } from './appointment.entity.js';
import type { AppointmentAction } from './appointment.rules.js';

/** The event each change of a visit publishes. */
export const APPOINTMENT_EVENTS: Record<AppointmentAction | 'request', EventType> = {
  request: 'appointments.requested',
  approve: 'appointments.approved',
  reject: 'appointments.rejected',
  cancel: 'appointments.cancelled',
  reschedule: 'appointments.rescheduled',
  complete: 'appointments.completed',
  noShow: 'appointments.no-show',
};

/** Where a moved visit was: its start, and its doctor and service when they changed. */
export interface PreviousPlace {
  start: Date;
  doctorId: string;
  serviceId: string;
}

/** The facts every appointment event carries: the visit as it stands after the change, and where a moved one was. */
export function appointmentFacts(a: Appointment, previous: PreviousPlace | null = null): AppointmentEventPayload {
  return {
    appointmentId: a.id,
    patientId: a.patientId,
    doctorId: a.doctorId,
    serviceId: a.serviceId,
    departmentId: a.departmentId,
    status: a.status,
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    priceCents: a.priceCents,
    cancellationFeeCents: a.cancellationFeeCents,
    rescheduleCount: a.rescheduleCount,
    previousStart: previous?.start.toISOString() ?? null,
    ...(previous && previous.doctorId !== a.doctorId ? { previousDoctorId: previous.doctorId } : {}),
    ...(previous && previous.serviceId !== a.serviceId ? { previousServiceId: previous.serviceId } : {}),
  };
}
