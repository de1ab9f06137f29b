import { registerEnumType } from 'type-graphql';

export enum NotificationKind {
  CONFIRMATION = 'CONFIRMATION',
  REMINDER_24H = 'REMINDER_24H',
  REMINDER_1H = 'REMINDER_1H',
  CANCELLATION = 'CANCELLATION',
  INVOICE = 'INVOICE',
  REJECTION = 'REJECTION',
  RESCHEDULE = 'RESCHEDULE',
  DOCTOR_UNAVAILABLE = 'DOCTOR_UNAVAILABLE',
  FEEDBACK_REQUEST = 'FEEDBACK_REQUEST',
  SLOT_OFFER = 'SLOT_OFFER',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification tells',
  valuesConfig: {
    CONFIRMATION: { description: 'To the patient: the visit was approved' },
    REMINDER_24H: { description: 'To the patient: an approved visit starts in 24 hours' },
    REMINDER_1H: { description: 'To the patient: an approved visit starts in an hour' },
    CANCELLATION: { description: 'To the patient and to the doctor: the visit was cancelled' },
    INVOICE: { description: 'To the patient: an invoice was raised for the visit, with its total and how to pay' },
    REJECTION: { description: 'To the patient: the request was rejected' },
    RESCHEDULE: {
      description: 'To the patient, the doctor, and the doctor it was with before if it changed: the visit was moved',
    },
    DOCTOR_UNAVAILABLE: {
      description:
        "To the patient: the doctor's time off or new hours leave the visit outside them, with free slots to move to; the visit stays booked",
    },
    FEEDBACK_REQUEST: { description: 'To the patient, some time after a completed visit, unless she has rated it' },
    SLOT_OFFER: { description: 'To the patient: a freed slot offered from the waitlist (offerId); about no visit' },
  },
});

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'How a notification travels',
  valuesConfig: {
    EMAIL: { description: 'An e-mail, with a subject' },
    SMS: { description: 'A text message, without a subject' },
  },
});

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Dropped before it was sent: the visit was cancelled, rejected, moved past it or is over. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'PENDING until sent (retried on failure), SENT, FAILED after the last try, CANCELLED when dropped',
  valuesConfig: {
    PENDING: { description: 'To be sent at dueAt, or tried again after a failure' },
    SENT: { description: 'Sent at sentAt' },
    FAILED: {
      description:
        "Not sent, and no longer tried: it could not go out in time (before its visit's start or its offer's end, or within 24 hours of dueAt)",
    },
    CANCELLED: {
      description:
        'Dropped before it was sent: its visit changed so that it no longer applies, its offer lapsed, or the visit was already rated',
    },
  },
});
