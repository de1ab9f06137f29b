import { serviceTokens, type Runtime } from '@hospital/kit';
import { type Unsubscribe } from '@hospital/kit/events';
import type { AppointmentsConfig } from '../config.js';
import { CONTACTS_SUBJECT, SCHEDULES_SUBJECT } from '../service-identities.js';
import { createContactDirectory } from './contacts.js';
import { createNameDirectory } from './names.js';
import { consumeForNotifications } from '../events/notifications.consumer.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import { NotificationChannel } from './notification.enums.js';
import { NotificationService } from './notification.service.js';
import { logSender, smtpSender, webhookSmsSender, type Senders } from './senders.js';

export interface Notifications {
  service: NotificationService;
  /** Starts the consumer and, when it can sign service tokens, the dispatcher. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Notifications of the appointments subgraph: a durable consumer of the
 * appointment events records what is to be sent; a dispatcher sends it when due.
 */
export function createNotifications(runtime: Runtime, config: AppointmentsConfig): Notifications {
  const { logger } = runtime;
  const extra = config.extra;
  let unsubscribe: Unsubscribe | undefined;
  let dispatcher: NotificationDispatcher | undefined;
  let closeSenders = () => {};

  const build = (secret: string) => {
    const smtp = extra.SMTP_URL ? smtpSender(extra.SMTP_URL, extra.SMTP_FROM) : undefined;
    closeSenders = () => smtp?.close();
    const senders: Senders = {
      [NotificationChannel.EMAIL]: smtp ?? logSender(NotificationChannel.EMAIL, logger),
      [NotificationChannel.SMS]: extra.SMS_WEBHOOK_URL
        ? webhookSmsSender(extra.SMS_WEBHOOK_URL, extra.SMS_WEBHOOK_TOKEN)
        : logSender(NotificationChannel.SMS, logger),
    };
    if (config.nodeEnv === 'production' && (!smtp || !extra.SMS_WEBHOOK_URL)) {
      logger.warn('notifications: SMTP_URL or SMS_WEBHOOK_URL is not set; those messages only go to the log');
    }
    const contacts = createContactDirectory(
      { PATIENT: extra.PATIENTS_URL, DOCTOR: extra.DOCTORS_URL },
      serviceTokens(secret, CONTACTS_SUBJECT),
      extra.CONTACTS_TIMEOUT_MS,
    );
    const names = createNameDirectory(
      extra.DOCTORS_URL,
      serviceTokens(secret, SCHEDULES_SUBJECT),
      extra.CONTACTS_TIMEOUT_MS,
    );
    return new NotificationDispatcher(
      runtime.dataSource,
      runtime.clock,
      logger.child({ component: 'notifications' }),
      contacts,
      names,
      senders,
      config.clinicTimeZone,
      { intervalMs: extra.NOTIFICATIONS_POLL_MS, claimMs: extra.NOTIFICATIONS_CLAIM_MS },
    );
  };

  return {
    service: new NotificationService(runtime.dataSource),
    async start() {
      const secret = config.auth.secret;
      if (secret) {
        dispatcher = build(secret);
        dispatcher.start();
      } else {
        // Without the shared HS256 secret the dispatcher cannot call patients and doctors for contact details.
        logger.error(
          'notifications: JWT_SECRET is not set, so no service token can be signed; the dispatcher is not started',
        );
      }
      unsubscribe = await consumeForNotifications(
        runtime,
        { feedbackDelayMs: extra.FEEDBACK_REQUEST_DELAY_MINUTES * 60_000 },
        () => dispatcher?.nudge(),
      );
    },
    async stop() {
      await unsubscribe?.();
      await dispatcher?.stop();
      closeSenders();
    },
  };
}
