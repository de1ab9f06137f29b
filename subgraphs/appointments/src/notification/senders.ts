import type { Logger } from '@hospital/kit';
import { createTransport } from 'nodemailer';
import { DeliveryError } from './contacts.js';
import { NotificationChannel } from './notification.enums.js';
import type { Message } from './notification.rules.js';

/**
 * One message out through one channel; rejects (with a DeliveryError where it
 * can) when it did not go. `notificationId` exists before the first try and is
 * the same on every retry: it is the message's identity for the channel (an
 * e-mail's Message-ID, the SMS provider's idempotency key), so a message sent
 * just before a crash, and sent again by the retry, is one message where the
 * channel can tell.
 */
export interface Sender {
  /** What the logs call it: `smtp`, `webhook`, `log`. */
  readonly name: string;
  send(to: string, message: Message, meta: { notificationId: string }): Promise<void>;
}

/** `<notification id@the From's domain>`: the same for every try of one notification. */
export function messageIdOf(notificationId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'hospital.local';
  return `<${notificationId}@${domain}>`;
}

export type Senders = Record<NotificationChannel, Sender>;

/** Writes that a message went, without its text or address (personal data): the embedded default. */
export function logSender(channel: NotificationChannel, logger: Logger): Sender {
  return {
    name: 'log',
    async send(_to, _message, { notificationId }) {
      logger.info(
        { channel, notificationId },
        `${channel === NotificationChannel.SMS ? 'SMS' : 'e-mail'} sent (log sender)`,
      );
    },
  };
}

/** E-mail through SMTP (nodemailer), e.g. SMTP_URL=smtp://user:pass@host:587. */
export function smtpSender(url: string, from: string): Sender & { close(): void } {
  const transport = createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'smtp',
    async send(to, { subject, text }, { notificationId }) {
      try {
        await transport.sendMail({ from, to, subject, text, messageId: messageIdOf(notificationId, from) });
      } catch (error) {
        // An SMTP reply may quote the address; keep only its code.
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        throw new DeliveryError(`smtp: ${code ?? 'error'}${responseCode ? ` ${responseCode}` : ''}`, { cause: error });
      }
    },
    close: () => transport.close(),
  };
}

/**
 * SMS through a provider's HTTP API: POST {"to", "text"} as JSON to the webhook,
 * with `Authorization: Bearer <token>` when one is set and `Idempotency-Key:
 * <notification id>`, so that a provider that honours it sends a retried message
 * once. Anything but a 2xx answer is a failure, retried by the dispatcher.
 */
export function webhookSmsSender(url: string, token: string | undefined, timeoutMs = 10_000): Sender {
  return {
    name: 'webhook',
    async send(to, { text }, { notificationId }) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': notificationId,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ to, text }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new DeliveryError('sms webhook: unreachable', { cause: error });
      }
      await response.body?.cancel();
      if (!response.ok) throw new DeliveryError(`sms webhook: HTTP ${response.status}`);
    },
  };
}
