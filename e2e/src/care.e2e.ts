import { CompleteAppointmentDocument, IssuePrescriptionDocument, SubmitFeedbackDocument } from '@hospital/client';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

const SUMMARY = `query ($id: ID!) { doctor(id: $id) { feedbackSummary { averageRating count } } }`;
const PATIENT_PRESCRIPTIONS = `query ($id: ID!) { patient(id: $id) { id prescriptions { id medication } } }`;

describe.runIf(await supergraphAvailable())(`prescriptions and feedback through the gateway (${MODE})`, () => {
  const current = useWorld();
  const monday = mondayAhead();

  it('lets only the visit’s doctor prescribe, at an approved or completed visit, and the right people read it', async () => {
    const world = current();
    const { department, service, doctor } = await world.clinic({ doctor: 'Marharyta Rx' });
    const colleague = await world.doctor(department.id, 'Bohdana Other');
    const patient = await world.patient('Alina Rx');
    const visit = await world.approvedVisit(patient, doctor, service.id, at(monday, '10:00'));
    const input = { appointmentId: visit, medication: 'Folic acid', dosage: '400 µg once a day', days: 90 };

    for (const actor of [colleague, patient, await world.account('STAFF')]) {
      expect(codeOf(await world.execute(IssuePrescriptionDocument, { input }, actor.token))).toBe('FORBIDDEN');
    }
    const invalid = await world.execute(
      IssuePrescriptionDocument,
      { input: { ...input, medication: ' ', days: 0 } },
      doctor.token,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((invalid.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'days',
      'medication',
    ]);

    const issued = dataOf(
      await world.execute(IssuePrescriptionDocument, { input: { ...input, instructions: 'With food' } }, doctor.token),
    ).issuePrescription;
    expect(issued).toMatchObject({
      medication: 'Folic acid',
      dosage: '400 µg once a day',
      days: 90,
      instructions: 'With food',
      doctor: { id: doctor.id, name: 'Marharyta Rx' },
      patient: { id: patient.id, name: 'Alina Rx' },
      appointment: { id: visit },
    });

    // A pending request is not a visit to prescribe at.
    const asked = await world.execute(
      IssuePrescriptionDocument,
      { input: { ...input, appointmentId: await pendingVisit() } },
      doctor.token,
    );
    expect(asked.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATION',
      rule: 'VISIT_NOT_PRESCRIBABLE',
    });

    // The patient and the desk read them; a doctor with no visit of this patient may not, until they have one.
    const read = (token: string) => world.raw(PATIENT_PRESCRIPTIONS, { id: patient.id }, token);
    for (const token of [patient.token, (await world.account('STAFF')).token, doctor.token]) {
      expect(dataOf(await read(token))).toEqual({
        patient: { id: patient.id, prescriptions: [{ id: issued.id, medication: 'Folic acid' }] },
      });
    }
    const refused = await read(colleague.token);
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    await world.approvedVisit(patient, colleague, service.id, at(monday, '12:00'));
    await eventually(async () => {
      const { patient: chart } = dataOf(await read(colleague.token)) as { patient: { prescriptions: unknown[] } };
      expect(chart.prescriptions).toHaveLength(1);
    });
    expect(codeOf(await read((await world.account('STAKEHOLDER')).token))).toBe('FORBIDDEN');

    async function pendingVisit(): Promise<string> {
      const other = await world.patient('Pending Rx');
      const request = `mutation ($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id } }`;
      const requested = await world.raw<{ requestAppointment: { id: string } }>(
        request,
        {
          input: {
            patientId: other.id,
            doctorId: doctor.id,
            serviceId: service.id,
            preferredTime: at(monday, '15:00'),
            reason: 'x',
          },
        },
        other.token,
      );
      return dataOf(requested).requestAppointment.id;
    }
  });

  it('takes one rating per completed visit from its patient, and sums them up on the doctor', async () => {
    const world = current();
    const { service, doctor } = await world.clinic({ doctor: 'Zlata Rated' });
    const [first, second, stranger] = [
      await world.patient('Olha One'),
      await world.patient('Vira Two'),
      await world.patient('Nobody Here'),
    ];
    const visits = [
      await world.approvedVisit(first, doctor, service.id, at(monday, '10:00')),
      await world.approvedVisit(second, doctor, service.id, at(monday, '10:30')),
    ] as const;
    const rate = (appointmentId: string, rating: number, token: string, comment?: string) =>
      world.execute(SubmitFeedbackDocument, { input: { appointmentId, rating, comment } }, token);

    expect((await rate(visits[0], 5, first.token)).errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATION',
      rule: 'VISIT_NOT_COMPLETED',
    });
    const later = await world.at(at(monday, '11:30'));
    for (const id of visits) dataOf(await later(CompleteAppointmentDocument, { id }, doctor.token));

    expect(codeOf(await rate(visits[0], 5, stranger.token))).toBe('FORBIDDEN');
    expect(codeOf(await rate(visits[0], 5, doctor.token))).toBe('FORBIDDEN');
    expect(codeOf(await rate(visits[0], 6, first.token))).toBe('BAD_USER_INPUT');
    const rated = dataOf(await rate(visits[0], 5, first.token, '  Calm and clear  ')).submitFeedback;
    expect(rated).toMatchObject({
      rating: 5,
      comment: 'Calm and clear',
      appointment: { id: visits[0], doctor: { id: doctor.id, name: 'Zlata Rated' } },
    });
    expect(codeOf(await rate(visits[0], 1, first.token))).toBe('CONFLICT');
    dataOf(await rate(visits[1], 4, second.token));

    // The summary is part of the public profile: any signed-in role reads it.
    expect(dataOf(await world.raw(SUMMARY, { id: doctor.id }, stranger.token))).toEqual({
      doctor: { feedbackSummary: { averageRating: 4.5, count: 2 } },
    });
  });
});
