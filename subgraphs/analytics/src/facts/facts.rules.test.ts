import { MalformedEventError, type AppointmentEventPayload } from '@hospital/kit/events';
import { appointmentPayload } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { clinicDay, doctorDayCounts, refundedRevenue, visitEnding } from './facts.rules.js';

describe('clinicDay', () => {
  it('is the day on the clinic’s wall clock', () => {
    expect(clinicDay('2026-06-30T21:30:00.000Z', 'Europe/Kyiv')).toBe('2026-07-01');
    expect(clinicDay('2026-06-30T20:59:59.999Z', 'Europe/Kyiv')).toBe('2026-06-30');
    expect(clinicDay('2026-01-01T02:00:00.000Z', 'America/New_York')).toBe('2025-12-31');
  });
});

describe('refundedRevenue', () => {
  it('takes back the whole subtotal for a whole refund', () =>
    expect(refundedRevenue(10_500, 11_025, 11_025)).toBe(10_500));

  it('takes back the same share of the subtotal for a part, to the cent', () => {
    expect(refundedRevenue(10_500, 11_025, 5_513)).toBe(5_250);
    expect(refundedRevenue(100, 105, 1)).toBe(1);
  });

  it('is nothing for a free invoice', () => expect(refundedRevenue(0, 0, 0)).toBe(0));
});

const visit = (status: AppointmentEventPayload['status']) =>
  appointmentPayload({ status, start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T09:30:00.000Z' });

describe('visitEnding', () => {
  it('reads the ending the event announces', () => {
    expect(visitEnding('appointments.completed', visit('COMPLETED'))).toBe('COMPLETED');
    expect(visitEnding('appointments.no-show', visit('NO_SHOW'))).toBe('NO_SHOW');
    expect(visitEnding('appointments.cancelled', visit('CANCELLED'))).toBe('CANCELLED');
  });

  it('takes an event whose payload contradicts its type for malformed', () =>
    expect(() => visitEnding('appointments.completed', visit('APPROVED'))).toThrow(MalformedEventError));
});

describe('doctorDayCounts', () => {
  it('counts completions and no-shows, not cancellations', () => {
    expect(doctorDayCounts('COMPLETED')).toEqual({ completed: 1 });
    expect(doctorDayCounts('NO_SHOW')).toEqual({ no_shows: 1 });
    expect(doctorDayCounts('CANCELLED')).toBeUndefined();
  });
});
