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
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification tells' });

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'How a notification travels' });

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
});
