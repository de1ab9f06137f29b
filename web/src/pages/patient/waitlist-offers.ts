import type { SlotOfferStatus, WaitlistStatus } from '@hospital/client';
import type { ApiError } from '../../api/errors.js';

/** An offered slot as the page shows it, whether it came live or with the list. */
export interface OfferView {
  id: string;
  start: string;
  end: string;
  expiresAt: string;
  status: SlotOfferStatus;
  doctorName: string;
  serviceName: string;
}

interface ListedEntry {
  status: WaitlistStatus;
  service: { name: string };
  offers: readonly {
    id: string;
    start: string;
    end: string;
    expiresAt: string;
    status: SlotOfferStatus;
    doctor: { name: string };
  }[];
}

/** The live offers so far with one more: a repeated offer replaces its earlier self. */
export function withLiveOffer(live: readonly OfferView[], offer: OfferView): OfferView[] {
  return [...live.filter((known) => known.id !== offer.id), offer];
}

/**
 * The offers she can claim now, soonest slot first: those that arrived live and those the list
 * holds, each once. The list is read after an offer arrives, so where it knows an offer its
 * status is the newer (a claimed, lapsed or taken offer drops out).
 */
export function openOffers(entries: readonly ListedEntry[], live: readonly OfferView[]): OfferView[] {
  const byId = new Map<string, OfferView>(live.map((offer) => [offer.id, offer]));
  for (const entry of entries) {
    for (const offer of entry.offers) {
      byId.set(offer.id, {
        id: offer.id,
        start: offer.start,
        end: offer.end,
        expiresAt: offer.expiresAt,
        status: offer.status,
        doctorName: offer.doctor.name,
        serviceName: entry.service.name,
      });
    }
  }
  return [...byId.values()]
    .filter((offer) => offer.status === 'OFFERED')
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
}

const OPEN: readonly WaitlistStatus[] = ['WAITING', 'OFFERED'];

export const isOpen = (status: WaitlistStatus): boolean => OPEN.includes(status);

/** Entries still waiting first, then the ended ones, each in the order she joined them (the API's). */
export function openFirst<T extends { status: WaitlistStatus }>(entries: readonly T[]): T[] {
  return [...entries.filter((entry) => isOpen(entry.status)), ...entries.filter((entry) => !isOpen(entry.status))];
}

/**
 * A claim refused as SLOT_TAKEN says why in words meant for her (the offer lapsed, was claimed
 * already, or someone else booked the slot): those words, rather than the booking page's
 * "someone has just taken that time". Undefined for any other refusal.
 */
export function claimRefusal(errors: readonly ApiError[]): string | undefined {
  const taken = errors.find((error) => error.extensions?.['rule'] === 'SLOT_TAKEN');
  if (!taken) return undefined;
  const words = taken.message.trim();
  return /[.!?]$/.test(words) ? words : `${words}.`;
}
