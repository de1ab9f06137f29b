import { registerEnumType } from 'type-graphql';

export enum WaitlistStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  BOOKED = 'BOOKED',
  LEFT = 'LEFT',
  EXPIRED = 'EXPIRED',
}
registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description:
    'WAITING for a slot; OFFERED one (back to WAITING when the offer lapses); BOOKED, LEFT or EXPIRED (its last date passed) end it',
  valuesConfig: {
    WAITING: { description: 'Waiting for a freed slot, in the order the patient joined' },
    OFFERED: {
      description:
        'A slot is offered to it; WAITING again, in its place, when the offer lapses or the slot is taken (EXPIRED past its last day)',
    },
    BOOKED: { description: 'Ended: an offer was claimed and booked as a visit' },
    LEFT: { description: 'Ended: the patient, STAFF or ADMIN took it off the waitlist' },
    EXPIRED: { description: 'Ended: its last clinic day passed without a booking' },
  },
});

export enum SlotOfferStatus {
  OFFERED = 'OFFERED',
  CLAIMED = 'CLAIMED',
  EXPIRED = 'EXPIRED',
  TAKEN = 'TAKEN',
}
registerEnumType(SlotOfferStatus, {
  name: 'SlotOfferStatus',
  description:
    'OFFERED for 15 minutes; CLAIMED (booked as a visit), EXPIRED (not claimed in time) or TAKEN (booked by someone else first)',
  valuesConfig: {
    OFFERED: { description: 'Open: the patient may claim it until expiresAt' },
    CLAIMED: { description: 'Claimed and booked as a PENDING visit' },
    EXPIRED: { description: 'Not claimed in time, or its entry was left; the slot went to the next patient waiting' },
    TAKEN: { description: 'The slot was booked by someone else before the claim' },
  },
});
