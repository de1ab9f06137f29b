import { loaderOfMany } from '@hospital/kit';
import type { SlotOffer } from './waitlist.entity.js';
import type { WaitlistService } from './waitlist.service.js';

/** Every offer of each entry, for a page of entries in one query. */
export const createOffersOfEntryLoader = (waitlist: WaitlistService) =>
  loaderOfMany(
    (entryIds) => waitlist.offersOfEntries(entryIds),
    (offer: SlotOffer) => offer.entryId,
  );
