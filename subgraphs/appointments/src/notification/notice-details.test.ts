import { describe, expect, it } from 'vitest';
import type { Names } from './names.js';
import { namesQuery } from '../clients/doctors.client.js';
import { missingIds, namedIds, noticeDetails, UNKNOWN } from './notice-details.js';
import { type Notification } from './notification.entity.js';
import { NotificationKind } from './notification.enums.js';

const visit = { doctorId: 'd1', serviceId: 's1', startsAt: new Date('2026-12-07T08:00:00.000Z') };
const names: Names = {
  doctors: new Map([
    ['d1', 'Dr. Iryna Shevchenko'],
    ['d2', 'Dr. Petro Bondar'],
  ]),
  services: new Map([['s1', { name: 'Ultrasound', departmentName: 'Obstetrics' }]]),
};
const notice = (over: Partial<Notification> = {}) =>
  ({
    kind: NotificationKind.CONFIRMATION,
    recipientId: 'p1',
    recipientRole: 'PATIENT',
    context: null,
    ...over,
  }) as Pick<Notification, 'kind' | 'recipientId' | 'recipientRole' | 'context'>;

describe("a message's details", () => {
  it('come from the visit as it stands and the names read, the time in the clinic zone', () => {
    expect(noticeDetails(notice(), visit, names, 'Olena Koval', 'Europe/Kyiv')).toEqual({
      recipientName: 'Olena Koval',
      recipientRole: 'PATIENT',
      formerDoctor: false,
      serviceName: 'Ultrasound',
      doctorName: 'Dr. Iryna Shevchenko',
      departmentName: 'Obstetrics',
      at: { date: '2026-12-07', time: '10:00', timeZone: 'Europe/Kyiv' },
    });
  });

  it("carry an invoice's number and total", () => {
    const invoice = notice({ kind: NotificationKind.INVOICE, context: { invoiceId: 'i1', totalCents: 10_550 } });
    expect(noticeDetails(invoice, visit, names, null, 'UTC').invoice).toEqual({ number: 'i1', total: '105.50' });
  });

  it("carry an offer's slot and expiry, with no visit", () => {
    const offer = notice({
      kind: NotificationKind.SLOT_OFFER,
      context: {
        start: '2026-07-01T07:00:00.000Z',
        end: '2026-07-01T07:30:00.000Z',
        doctorId: 'd2',
        serviceId: 's1',
        departmentId: 'dep1',
        expiresAt: '2026-06-30T10:15:00.000Z',
      },
    });
    expect(namedIds(offer, null)).toEqual({ doctorIds: ['d2'], serviceIds: ['s1'] });
    expect(noticeDetails(offer, null, names, null, 'Europe/Kyiv')).toMatchObject({
      doctorName: 'Dr. Petro Bondar',
      at: { date: '2026-07-01', time: '10:00' },
      expires: { date: '2026-06-30', time: '13:15' },
    });
  });

  it("carry an absence's alternatives with their doctors' names", () => {
    const absence = notice({
      kind: NotificationKind.DOCTOR_UNAVAILABLE,
      context: { alternatives: [{ start: '2026-12-08T07:00:00.000Z', doctorId: 'd2', serviceId: 's1' }] },
    });
    expect(namedIds(absence, visit)).toEqual({ doctorIds: ['d1', 'd2'], serviceIds: ['s1', 's1'] });
    expect(noticeDetails(absence, visit, names, null, 'Europe/Kyiv').alternatives).toEqual([
      {
        date: '2026-12-08',
        time: '09:00',
        timeZone: 'Europe/Kyiv',
        doctorName: 'Dr. Petro Bondar',
        serviceName: 'Ultrasound',
      },
    ]);
  });

  it('tell a doctor the visit left that it went to another doctor', () => {
    const former = notice({ kind: NotificationKind.RESCHEDULE, recipientRole: 'DOCTOR', recipientId: 'd2' });
    expect(noticeDetails(former, visit, names, null, 'UTC').formerDoctor).toBe(true);
    const current = notice({ kind: NotificationKind.RESCHEDULE, recipientRole: 'DOCTOR', recipientId: 'd1' });
    expect(noticeDetails(current, visit, names, null, 'UTC').formerDoctor).toBe(false);
  });

  it('still go out, in general words, when the doctors subgraph no longer knows an id', () => {
    const unknown = { ...visit, doctorId: 'd9', serviceId: 's9' };
    const gone: Names = { doctors: new Map([['d9', null]]), services: new Map([['s9', null]]) };
    expect(noticeDetails(notice(), unknown, gone, null, 'UTC')).toMatchObject({
      doctorName: UNKNOWN.doctor,
      serviceName: UNKNOWN.service,
      departmentName: UNKNOWN.department,
    });
    expect(missingIds(namedIds(notice(), unknown), gone)).toEqual({ doctorIds: [], serviceIds: [] });
    expect(missingIds(namedIds(notice(), unknown), names)).toEqual({ doctorIds: ['d9'], serviceIds: ['s9'] });
  });
});

it('asks for every name of a round in one query, one aliased field per id', () => {
  expect(namesQuery(['d1', 'd2'], ['s1'])).toBe(
    'query NoticeNames($d0: ID!, $d1: ID!, $s0: ID!) { d0: doctor(id: $d0) { name } d1: doctor(id: $d1) { name } ' +
      's0: medicalService(id: $s0) { name department { name } } }',
  );
});
