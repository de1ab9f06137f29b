import { newId } from '@hospital/kit';
import type { EntityManager } from 'typeorm';
import { WaitlistOpening } from './waitlist.entity.js';
import type { Freed } from './waitlist.rules.js';

/** Time freed for the waitlist, recorded for the sweep to offer. */
export async function recordOpening(manager: EntityManager, freed: Freed, now: Date): Promise<void> {
  await manager.insert(WaitlistOpening, {
    id: newId(),
    doctorId: freed.doctorId,
    serviceId: freed.serviceId,
    startsAt: freed.start,
    endsAt: freed.end,
    claimedUntil: null,
    createdAt: now,
  });
}
