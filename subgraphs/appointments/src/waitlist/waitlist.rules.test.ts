import { appointmentPayload } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import type { FreeSlot } from '../appointment/booking.rules.js';
import { SlotOfferStatus, WaitlistStatus } from './waitlist.enums.js';
import {
  afterLapsedOffer,
  assignOffers,
  freedBy,
  claimRefusal,
  joinProblems,
  offeredKey,
  offerExpiry,
  waitingKey,
  type WaitingEntry,
} from './waitlist.rules.js';

const slot = (doctorId: string, iso: string, minutes = 30, date = iso.slice(0, 10)): FreeSlot => ({
  doctorId,
  start: new Date(iso),
  end: new Date(Date.parse(iso) + minutes * 60_000),
  date,
});

const entry = (id: string, joined: string, over: Partial<WaitingEntry> = {}): WaitingEntry => ({
  id,
  serviceId: 'checkup',
  doctorId: null,
  from: '2027-03-01',
  to: '2027-03-31',
  createdAt: new Date(joined),
  ...over,
});

const only = (free: FreeSlot[], durationMinutes = 30) => new Map([['checkup', { durationMinutes, free }]]);
const none = new Set<string>();

describe('joining', () => {
  it('takes a period from today up to 31 days long', () => {
    expect(joinProblems('2027-03-01', '2027-03-01', '2027-03-01')).toEqual([]);
    expect(joinProblems('2027-03-01', '2027-04-01', '2027-02-20')).toEqual([]);
  });

  it('refuses a period in the past, backwards, or longer than 31 days, naming each field', () => {
    expect(joinProblems('2027-02-28', '2027-03-05', '2027-03-01')).toEqual([
      { field: 'from', message: 'must not be in the past' },
    ]);
    expect(joinProblems('2027-03-05', '2027-03-04', '2027-03-01')).toEqual([
      { field: 'to', message: 'must not be before from' },
    ]);
    expect(joinProblems('2027-03-01', '2027-04-02', '2027-03-01')).toEqual([
      { field: 'to', message: 'must be at most 31 days after from' },
    ]);
  });

  it('keys an open entry by patient, service and doctor, "any doctor" being one choice', () => {
    expect(waitingKey('p', 's', null)).toBe('p|s|*');
    expect(waitingKey('p', 's', 'd')).toBe('p|s|d');
    expect(waitingKey('p', 's', undefined)).toBe(waitingKey('p', 's', null));
  });
});

describe('offer order', () => {
  const freed = slot('dr-a', '2027-03-10T08:00:00.000Z');

  it('offers a freed slot to the first patient who joined', () => {
    const entries = [entry('late', '2027-02-03T10:00:00Z'), entry('early', '2027-02-01T10:00:00Z')];
    const offers = assignOffers({ entries, slots: only([freed]), offeredBefore: none, offeredBlocks: none });
    expect(offers.map((o) => o.entry.id)).toEqual(['early']);
    expect(offers[0]?.slot).toBe(freed);
  });

  it('breaks a tie in the same millisecond by id, the same way every time', () => {
    const at = '2027-02-01T10:00:00Z';
    const a = assignOffers({
      entries: [entry('b', at), entry('a', at)],
      slots: only([freed]),
      offeredBefore: none,
      offeredBlocks: none,
    });
    expect(a.map((o) => o.entry.id)).toEqual(['a']);
  });

  it('skips entries for another service, another doctor, or a period without the slot day', () => {
    const entries = [
      entry('other-service', '2027-02-01T00:00:00Z', { serviceId: 'scan' }),
      entry('other-doctor', '2027-02-02T00:00:00Z', { doctorId: 'dr-b' }),
      entry('too-late', '2027-02-03T00:00:00Z', { from: '2027-03-11' }),
      entry('too-early', '2027-02-04T00:00:00Z', { to: '2027-03-09' }),
      entry('this-doctor', '2027-02-05T00:00:00Z', { doctorId: 'dr-a' }),
    ];
    const offers = assignOffers({ entries, slots: only([freed]), offeredBefore: none, offeredBlocks: none });
    expect(offers.map((o) => o.entry.id)).toEqual(['this-doctor']);
  });

  it('moves a slot on past whoever was offered it before', () => {
    const entries = [entry('first', '2027-02-01T00:00:00Z'), entry('second', '2027-02-02T00:00:00Z')];
    const offers = assignOffers({
      entries,
      slots: only([freed]),
      offeredBefore: new Set([offeredKey('first', 'dr-a', freed.start)]),
      offeredBlocks: none,
    });
    expect(offers.map((o) => o.entry.id)).toEqual(['second']);
  });

  it('never offers a block an open offer covers', () => {
    const offers = assignOffers({
      entries: [entry('first', '2027-02-01T00:00:00Z')],
      slots: only([freed]),
      offeredBefore: none,
      offeredBlocks: new Set([`dr-a|${freed.start.getTime()}`]),
    });
    expect(offers).toEqual([]);
  });

  it('shares new hours down the list, one slot each, never two offers in one block', () => {
    const hours = [
      slot('dr-a', '2027-03-10T08:00:00.000Z', 60),
      slot('dr-a', '2027-03-10T08:30:00.000Z', 60),
      slot('dr-a', '2027-03-10T09:00:00.000Z', 60),
    ];
    const entries = [
      entry('first', '2027-02-01T00:00:00Z'),
      entry('second', '2027-02-02T00:00:00Z'),
      entry('third', '2027-02-03T00:00:00Z'),
    ];
    const offers = assignOffers({ entries, slots: only(hours, 60), offeredBefore: none, offeredBlocks: none });
    // An hour at 08:00 and one at 09:00; 08:30 would overlap both.
    expect(offers.map((o) => [o.entry.id, o.slot.start.toISOString()])).toEqual([
      ['first', '2027-03-10T08:00:00.000Z'],
      ['second', '2027-03-10T09:00:00.000Z'],
    ]);
  });
});

