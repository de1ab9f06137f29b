import { boundedLabel, serviceMetrics } from '@hospital/kit';

const metrics = serviceMetrics('appointments');

export const appointmentsCreated = metrics.counter(
  'appointments_created_total',
  "Appointments requested and held, by the department's name",
  ['department'],
);

/**
 * A hospital has tens of departments, each made by an administrator; beyond
 * this many names in one process (renames, a mistake) bookings count as `other`
 * rather than growing the series.
 */
export const departmentLabel = boundedLabel(100);

export const notificationSends = metrics.counter(
  'notification_sends_total',
  'Notifications by kind, channel and outcome: sent, retry (a try failed, another follows), failed (given up)',
  ['kind', 'channel', 'outcome'],
);
