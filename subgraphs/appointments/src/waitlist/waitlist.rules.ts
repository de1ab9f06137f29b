import { addDays, type InvalidField } from '@hospital/kit';
import { type AppointmentEventPayload, type ScheduleChangedPayload } from '@hospital/kit/events';
import { blocksOf, heldKey, SLOT_MINUTES, type FreeSlot } from '../appointment/booking.rules.js';
import { SlotOfferStatus, WaitlistStatus } from './waitlist.enums.js';

/** How long an offered slot waits for its claim. */
export const OFFER_MINUTES = 15;
/** How far after `from` an entry's last day may be. */
export const MAX_WAIT_DAYS = 31;

/** What the offering rules read of an entry. */
export interface WaitingEntry {
  id: string;
  serviceId: string;
  doctorId: string | null;
  from: string;
  to: string;
  createdAt: Date;
}

/** What the claim rules read of an offer. */
export interface OfferState {
  status: SlotOfferStatus;
  expiresAt: Date;
}

/** The period's problems, every one at once: from ≤ to ≤ from + MAX_WAIT_DAYS days, and not before today (clinic days). */
export function joinProblems(from: string, to: string, today: string): InvalidField[] {
  const problems: InvalidField[] = [];
  if (from < today) problems.push({ field: 'from', message: 'must not be in the past' });
  if (to < from) problems.push({ field: 'to', message: 'must not be before from' });
  else if (to > addDays(from, MAX_WAIT_DAYS)) {
    problems.push({ field: 'to', message: `must be at most ${MAX_WAIT_DAYS} days after from` });
  }
  return problems;
}

/** The unique key of an open entry: one per patient, service and doctor ("any doctor" being one choice). */
export const waitingKey = (patientId: string, serviceId: string, doctorId: string | null | undefined): string =>
  `${patientId}|${serviceId}|${doctorId ?? '*'}`;

export const isOpenEntry = (status: WaitlistStatus): boolean =>
  status === WaitlistStatus.WAITING || status === WaitlistStatus.OFFERED;

export const offerExpiry = (now: Date): Date => new Date(now.getTime() + OFFER_MINUTES * 60_000);

/** Why a claim cannot have the slot (SLOT_TAKEN's message), or null while the offer is open. */
export function claimRefusal(offer: OfferState, now: Date): string | null {
  if (offer.status === SlotOfferStatus.CLAIMED) return 'This offer has already been claimed';
  if (offer.status === SlotOfferStatus.TAKEN) return 'The slot was booked by someone else';
  if (offer.status === SlotOfferStatus.EXPIRED || offer.expiresAt.getTime() <= now.getTime()) {
    return `The offer lapsed ${OFFER_MINUTES} minutes after it was made; the slot went to the next patient waiting`;
  }
  return null;
}

/**
 * What an entry becomes when its offer lapses or its slot is taken: waiting again,
 * in its old place (docs/rules.md#care-flow offers in join order, and missing one notice should
 * not send her to the back), unless its last day has passed.
 */
export const afterLapsedOffer = (entryTo: string, today: string): WaitlistStatus =>
  entryTo < today ? WaitlistStatus.EXPIRED : WaitlistStatus.WAITING;

/** Join order: when she joined, then the id, so that two joins in one millisecond still have one order. */
export const byJoinOrder = (a: WaitingEntry, b: WaitingEntry): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The entry waits for this slot: its service, its doctor if it named one, a day in its period. */
export const waitsFor = (entry: WaitingEntry, serviceId: string, slot: FreeSlot): boolean =>
  entry.serviceId === serviceId &&
  (entry.doctorId === null || entry.doctorId === slot.doctorId) &&
  entry.from <= slot.date &&
  slot.date <= entry.to;

/** `${entryId}|${doctorId}|${epoch ms}`: an offer an entry already had. */
export const offeredKey = (entryId: string, doctorId: string, start: Date): string =>
  `${entryId}|${doctorId}|${start.getTime()}`;

export interface Assignment<E extends WaitingEntry = WaitingEntry> {
  entry: E;
  slot: FreeSlot;
  durationMinutes: number;
}

/**
 * Who is offered which free slot: entries in join order, each the earliest free
 * slot of its service it waits for and was not offered before, no two offers
 * sharing a 30-minute block of a doctor (nor a block an open offer covers).
 * So a single freed slot goes to the first of its waiting patients, and new
 * extra hours are shared out down the list.
 */
export function assignOffers<E extends WaitingEntry>(input: {
  entries: readonly E[];
  /** Free slots by service id, each list by start. */
  slots: ReadonlyMap<string, { durationMinutes: number; free: readonly FreeSlot[] }>;
  /** `offeredKey`s of the offers entries already had. */
  offeredBefore: ReadonlySet<string>;
  /** `heldKey`s of the blocks open offers cover. */
  offeredBlocks: ReadonlySet<string>;
}): Assignment<E>[] {
  const used = new Set(input.offeredBlocks);
  const assignments: Assignment<E>[] = [];
  for (const entry of [...input.entries].sort(byJoinOrder)) {
    const ofService = input.slots.get(entry.serviceId);
    if (!ofService) continue;
    const slot = ofService.free.find((s) => {
      if (!waitsFor(entry, entry.serviceId, s)) return false;
      if (input.offeredBefore.has(offeredKey(entry.id, s.doctorId, s.start))) return false;
      return blocksOf(s.start, ofService.durationMinutes).every((b) => !used.has(heldKey(s.doctorId, b)));
    });
    if (!slot) continue;
    for (const b of blocksOf(slot.start, ofService.durationMinutes)) used.add(heldKey(slot.doctorId, b));
    assignments.push({ entry, slot, durationMinutes: ofService.durationMinutes });
  }
  return assignments;
}

/** A doctor's time the event freed: a visit's slot (with its service), or hours for any service. */
export interface Freed {
  doctorId: string;
  serviceId: string | null;
  start: Date;
  end: Date;
}

/**
 * Where an event freed time, if it did. A cancelled or rejected visit frees its
 * slot; a reschedule or an approval at another time frees the one it left (its
 * doctor and service before the move); extra hours added, or time off removed,
 * free their span. Nothing else frees anything.
 */
export function freedBy(type: string, payload: AppointmentEventPayload | ScheduleChangedPayload): Freed | null {
  if (type === 'doctors.schedule-changed') {
    const change = payload as ScheduleChangedPayload;
    const opens = change.change === 'EXTRA_HOURS_ADDED' || change.change === 'TIME_OFF_REMOVED';
    if (!opens || !change.from || !change.to) return null;
    const start = new Date(change.from);
    const end = new Date(change.to);
    return start < end ? { doctorId: change.doctorId, serviceId: null, start, end } : null;
  }
  const visit = payload as AppointmentEventPayload;
  if (type === 'appointments.cancelled' || type === 'appointments.rejected') {
    return {
      doctorId: visit.doctorId,
      serviceId: visit.serviceId,
      start: new Date(visit.start),
      end: new Date(visit.end),
    };
  }
  if (!visit.previousStart) return null;
  const doctorId = visit.previousDoctorId ?? visit.doctorId;
  const start = new Date(visit.previousStart);
  if (doctorId === visit.doctorId && start.getTime() === Date.parse(visit.start)) return null;
  return {
    doctorId,
    serviceId: visit.previousServiceId ?? visit.serviceId,
    start,
    end: new Date(start.getTime() + SLOT_MINUTES * 60_000),
  };
}
