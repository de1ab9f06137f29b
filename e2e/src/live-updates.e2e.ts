import { randomUUID } from 'node:crypto';
import {
  AppointmentDetailDocument,
  CancelAppointmentDocument,
  CompleteAppointmentDocument,
  JoinWaitlistDocument,
  LiveRevenueDocument,
  PayInvoiceDocument,
  RequestAppointmentDocument,
  RevenueReportDocument,
  SlotOfferedDocument,
  type LiveRevenueSubscription,
} from '@hospital/client';
import { addDays, dateInZone, parseDecimal } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { dataOf } from './client.js';
import { recordFigure } from './figures.js';
import { MODE, supergraphAvailable } from './harness.js';
import { lobbyClient, subscribe, type Subscriber } from './lobby.js';
import { at, CLINIC_ZONE, mondayAhead } from './time.js';
import { useWorld } from './world.js';

/** The error codes a subscription was refused with, once it has been. */
async function refusal(subscriber: Subscriber<unknown>): Promise<unknown[]> {
  await eventually(() => expect(subscriber.errors.length).toBeGreaterThan(0));
  return (subscriber.errors.flat() as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code);
}

const cents = (amount: string) => parseDecimal(amount) ?? Number.NaN;

describe.runIf(await supergraphAvailable())(`live updates over the gateway's sockets (${MODE})`, () => {
  const current = useWorld();
  const monday = mondayAhead();

  it('tells a waiting patient at once of the slot a cancellation frees, and nobody else', async () => {
    const world = current();
    const { service, doctor } = await world.clinic({ doctor: 'Iryna Waitlist' });
    const [booked, waiting, stranger] = [
      await world.patient('Olha Booked'),
      await world.patient('Kateryna Waiting'),
      await world.patient('Lesia Stranger'),
    ];
    const input = {
      patientId: booked.id,
      doctorId: doctor.id,
      serviceId: service.id,
      preferredTime: at(monday, '11:00'),
      reason: 'Ultrasound',
    };
    const { requestAppointment } = dataOf(await world.execute(RequestAppointmentDocument, { input }, booked.token));
    const entry = { patientId: waiting.id, serviceId: service.id, doctorId: doctor.id, from: monday, to: monday };
    dataOf(await world.execute(JoinWaitlistDocument, { input: entry }, waiting.token));

    const waitingSocket = lobbyClient(world.supergraph.gatewayUrl, waiting.token);
    const strangerSocket = lobbyClient(world.supergraph.gatewayUrl, stranger.token);
    try {
      const offers = await subscribe(waitingSocket, SlotOfferedDocument, { patientId: waiting.id });
      const refused = await subscribe(strangerSocket, SlotOfferedDocument, { patientId: waiting.id });
      expect(await refusal(refused)).toEqual(['FORBIDDEN']);

      dataOf(await world.execute(CancelAppointmentDocument, { id: requestAppointment.id }, booked.token));
      const [offered] = await offers.waitFor(1, 10_000);
      expect(offered!.slotOffered).toEqual({
        id: expect.any(String),
        start: at(monday, '11:00'),
        end: at(monday, '11:30'),
        expiresAt: expect.any(String),
        status: 'OFFERED',
        doctor: { id: doctor.id, name: 'Iryna Waitlist' },
        service: { id: service.id, name: service.name },
      });
      expect(offers.errors).toEqual([]);
    } finally {
      await Promise.all([waitingSocket, strangerSocket].map((socket) => socket.client.dispose()));
    }
  });

  // After the waitlist: this one starts an appointments process with its clock ahead (`world.at`), which in the
  // distributed stack shares the consumer groups and would find a freed slot already past.
  it("pushes the business department's revenue report when an invoice is paid, and refuses it to a patient", async () => {
    const world = current();
    const { department, service, doctor } = await world.clinic({ doctor: 'Nadiia Live', price: '105.00' });
    const patient = await world.patient('Sofiia Paying');
    const stakeholder = await world.account('STAKEHOLDER');
    // Either side of today in the clinic, whenever the test runs: the payment counts on the day it is made.
    const today = dateInZone(new Date(), CLINIC_ZONE);
    const period = { from: addDays(today, -1), to: addDays(today, 1) };

    const visit = await world.approvedVisit(patient, doctor, service.id, at(monday, '10:00'));
    const later = await world.at(at(monday, '13:00'));
    dataOf(await later(CompleteAppointmentDocument, { id: visit }, doctor.token));
    let invoice: { id: string; total: string } | undefined;
    await eventually(async () => {
      invoice =
        dataOf(await world.execute(AppointmentDetailDocument, { id: visit }, patient.token)).appointment?.invoice ??
        undefined;
      expect(invoice).toBeDefined();
    });
    const before = dataOf(await world.execute(RevenueReportDocument, period, stakeholder.token)).revenueReport;

    const business = lobbyClient(world.supergraph.gatewayUrl, stakeholder.token);
    const patientSocket = lobbyClient(world.supergraph.gatewayUrl, patient.token);
    try {
      const live = await subscribe(business, LiveRevenueDocument, period);
      const refused = await subscribe(patientSocket, LiveRevenueDocument, period);
      expect(await refusal(refused)).toEqual(['FORBIDDEN']);

      const input = {
        invoiceId: invoice!.id,
        amount: invoice!.total,
        method: 'CARD' as const,
        idempotencyKey: randomUUID(),
      };
      // Revenue is net of tax: the visit's 105.00, on top of whatever the period held before.
      const expected = cents(before.totalRevenue) + cents('105.00');
      const paying = Date.now();
      dataOf(await world.execute(PayInvoiceDocument, { input }, patient.token));
      const paid = Date.now();
      // The first push whose figure moved: suites sharing one Redis hear each other's report-changed channel.
      let pushed: LiveRevenueSubscription | undefined;
      for (let count = 1; !pushed; count += 1) {
        const last = (await live.waitFor(count)).at(-1);
        if (last && cents(last.revenueReportChanged.totalRevenue) === expected) pushed = last;
      }
      const arrived = Date.now();
      recordFigure('live-updates', 'payment sent: its revenue report pushed', arrived - paying, 'ms');
      recordFigure('live-updates', 'payment answered: its revenue report pushed', arrived - paid, 'ms');
      process.stdout.write(
        `live revenue (${MODE}): payment sent → report pushed in ${arrived - paying} ms ` +
          `(${arrived - paid} ms after the payment was answered)\n`,
      );

      const report = pushed.revenueReportChanged;
      expect(cents(report.totalRevenue)).toBe(expected);
      expect(cents(report.totalProfit)).toBe(cents(before.totalProfit) + cents('105.00'));
      expect(report.departmentBreakdown).toContainEqual({
        department: { id: department.id, name: department.name },
        revenue: '105.00',
        profit: '105.00',
      });
      expect(live.errors).toEqual([]);
    } finally {
      await Promise.all([business, patientSocket].map((socket) => socket.client.dispose()));
    }
  });
});
