import { In } from 'typeorm';
import type { Clock } from '../clock.js';
import type { Unsubscribe } from '../events/event-bus.js';
import { consumeDurably, type DurableRuntime } from '../events/durable.js';
import { checkedPayload } from '../events/payloads.js';
import { CareVisit } from './care-visit.entity.js';
import { statusesBefore } from './care.rules.js';

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
 * or held (care.rules.ts). Read durably under the subgraph's own consumer
 * `group` (each subgraph keeps its own copy, so each reads every event): what
 * happened while the subgraph was down is applied when it is back, each event
 * once, and a visit's status only moves forward, so events that arrive out of
 * order still end where the visit is.
 */
export function consumeAppointmentEvents(
  runtime: DurableRuntime & { clock: Clock },
  group: string,
): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group,
    types: APPOINTMENT_EVENTS,
    async apply(event, manager) {
      const { appointmentId, doctorId, patientId, status, previousDoctorId } = checkedPayload(event);
      const updatedAt = runtime.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(CareVisit)
        .values({ appointmentId, doctorId, patientId, status, updatedAt })
        .orIgnore()
        .execute();
      await manager.update(CareVisit, { appointmentId, status: In(statusesBefore(status)) }, { status, updatedAt });
      // Rescheduled to another doctor: the visit is now that doctor's (and no longer the one it was with).
      if (previousDoctorId)
        await manager.update(CareVisit, { appointmentId, doctorId: previousDoctorId }, { doctorId });
    },
  });
}
