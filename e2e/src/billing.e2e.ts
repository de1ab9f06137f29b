import { randomUUID } from 'node:crypto';
import {
  AppointmentDetailDocument,
  CancelAppointmentDocument,
  CompleteAppointmentDocument,
  InvoiceDocument,
  InvoicesDocument,
  IssuePrescriptionDocument,
  MarkNoShowDocument,
  NotificationsDocument,
  PatientChartDocument,
  PayInvoiceDocument,
  SubmitFeedbackDocument,
  VoidInvoiceDocument,
} from '@hospital/client';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf, type Execute } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld, type Actor } from './world.js';

describe.runIf(await supergraphAvailable())(
  `a visit's loop: invoice, payment, prescription, feedback (${MODE})`,
  () => {
    // It stops the billing subgraph (distributed), which the other files' visits need.
    const current = useWorld({ own: true });
    const monday = mondayAhead();

    /** The invoice of a visit once billing has made it from the visit's event. */
    async function invoiceOf(execute: Execute, appointmentId: string, patient: Actor) {
      let invoice: { id: string; kind: string; status: string; subtotal: string; tax: string; total: string } | null =
        null;
      await eventually(async () => {
        const { appointment } = dataOf(await execute(AppointmentDetailDocument, { id: appointmentId }, patient.token));
        invoice = appointment?.invoice ?? null;
        expect(invoice).not.toBeNull();
      });
      return invoice!;
    }

    it('request → approve → complete → invoice with 5 % tax → paid once with one key → prescription → feedback, all in AppointmentDetail', async () => {
      const world = current();
      const { department, service, doctor } = await world.clinic({ doctor: 'Nadiia Loop', price: '105.00' });
      const patient = await world.patient('Sofiia Loop');
      const id = await world.approvedVisit(patient, doctor, service.id, at(monday, '10:00'));

      const later = await world.at(at(monday, '10:45'));
      dataOf(await later(CompleteAppointmentDocument, { id }, doctor.token));
      const invoice = await invoiceOf(world.execute, id, patient);
      expect(invoice).toMatchObject({
        kind: 'CONSULTATION',
        status: 'PENDING',
        subtotal: '105.00',
        tax: '5.25',
        total: '110.25',
      });

      // A double click, a retry after a timeout: one key, one payment.
      const input = { invoiceId: invoice.id, amount: '110.25', method: 'CARD' as const, idempotencyKey: randomUUID() };
      const tries = await Promise.all([1, 2].map(() => world.execute(PayInvoiceDocument, { input }, patient.token)));
      const retried = dataOf(await world.execute(PayInvoiceDocument, { input }, patient.token)).payInvoice;
      const payments = tries.map((result) => dataOf(result).payInvoice);
      expect(payments.map((payment) => payment.id)).toEqual([retried.id, retried.id]);
      expect(retried).toMatchObject({ amount: '110.25', method: 'CARD', invoice: { id: invoice.id, status: 'PAID' } });
      expect(retried.reference).toBeTruthy();

      const { invoice: paid } = dataOf(await world.execute(InvoiceDocument, { id: invoice.id }, patient.token));
      expect(paid).toMatchObject({
        id: invoice.id,
        status: 'PAID',
        appointment: { id, start: at(monday, '10:00'), doctor: { name: 'Nadiia Loop' } },
        patient: { id: patient.id, name: 'Sofiia Loop' },
        payments: [{ id: retried.id, amount: '110.25', method: 'CARD' }],
      });

      const prescription = dataOf(
        await world.execute(
          IssuePrescriptionDocument,
          { input: { appointmentId: id, medication: 'Iron', dosage: '100 mg daily', days: 30 } },
          doctor.token,
        ),
      ).issuePrescription;
      const feedback = dataOf(
        await world.execute(
          SubmitFeedbackDocument,
          { input: { appointmentId: id, rating: 5, comment: 'Kind and thorough' } },
          patient.token,
        ),
      ).submitFeedback;

      const { appointment } = dataOf(await world.execute(AppointmentDetailDocument, { id }, patient.token));
      expect(appointment).toEqual({
        id,
        status: 'COMPLETED',
        start: at(monday, '10:00'),
        end: at(monday, '10:30'),
        reason: 'Check-up',
        rejectionReason: null,
        rescheduleCount: 0,
        cancellationFee: null,
        createdAt: expect.any(String),
        patient: { id: patient.id, name: 'Sofiia Loop', phone: expect.stringMatching(/^\+380/) },
        doctor: {
          id: doctor.id,
          name: 'Nadiia Loop',
          specialty: 'Obstetrician',
          department: { name: department.name },
        },
        service: { id: service.id, name: service.name, price: '105.00' },
        invoice: {
          id: invoice.id,
          kind: 'CONSULTATION',
          status: 'PAID',
          subtotal: '105.00',
          tax: '5.25',
          total: '110.25',
          payments: [{ id: retried.id, amount: '110.25', method: 'CARD', paidAt: retried.paidAt }],
        },
        prescriptions: [{ id: prescription.id, medication: 'Iron', dosage: '100 mg daily', days: 30 }],
        feedback: { id: feedback.id, rating: 5, comment: 'Kind and thorough' },
      });

      // The doctor reads the visit, its prescriptions and feedback, but not its invoice (docs/rules.md#roles), and is told so.
      const asDoctor = await world.execute(AppointmentDetailDocument, { id }, doctor.token);
      expect(asDoctor.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['appointment.invoice', 'FORBIDDEN'],
      ]);
      expect(asDoctor.data?.appointment).toMatchObject({
        prescriptions: [{ id: prescription.id }],
        feedback: { rating: 5 },
      });

      const chart = dataOf(await world.execute(PatientChartDocument, { id: patient.id }, patient.token)).patient;
      expect(chart).toMatchObject({
        id: patient.id,
        name: 'Sofiia Loop',
        prescriptions: [{ id: prescription.id, medication: 'Iron', days: 30 }],
        invoices: [{ id: invoice.id, kind: 'CONSULTATION', status: 'PAID', total: '110.25' }],
      });
      expect(chart?.appointments.edges.map((edge) => edge.node)).toEqual([
        {
          id,
          start: at(monday, '10:00'),
          status: 'COMPLETED',
          doctor: { id: doctor.id, name: 'Nadiia Loop' },
          service: { name: service.name },
        },
      ]);

      // The patient is told of the invoice (by the log senders here).
      await eventually(async () => {
        const { notifications } = dataOf(
          await world.execute(NotificationsDocument, { recipientId: patient.id, first: 50 }, patient.token),
        );
        const notices = notifications.edges.map((edge) => edge.node).filter((n) => n.kind === 'INVOICE');
        expect(notices.map((n) => [n.channel, n.status, n.appointmentId]).sort()).toEqual([
          ['EMAIL', 'SENT', id],
          ['SMS', 'SENT', id],
        ]);
      });
    });

    it('bills a late cancellation at 50 % and a no-show at 100 %; the desk voids, lists and takes payment; each role as docs/rules.md#roles says', async () => {
      const world = current();
      const { service, doctor } = await world.clinic({ doctor: 'Kateryna Fees', price: '105.00' });
      const [late, absent] = [await world.patient('Roksolana Late'), await world.patient('Uliana Absent')];
      const lateVisit = await world.approvedVisit(late, doctor, service.id, at(monday, '14:00'));
      const absentVisit = await world.approvedVisit(absent, doctor, service.id, at(monday, '11:00'));

      // 90 minutes before the visit: within 2 hours, half the price.
      const beforeLate = await world.at(at(monday, '12:30'));
      const cancelled = dataOf(await beforeLate(CancelAppointmentDocument, { id: lateVisit }, late.token));
      expect(cancelled.cancelAppointment).toMatchObject({ status: 'CANCELLED', cancellationFee: '52.50' });
      dataOf(await beforeLate(MarkNoShowDocument, { id: absentVisit }, doctor.token));

      const fee = await invoiceOf(world.execute, lateVisit, late);
      expect(fee).toMatchObject({ kind: 'CANCELLATION_FEE', subtotal: '52.50', tax: '2.63', total: '55.13' });
      const noShow = await invoiceOf(world.execute, absentVisit, absent);
      expect(noShow).toMatchObject({ kind: 'NO_SHOW_FEE', subtotal: '105.00', tax: '5.25', total: '110.25' });

      const desk = await world.account('STAFF');
      const { invoices } = dataOf(
        await world.execute(InvoicesDocument, { filter: { patientId: absent.id, status: ['PENDING'] } }, desk.token),
      );
      expect(invoices.totalCount).toBe(1);
      expect(invoices.edges.map((edge) => edge.node)).toEqual([
        { id: noShow.id, kind: 'NO_SHOW_FEE', status: 'PENDING', total: '110.25', patient: { name: 'Uliana Absent' } },
      ]);
      const own = dataOf(await world.execute(InvoicesDocument, {}, late.token)).invoices;
      expect(own.edges.map((edge) => edge.node.id)).toEqual([fee.id]);

      // Who may not.
      const pay = (invoiceId: string, amount: string, token: string, idempotencyKey = randomUUID()) =>
        world.execute(PayInvoiceDocument, { input: { invoiceId, amount, method: 'CASH', idempotencyKey } }, token);
      expect(codeOf(await world.execute(VoidInvoiceDocument, { id: noShow.id, reason: 'x' }, absent.token))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await world.execute(InvoiceDocument, { id: noShow.id }, doctor.token))).toBe('FORBIDDEN');
      const stakeholder = await world.account('STAKEHOLDER');
      expect(codeOf(await world.execute(InvoicesDocument, {}, stakeholder.token))).toBe('FORBIDDEN');
      // Another patient's invoice exists, but not for this patient.
      expect(codeOf(await world.execute(InvoiceDocument, { id: noShow.id }, late.token))).toBe('FORBIDDEN');
      expect(codeOf(await pay(noShow.id, '110.25', late.token))).toBe('FORBIDDEN');

      // Bad input, a reused key, a closed invoice.
      expect(codeOf(await pay(fee.id, '55.12', late.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await pay(fee.id, '-55.13', late.token))).toBe('BAD_USER_INPUT');
      const key = randomUUID();
      dataOf(await pay(fee.id, '55.13', desk.token, key));
      expect(
        codeOf(
          await world.execute(
            PayInvoiceDocument,
            {
              input: { invoiceId: fee.id, amount: '55.13', method: 'CARD', idempotencyKey: key },
            },
            desk.token,
          ),
        ),
      ).toBe('CONFLICT');
      expect(
        dataOf(
          await world.execute(VoidInvoiceDocument, { id: noShow.id, reason: 'Waived: came the next day' }, desk.token),
        ),
      ).toEqual({
        voidInvoice: { id: noShow.id, status: 'VOID' },
      });
      const closed = await pay(noShow.id, '110.25', desk.token);
      expect(closed.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE_VIOLATION',
        rule: 'INVALID_TRANSITION',
      });
      expect(codeOf(await world.execute(VoidInvoiceDocument, { id: fee.id, reason: 'Too late' }, desk.token))).toBe(
        'BUSINESS_RULE_VIOLATION',
      );
    });

    it.runIf(MODE === 'distributed')(
      'makes the invoice of a visit completed while billing was down, once billing is back',
      async () => {
        const world = current();
        const { service, doctor } = await world.clinic({ doctor: 'Lesia Outage', price: '80.00' });
        const patient = await world.patient('Myroslava Outage');
        const id = await world.approvedVisit(patient, doctor, service.id, at(monday, '15:00'));
        const later = await world.at(at(monday, '15:40'));

        const restartBilling = await world.supergraph.stopSubgraph!('billing');
        dataOf(await later(CompleteAppointmentDocument, { id }, doctor.token));
        await restartBilling();
        const invoice = await invoiceOf(world.execute, id, patient);
        expect(invoice).toMatchObject({ kind: 'CONSULTATION', subtotal: '80.00', tax: '4.00', total: '84.00' });
      },
    );
  },
);
