/**
 * Every event a subgraph publishes, by type, with the payload it carries. A
 * consumer imports this map, so a payload change is a compile error wherever the
 * event is read. Payloads hold ids and facts, never personal data: events are
 * copied to Redis and to other subgraphs' stores.
 */
export interface EventCatalogue {
  'accounts.user-registered': { userId: string; role: string };
  'patients.patient-registered': { patientId: string; selfRegistered: boolean };
  'doctors.doctor-created': { doctorId: string; departmentId: string };
  'doctors.doctor-updated': { doctorId: string; departmentId: string };
  'doctors.medical-service-created': {
    serviceId: string;
    departmentId: string;
    durationMinutes: number;
    priceCents: number;
  };
  'doctors.schedule-changed': { doctorId: string };
}

export type EventType = keyof EventCatalogue;

export interface EventEnvelope<T extends EventType = EventType> {
  /** Unique per event; consumers record it so that a redelivery counts once. */
  id: string;
  type: T;
  /** ISO 8601, UTC. */
  occurredAt: string;
  payload: EventCatalogue[T];
}
