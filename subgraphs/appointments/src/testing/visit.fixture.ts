import { newId } from '@hospital/kit';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import type { Appointment } from '../appointment/appointment.entity.js';
import type { NameDirectory } from '../notification/names.js';

/** For the notification tests: an approved 30-minute visit row, as the appointments service writes it. */
export function approvedVisit(now: Date, over: Partial<Appointment> = {}): Appointment {
  const startsAt = over.startsAt ?? new Date('2026-12-07T08:00:00.000Z');
  return {
    id: newId(),
    patientId: newId(),
    doctorId: newId(),
    serviceId: newId(),
    departmentId: newId(),
    status: AppointmentStatus.APPROVED,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    clinicDay: startsAt.toISOString().slice(0, 10),
    reason: 'x',
    rejectionReason: null,
    cancellationReason: null,
    cancellationFeeCents: null,
    priceCents: 0,
    durationMinutes: 30,
    rescheduleCount: 0,
    createdAt: now,
    updatedAt: now,
    ...over,
  } as Appointment;
}

/** For the notification tests: the doctors subgraph's answer, a name made from each id (`Dr. <first 8>`). */
export const fixedNames: NameDirectory = {
  async lookup({ doctorIds, serviceIds }) {
    return {
      doctors: new Map([...doctorIds].map((id) => [id, `Dr. ${id.slice(0, 8)}`])),
      services: new Map(
        [...serviceIds].map((id) => [id, { name: `Service ${id.slice(0, 8)}`, departmentName: 'Obstetrics' }]),
      ),
    };
  },
};

/** For the notification tests: when a COMPLETED visit's feedback is asked for. */
export const RECONCILE_OPTIONS = { feedbackDelayMs: 2 * 3_600_000 };