describe('claiming and expiry', () => {
  const now = new Date('2027-03-01T10:00:00.000Z');

  it('an offer lasts 15 minutes', () => {
    expect(offerExpiry(now).toISOString()).toBe('2027-03-01T10:15:00.000Z');
  });

  it('may be claimed while OFFERED and not lapsed; otherwise says why it is gone', () => {
    const open = { status: SlotOfferStatus.OFFERED, expiresAt: offerExpiry(now) };
    expect(claimRefusal(open, now)).toBeNull();
    expect(claimRefusal(open, new Date('2027-03-01T10:14:59.999Z'))).toBeNull();
    expect(claimRefusal(open, new Date('2027-03-01T10:15:00.000Z'))).toMatch(/lapsed/);
    expect(claimRefusal({ ...open, status: SlotOfferStatus.EXPIRED }, now)).toMatch(/lapsed/);
    expect(claimRefusal({ ...open, status: SlotOfferStatus.CLAIMED }, now)).toMatch(/already been claimed/);
    expect(claimRefusal({ ...open, status: SlotOfferStatus.TAKEN }, now)).toMatch(/someone else/);
  });

  it('a lapsed offer sends its entry back to waiting, or ends it once its last day has passed', () => {
    expect(afterLapsedOffer('2027-03-01', '2027-03-01')).toBe(WaitlistStatus.WAITING);
    expect(afterLapsedOffer('2027-02-28', '2027-03-01')).toBe(WaitlistStatus.EXPIRED);
  });
});

describe('what frees a slot', () => {
  const visit = appointmentPayload({
    appointmentId: 'v',
    patientId: 'p',
    doctorId: 'dr-a',
    serviceId: 'checkup',
    departmentId: 'obstetrics',
    status: 'CANCELLED',
    start: '2027-03-10T08:00:00.000Z',
    end: '2027-03-10T08:30:00.000Z',
    priceCents: 10_000,
    cancellationFeeCents: 0,
  });

  it('a cancelled or rejected visit frees its own slot, for its service', () => {
    for (const type of ['appointments.cancelled', 'appointments.rejected']) {
      expect(freedBy(type, visit)).toEqual({
        doctorId: 'dr-a',
        serviceId: 'checkup',
        start: new Date(visit.start),
        end: new Date(visit.end),
      });
    }
  });

  it('a move frees the slot it left, with the doctor and service it had there', () => {
    const moved = {
      ...visit,
      status: 'PENDING' as const,
      doctorId: 'dr-b',
      serviceId: 'scan',
      start: '2027-03-11T08:00:00.000Z',
      end: '2027-03-11T09:00:00.000Z',
      previousStart: '2027-03-10T08:00:00.000Z',
      previousDoctorId: 'dr-a',
      previousServiceId: 'checkup',
    };
    expect(freedBy('appointments.rescheduled', moved)).toMatchObject({
      doctorId: 'dr-a',
      serviceId: 'checkup',
      start: new Date('2027-03-10T08:00:00.000Z'),
    });
    expect(freedBy('appointments.approved', { ...visit, status: 'APPROVED' })).toBeNull();
    expect(freedBy('appointments.rescheduled', { ...visit, previousStart: visit.start })).toBeNull();
  });

  it('extra hours added or time off removed free their span for any service; other changes nothing', () => {
    const from = '2027-03-13T07:00:00.000Z';
    const to = '2027-03-13T10:00:00.000Z';
    expect(freedBy('doctors.schedule-changed', { doctorId: 'dr-a', change: 'EXTRA_HOURS_ADDED', from, to })).toEqual({
      doctorId: 'dr-a',
      serviceId: null,
      start: new Date(from),
      end: new Date(to),
    });
    expect(
      freedBy('doctors.schedule-changed', { doctorId: 'dr-a', change: 'TIME_OFF_REMOVED', from, to }),
    ).not.toBeNull();
    expect(freedBy('doctors.schedule-changed', { doctorId: 'dr-a', change: 'TIME_OFF_ADDED', from, to })).toBeNull();
    expect(freedBy('doctors.schedule-changed', { doctorId: 'dr-a', change: 'WEEKLY' })).toBeNull();
    expect(freedBy('doctors.schedule-changed', { doctorId: 'dr-a' })).toBeNull();
  });
});
