import { patientsOwnOrDesk } from '@hospital/kit';
import { patientLobby } from '@hospital/kit/events';
import { declareField } from '../declaration.js';

/**
 * `slotOffered(patientId:)`: a freed slot offered to the waiting patient. The
 * offer is on her lobby's topic (`topicsOf`), read as `slotOffer(id:)`; its
 * times and deadline, and that it was an offer then, are shown as the event has
 * them (it may have been claimed or have expired by the time it is read).
 */
export const slotOffered = declareField({
  argument: 'patientId',
  topic: patientLobby,
  mayWatch: patientsOwnOrDesk,
  events: ['appointments.slot-offered'],
  followUp: {
    field: 'slotOffer',
    byId: { argument: 'id', variable: '__lobbySlotOfferId', of: (payload) => payload.offerId },
  },
  asOfEvent: {
    status: () => 'OFFERED',
    start: (payload) => payload.start,
    end: (payload) => payload.end,
    expiresAt: (payload) => payload.expiresAt,
  },
});
