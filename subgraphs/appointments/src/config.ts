import { callTimeoutMs, loadSubgraphConfig, subgraphUrl } from '@hospital/kit';
import { z } from 'zod';

export const APPOINTMENTS_PORT = 4004;

export const loadAppointmentsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'appointments',
    APPOINTMENTS_PORT,
    {
      /** The doctors subgraph, asked for services and doctors' schedules (an internal GraphQL call). */
      DOCTORS_URL: subgraphUrl(4003),
      /** How long a call to the doctors subgraph may take before the request fails. */
      DOCTORS_TIMEOUT_MS: callTimeoutMs(),
      /** The patients subgraph, asked whether a patient exists when a visit is requested, and for contact details when a notification is sent. */
      PATIENTS_URL: subgraphUrl(4002),
      /** How long a request for a visit waits for the patients subgraph before it fails. */
      PATIENTS_TIMEOUT_MS: callTimeoutMs(),
      /** How long the notification dispatcher waits for a contact lookup (patients, doctors) before retrying later. */
      CONTACTS_TIMEOUT_MS: callTimeoutMs(),
      /** SMTP server for notification e-mails, e.g. smtp://user:pass@host:587; unset: e-mails only go to the log. */
      SMTP_URL: z
        .url()
        .refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL')
        .optional(),
      /** The From of notification e-mails. */
      SMTP_FROM: z.string().default('Maternity Hospital <no-reply@hospital.local>'),
      /** SMS provider webhook: POST {"to","text"} JSON; unset: SMS only go to the log. */
      SMS_WEBHOOK_URL: z.url().optional(),
      /** Bearer token sent to the SMS webhook, if it wants one. */
      SMS_WEBHOOK_TOKEN: z.string().optional(),
      /** How often the notification dispatcher looks for due notifications (it is also nudged by new ones). */
      NOTIFICATIONS_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
      /** How long a dispatcher's claim on a notification holds: one that died mid-send is retried after this. */
      NOTIFICATIONS_CLAIM_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(300_000),
      /** How long after a visit is completed the patient is asked for feedback (once; 0: at once; at most 7 days). */
      FEEDBACK_REQUEST_DELAY_MINUTES: z.coerce.number().int().min(0).max(10_080).default(120),
      /** How often the waitlist sweep expires offers and entries and offers freed slots (it is also nudged by each freed slot). */
      WAITLIST_SWEEP_MS: z.coerce.number().int().min(50).max(600_000).default(15_000),
    },
    env,
  );

export type AppointmentsConfig = ReturnType<typeof loadAppointmentsConfig>;
