import { NotificationsInDetailDocument, RejectAppointmentDocument, RequestAppointmentDocument } from '@hospital/client';
import { eventually, freePort, MailSink, subjectOf, textOf } from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, CLINIC_ZONE, mondayAhead } from './time.js';
import { useWorld } from './world.js';

const smtpPort = await freePort();

describe.runIf(await supergraphAvailable())(`notices with their details, by e-mail through SMTP (${MODE})`, () => {
  const mail = new MailSink();
  beforeAll(() => mail.listen(smtpPort));
  afterAll(() => mail.close());
  const current = useWorld({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMTP_FROM: 'Maternity Hospital <no-reply@hospital.test>',
      NOTIFICATIONS_POLL_MS: '200',
    },
  });

  it("tells a rejection by e-mail with the visit's service, doctor, department and time, and records what it sent", async () => {
    const world = current();
    const { department, service, doctor } = await world.clinic({ doctor: 'Maryna Declines' });
    const patient = await world.patient('Solomiia Told');
    const monday = mondayAhead();
    const input = {
      patientId: patient.id,
      doctorId: doctor.id,
      serviceId: service.id,
      preferredTime: at(monday, '11:30'),
      reason: 'Check-up',
    };
    const { requestAppointment } = dataOf(await world.execute(RequestAppointmentDocument, { input }, patient.token));
    dataOf(await world.execute(RejectAppointmentDocument, { id: requestAppointment.id, reason: 'Away' }, doctor.token));

    await eventually(() => expect(mail.to(patient.email, 'declined')).toHaveLength(1), 20_000);
    const [sent] = mail.to(patient.email, 'declined');
    expect(subjectOf(sent!)).toBe(`Your visit request was declined: ${service.name}, ${monday} 11:30`);
    const text = textOf(sent!);
    expect(text).toContain('Dear Solomiia Told,');
    expect(text).toContain(`Service: ${service.name}`);
    expect(text).toContain('Doctor: Maryna Declines');
    expect(text).toContain(`Location: ${department.name}`);
    expect(text).toContain(`Date and time: ${monday} at 11:30 (${CLINIC_ZONE})`);

    const read = async (token: string) =>
      world.execute(NotificationsInDetailDocument, { recipientId: patient.id, first: 50 }, token);
    await eventually(async () => {
      const notices = dataOf(await read(patient.token))
        .notifications.edges.map((edge) => edge.node)
        .filter((n) => n.appointmentId === requestAppointment.id);
      expect(notices.map((n) => [n.kind, n.channel, n.status, n.recipientId]).sort()).toEqual([
        ['REJECTION', 'EMAIL', 'SENT', patient.id],
        ['REJECTION', 'SMS', 'SENT', patient.id],
      ]);
      const email = notices.find((n) => n.channel === 'EMAIL')!;
      expect([email.subject, email.body]).toEqual([subjectOf(sent!), text]);
      const sms = notices.find((n) => n.channel === 'SMS')!;
      expect(sms.subject).toBeNull();
      expect(sms.body).toContain(`${service.name} with Maryna Declines, ${department.name}, ${monday} 11:30`);
    }, 20_000);
    // Another patient may not read them.
    const stranger = await world.patient('Vira Stranger');
    expect(codeOf(await read(stranger.token))).toBe('FORBIDDEN');
  });
});
