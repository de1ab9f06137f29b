import { hasRole, Role, type Viewer } from '@hospital/kit';
import { type AppointmentEventPayload, type EventCatalogue, type EventType } from '@hospital/kit/events';
import { APPOINTMENT_AS_OF_EVENT } from '../as-of-event.js';
import { declareField, type SubscriptionField } from '../declaration.js';
import { APPOINTMENT_ID_VARIABLE } from '../follow-up.js';

/** docs/rules.md#roles: a patient follows her own visits; administrators anyone's. */
export const patientsOwnOrAdmin = (viewer: Viewer, patientId: string) =>
  (viewer.role === Role.PATIENT && viewer.id === patientId) || hasRole(viewer, Role.ADMIN);

/** The events that carry a visit as it stands after the change. */
type VisitEventType = { [T in EventType]: EventCatalogue[T] extends AppointmentEventPayload ? T : never }[EventType];

type LobbyWatching = Pick<Extract<SubscriptionField, { argument: string }>, 'argument' | 'topic' | 'mayWatch'>;

/**
 * A field of the appointment lobby: each event's appointment read as
 * `appointment(id:)`, its status, times and fee shown as the event has them.
 */
export const appointmentLobbyField = (watching: LobbyWatching, events: readonly VisitEventType[]): SubscriptionField =>
  declareField({
    ...watching,
    events,
    followUp: {
      field: 'appointment',
      byId: { argument: 'id', variable: APPOINTMENT_ID_VARIABLE, of: (payload) => payload.appointmentId },
    },
    asOfEvent: APPOINTMENT_AS_OF_EVENT,
  });
