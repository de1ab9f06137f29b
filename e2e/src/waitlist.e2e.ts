import {
  AppointmentsDocument,
  CancelAppointmentDocument,
  ClaimSlotOfferDocument,
  JoinWaitlistDocument,
  WaitlistDocument,
} from '@hospital/client';
import { addDays } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

describe.runIf(await supergraphAvailable())(`the waitlist through the gateway (${MODE})`, () => {
  const current = useWorld();
  const day = addDays(mondayAhead(), 3);

  it('offers a cancelled visit to the first patient waiting; of two claims at once one books; others are refused', async () => {
    const world = current();
    const { service, doctor } = await world.clinic({ doctor: 'Olha Waitlist' });
    const [holder, first, second, nosy, staff] = await Promise.all([
      world.patient('Marta Holder'),
      world.patient('Daria First'),
      world.patient('Sofia Second'),
      world.patient('Nadia Nosy'),
      world.account('STAFF'),
    ]);
    const start = at(day, '11:00');
    const visit = await world.approvedVisit(holder, doctor, service.id, start);

    const joined = await world.execute(
      JoinWaitlistDocument,
      { input: { patientId: first.id, serviceId: service.id, doctorId: doctor.id, from: day, to: day } },
      first.token,
    );
    expect(dataOf(joined).joinWaitlist).toMatchObject({ status: 'WAITING', doctor: { name: 'Olha Waitlist' } });
    // The desk puts the second patient on the list, for any doctor of the department.
    const byDesk = await world.execute(
      JoinWaitlistDocument,
      { input: { patientId: second.id, serviceId: service.id, from: day, to: day } },
      staff.token,
    );
    expect(dataOf(byDesk).joinWaitlist.doctor).toBeNull();
    const forOther = await world.execute(
      JoinWaitlistDocument,
      { input: { patientId: first.id, serviceId: service.id, from: day, to: day } },
      nosy.token,
    );
    expect(codeOf(forOther)).toBe('FORBIDDEN');

    dataOf(await world.execute(CancelAppointmentDocument, { id: visit }, holder.token));
    const waitlistOf = async (patientId: string, token: string) =>
      dataOf(await world.execute(WaitlistDocument, { patientId }, token)).waitlist;
    let offerId = '';
    await eventually(async () => {
      const [entry] = await waitlistOf(first.id, first.token);
      expect(entry).toMatchObject({ status: 'OFFERED', offers: [{ start, status: 'OFFERED' }] });
      offerId = entry?.offers[0]?.id ?? '';
    }, 20_000);
    expect(await waitlistOf(second.id, second.token)).toMatchObject([{ status: 'WAITING', offers: [] }]);
    expect(codeOf(await world.execute(WaitlistDocument, { patientId: first.id }, nosy.token))).toBe('FORBIDDEN');
    expect(codeOf(await world.execute(ClaimSlotOfferDocument, { offerId }, nosy.token))).toBe('FORBIDDEN');

    // The patient and the desk for her, at the same moment: one visit.
    const claims = await Promise.all(
      [first.token, staff.token].map((token) => world.execute(ClaimSlotOfferDocument, { offerId }, token)),
    );
    const won = claims.filter((c) => c.data?.claimSlotOffer);
    expect(won).toHaveLength(1);
    expect(won[0]?.data?.claimSlotOffer).toMatchObject({ status: 'PENDING', start, doctor: { id: doctor.id } });
    const lost = claims.find((c) => !c.data?.claimSlotOffer);
    expect(lost?.errors?.[0]?.extensions).toMatchObject({ code: 'BUSINESS_RULE_VIOLATION', rule: 'SLOT_TAKEN' });

    const visits = dataOf(
      await world.execute(
        AppointmentsDocument,
        { filter: { doctorId: doctor.id, from: start, to: at(day, '11:30') } },
        staff.token,
      ),
    ).appointments.edges.map((e) => e.node);
    // AppointmentsDocument also selects the patient's name: only her id is compared, as before.
    expect(visits.filter((v) => v.status === 'PENDING')).toEqual([
      expect.objectContaining({ patient: expect.objectContaining({ id: first.id }) }),
    ]);
    expect(await waitlistOf(first.id, first.token)).toMatchObject([
      { status: 'BOOKED', offers: [{ id: offerId, status: 'CLAIMED' }] },
    ]);
  });
});
