import { newId } from '@hospital/kit';
import { AppointmentStatus } from '../appointment/appointment-status.js';
import type { Appointment } from '../appointment/appointment.entity.js';

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
