import { describe, expect, it } from 'vitest';
import { NotificationKind } from '../notification.enums.js';
import type { NoticeDetails } from './details.js';
import { render, TEMPLATES } from './index.js';
import { HOW_TO_PAY } from './invoice.js';

const details = (over: Partial<NoticeDetails> = {}): NoticeDetails => ({
  recipientName: 'Olena Koval',
  recipientRole: 'PATIENT',
  formerDoctor: false,
  serviceName: 'Ultrasound',
  doctorName: 'Dr. Iryna Shevchenko',
  departmentName: 'Obstetrics',
  at: { date: '2026-12-07', time: '10:00', timeZone: 'Europe/Kyiv' },
  ...over,
});
const all = (kind: NotificationKind, d = details()) => {
  const { email, sms } = render(kind, d);
  return { email, sms, text: `${email.subject}\n${email.text}` };
};

describe('every kind', () => {
  it.each(Object.values(NotificationKind))(
    '%s: the e-mail and the SMS name the service, the doctor, the location, the date and time',
    (kind) => {
      const { email, sms } = all(kind);
      for (const part of ['Ultrasound', 'Dr. Iryna Shevchenko', 'Obstetrics', '2026-12-07', '10:00']) {
        expect(email.text).toContain(part);
        expect(sms).toContain(part);
      }
      expect(email.text).toContain('Date and time: 2026-12-07 at 10:00 (Europe/Kyiv)');
      expect(email.text).toContain('Location: Obstetrics');
      expect(email.text.startsWith('Dear Olena Koval,\n')).toBe(true);
      expect(email.subject).not.toContain('\n');
      // Plain ASCII wording (names are the data's own), one or two SMS segments.
      expect(sms.length).toBeLessThanOrEqual(306);
    },
  );

  it('has one template per kind', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual(Object.values(NotificationKind).sort());
  });

  it('greets without a name when none is known', () => {
    expect(render(NotificationKind.CONFIRMATION, details({ recipientName: null })).email.text).toMatch(/^Hello,\n/);
  });
});

describe('CONFIRMATION', () => {
  it('says the visit is confirmed', () => {
    const { email, sms } = all(NotificationKind.CONFIRMATION);
    expect(email.subject).toBe('Your visit is confirmed: Ultrasound, 2026-12-07 10:00');
    expect(email.text).toContain('Your visit is confirmed.');
    expect(sms).toBe('Your visit is confirmed: Ultrasound with Dr. Iryna Shevchenko, Obstetrics, 2026-12-07 10:00.');
  });
});

describe('REJECTION', () => {
  it('says the request was declined and invites another', () => {
    const { email, sms } = all(NotificationKind.REJECTION);
    expect(email.subject).toBe('Your visit request was declined: Ultrasound, 2026-12-07 10:00');
    expect(email.text).toContain('You are welcome to request another time.');
    expect(sms).toMatch(/^Your visit request was declined: .*Please request another time\.$/);
  });
});

describe('RESCHEDULE', () => {
  it('tells the patient and the doctor where the visit is now', () => {
    expect(all(NotificationKind.RESCHEDULE).email.text).toContain('Your visit was moved. It is now:');
    const doctor = all(
      NotificationKind.RESCHEDULE,
      details({ recipientRole: 'DOCTOR', recipientName: 'Dr. Iryna Shevchenko' }),
    );
    expect(doctor.email.text).toContain('A visit with you was moved. It is now:');
    expect(doctor.email.subject).toBe('Visit moved: Ultrasound, now 2026-12-07 10:00');
  });

  it('tells the former doctor that it went to another', () => {
    const former = all(
      NotificationKind.RESCHEDULE,
      details({ recipientRole: 'DOCTOR', recipientName: 'Dr. Petro Bondar', formerDoctor: true }),
    );
    expect(former.email.subject).toBe('A visit was moved to another doctor: Ultrasound');
    expect(former.email.text).toContain('Doctor: Dr. Iryna Shevchenko');
    expect(former.sms).toMatch(/^Moved from you: /);
  });
});

