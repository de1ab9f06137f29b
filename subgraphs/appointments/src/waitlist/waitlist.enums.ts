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
});
