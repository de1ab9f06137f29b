import type { EventBus, Unsubscribe, UnitOfWork } from '@hospital/kit';
import { CareRelationship } from '../care-relationship/care-relationship.entity.js';

/** The consumer group under which this subgraph reads the event stream. */
export const PATIENTS_CONSUMER_GROUP = 'patients';

/**
 * Feeds `care_relationships` from the appointments domain: once a visit is asked
 * for, the doctor is one the patient has an appointment with (RULES.md) and may
 * see their profile and records. The pair stays after the visit, so a doctor can
 * still read the notes of a patient they have seen. Read durably: a request made
 * while this subgraph was down is applied when it is back, and only once.
 */
export function consumeAppointmentEvents(bus: EventBus, uow: UnitOfWork): Promise<Unsubscribe> {
  return bus.consume(PATIENTS_CONSUMER_GROUP, ['appointments.requested'], (event) =>
    uow.applyOnce(event, async (manager) => {
      const { doctorId, patientId } = event.payload;
      await manager
        .createQueryBuilder()
        .insert()
        .into(CareRelationship)
        .values({ doctorId, patientId })
        .orIgnore()
        .execute();
    }),
  );
}
