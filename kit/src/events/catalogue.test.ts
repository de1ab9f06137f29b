import { describe, expect, it } from 'vitest';
import { topicsOf, type EventEnvelope } from './catalogue.js';

const envelope = (type: EventEnvelope['type'], payload: unknown) =>
  ({ id: 'e-1', type, occurredAt: '2026-12-01T09:00:00.000Z', payload }) as EventEnvelope;

const visit = { appointmentId: 'a-1', doctorId: 'd-1', patientId: 'p-1' };

describe('topicsOf', () => {
  it("puts a visit's event on its type's channel and on its doctor's and patient's lobbies", () => {
    expect(topicsOf(envelope('appointments.requested', visit))).toEqual([
      'appointments.requested',
      'lobby.doctor.d-1',
      'lobby.patient.p-1',
    ]);
  });

  it("puts a slot offer on the waiting patient's lobby alone", () => {
    expect(topicsOf(envelope('appointments.slot-offered', { offerId: 'o-1', ...visit }))).toEqual([
      'appointments.slot-offered',
      'lobby.patient.p-1',
    ]);
  });

  it('puts any other event on the channel of its type only', () => {
    expect(topicsOf(envelope('analytics.report-changed', { from: '2026-12-01', to: '2026-12-01' }))).toEqual([
      'analytics.report-changed',
    ]);
  });
});