describe('CANCELLATION', () => {
  it('speaks to the patient and to the doctor', () => {
    expect(all(NotificationKind.CANCELLATION).sms).toMatch(/^Your visit was cancelled: /);
    const doctor = all(NotificationKind.CANCELLATION, details({ recipientRole: 'DOCTOR' }));
    expect(doctor.email.text).toContain('A visit with you was cancelled.');
    expect(doctor.sms).toMatch(/^A visit with you was cancelled: /);
  });
});

describe('INVOICE', () => {
  it('carries its total, its number and how to pay', () => {
    const { email, sms } = all(NotificationKind.INVOICE, details({ invoice: { number: 'inv-1', total: '105.00' } }));
    expect(email.subject).toBe('Your invoice: 105.00 for Ultrasound');
    expect(email.text).toContain('Total: 105.00. Invoice number: inv-1.');
    expect(email.text).toContain(HOW_TO_PAY);
    expect(sms).toContain('Your invoice inv-1: 105.00 for Ultrasound');
    expect(sms).toContain('cash/card');
    expect(sms).toContain('bank transfer');
  });
});

describe('REMINDER_24H and REMINDER_1H', () => {
  it('say when', () => {
    expect(all(NotificationKind.REMINDER_24H).email.text).toContain('Just a reminder: your visit is tomorrow.');
    expect(all(NotificationKind.REMINDER_24H).sms).toMatch(/^Just a reminder, tomorrow: /);
    expect(all(NotificationKind.REMINDER_1H).email.subject).toBe('Reminder: your visit in an hour, 10:00');
    expect(all(NotificationKind.REMINDER_1H).sms).toMatch(/^Just a reminder, in an hour: /);
  });
});

describe('FEEDBACK_REQUEST', () => {
  it('asks for a rating of the visit', () => {
    const { email, sms } = all(NotificationKind.FEEDBACK_REQUEST);
    expect(email.subject).toBe('How was your visit? Ultrasound with Dr. Iryna Shevchenko');
    expect(email.text).toContain('Please rate your visit (1 to 5)');
    expect(sms).toMatch(/Please rate it in the app\.$/);
  });
});

describe('SLOT_OFFER', () => {
  it('offers the slot until its expiry', () => {
    const expires = { date: '2026-12-01', time: '09:15', timeZone: 'Europe/Kyiv' };
    const { email, sms } = all(NotificationKind.SLOT_OFFER, details({ expires }));
    expect(email.subject).toBe('A slot is free for you: Ultrasound, 2026-12-07 10:00');
    expect(email.text).toContain('Claim it in the app before 2026-12-01 at 09:15 (Europe/Kyiv)');
    expect(sms).toContain('Claim it in the app before 2026-12-01 09:15.');
  });
});

describe('DOCTOR_UNAVAILABLE', () => {
  it('lists the alternatives with their times and doctors', () => {
    const alternative = (time: string, doctorName: string) => ({
      date: '2026-12-08',
      time,
      timeZone: 'Europe/Kyiv',
      doctorName,
      serviceName: 'Ultrasound',
    });
    const alternatives = [alternative('09:00', 'Dr. Petro Bondar'), alternative('11:30', 'Dr. Iryna Shevchenko')];
    const { email, sms } = all(NotificationKind.DOCTOR_UNAVAILABLE, details({ alternatives }));
    expect(email.subject).toBe('Your doctor is unavailable: Ultrasound, 2026-12-07 10:00');
    expect(email.text).toContain('It stays booked until you or the reception desk move or cancel it.');
    expect(email.text).toContain(
      'Free slots instead:\n- 2026-12-08 at 09:00 (Europe/Kyiv): Ultrasound with Dr. Petro Bondar\n' +
        '- 2026-12-08 at 11:30 (Europe/Kyiv): Ultrasound with Dr. Iryna Shevchenko',
    );
    expect(sms).toContain('Free instead: 2026-12-08 09:00 Dr. Petro Bondar; 2026-12-08 11:30 Dr. Iryna Shevchenko.');
  });

  it('says what to do when there is no alternative', () => {
    expect(all(NotificationKind.DOCTOR_UNAVAILABLE).email.text).toContain('Please choose another time in the app');
  });
});
