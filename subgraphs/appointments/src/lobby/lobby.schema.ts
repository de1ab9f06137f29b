import { OFFER_MINUTES } from '../waitlist/waitlist.rules.js';

/**
 * The lobby's subscriptions, declared here with the appointments they announce
 * so that they are composed into the supergraph and partners see them by
 * introspection. They are served by the gateway over graphql-ws, from this
 * subgraph's events on the bus (gateway/src/subscriptions); a subgraph serves no
 * sockets, so they need no resolvers here.
 */
export const LOBBY_SDL = `
  type Subscription {
    "A visit asked of this doctor, as soon as it is committed (the doctor's own lobby; STAFF and ADMIN any)"
    appointmentRequested("The doctor whose lobby to watch; a doctor may only name themself" doctorId: ID!): Appointment!
    "A visit of this doctor's that was cancelled (the doctor's own lobby; STAFF and ADMIN any)"
    appointmentCancelled("The doctor whose lobby to watch; a doctor may only name themself" doctorId: ID!): Appointment!
    "This patient's visit approved, rejected, rescheduled, cancelled, completed or marked a no-show (the patient themself; ADMIN any)"
    appointmentStatusChanged("Whose visits to follow; a patient may only name themself" patientId: ID!): Appointment!
    "A freed slot offered to this patient from the waitlist, for ${OFFER_MINUTES} minutes (the patient herself, STAFF, ADMIN)"
    slotOffered("Whose offers to follow; a patient may only name herself" patientId: ID!): SlotOffer!
  }
`;
