import type { Clock, EventBus, Unsubscribe, UnitOfWork } from '@hospital/kit';
import { In } from 'typeorm';
import { CareVisit } from '../care-relationship/care-visit.entity.js';
import { statusesBefore } from '../care-relationship/care.rules.js';

/** The consumer group under which this subgraph reads the event stream. */
export const PATIENTS_CONSUMER_GROUP = 'patients';

const APPOINTMENT_EVENTS = [
  'appointments.requested',
  'appointments.approved',
  'appointments.rejected',
  'appointments.cancelled',
  'appointments.rescheduled',
  'appointments.completed',
  'appointments.no-show',
] as const;

/**
 * Keeps `care_visits` in step with the appointments domain: a doctor is one the
 * patient has an appointment with while a visit of theirs is asked for, approved
 * or held (care.rules.ts). Read durably: what happened while this subgraph was
 * down is applied when it is back, each event once, and a visit's status only
 * moves forward, so events that arrive out of order still end where the visit is.
 */
export function consumeAppointmentEvents(bus: EventBus, uow: UnitOfWork, clock: Clock): Promise<Unsubscribe> {
  return bus.consume(PATIENTS_CONSUMER_GROUP, APPOINTMENT_EVENTS, (event) =>
    uow.applyOnce(event, async (manager) => {
      const { appointmentId, doctorId, patientId, status } = event.payload;
      const updatedAt = clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(CareVisit)
        .values({ appointmentId, doctorId, patientId, status, updatedAt })
        .orIgnore()
        .execute();
      await manager.update(CareVisit, { appointmentId, status: In(statusesBefore(status)) }, { status, updatedAt });
    }),
  );
}
