import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the sink received it: the envelope's recipients and the raw RFC 5322 text. */
export interface Mail {
  to: string[];
  raw: string;
}

/** The Message-ID an e-mail was sent with. */
export const messageIdOf = (mail: Mail): string | undefined => /^Message-ID:\s*(<[^>]+>)/im.exec(mail.raw)?.[1];

const headerEnd = (raw: string) => {
  const at = raw.search(/\r?\n\r?\n/);
  return at < 0 ? raw.length : at;
};

/** A header's value, unfolded, with RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded. */
export function headerOf(mail: Mail, name: string): string | undefined {
  const head = mail.raw.slice(0, headerEnd(mail.raw)).replace(/\r?\n[ \t]+/g, ' ');
  const line = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1];
  if (line === undefined) return undefined;
  return line
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return new TextDecoder(charset).decode(bytes);
    });
}

/** The decoded subject of a message. */
export const subjectOf = (mail: Mail): string => headerOf(mail, 'Subject') ?? '';

/**
 * The decoded body of a single-part text message (what nodemailer sends for a
 * `text`): quoted-printable soft breaks joined and escapes decoded, or base64
 * decoded, line ends made `\n`.
 */
export function textOf(mail: Mail): string {
  const body = mail.raw.slice(headerEnd(mail.raw)).replace(/^\r?\n\r?\n/, '');
  const encoding = headerOf(mail, 'Content-Transfer-Encoding')?.toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') {
    const joined = body.replace(/=\r?\n/g, '');
    bytes = Buffer.from(
      joined.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  } else bytes = Buffer.from(body, 'utf8');
  return new TextDecoder('utf-8').decode(bytes).replace(/\r\n/g, '\n').replace(/\n$/, '');
}

/**
 * A real SMTP server, in process, that keeps what it receives: what a test points
 * SMTP_URL at (`smtp://127.0.0.1:<port>`) to read the e-mails a service sent. It
 * can hold the next message to one recipient: read whole, never answered, as a
 * server does when the sender dies before the reply.
 */
export class MailSink {
  readonly mails: Mail[] = [];
  private hold: { recipient: string; held: (mail: Mail) => void } | undefined;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (data, session, callback) => {
      let raw = '';
      data.setEncoding('utf8');
      data.on('data', (chunk: string) => (raw += chunk));
      data.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw };
        this.mails.push(mail);
        const hold = this.hold;
        if (hold && mail.to.includes(hold.recipient)) {
          this.hold = undefined;
          hold.held(mail);
          return;
        }
        callback();
      });
    },
  });

  /** The messages to `recipient` whose raw text contains `containing`. */
  to(recipient: string, containing = ''): Mail[] {
    return this.mails.filter((mail) => mail.to.includes(recipient) && mail.raw.includes(containing));
  }

  /** Resolves with the next message to `recipient` once it has arrived, leaving its sender waiting. */
  holdNextTo(recipient: string): Promise<Mail> {
    return new Promise((resolve) => (this.hold = { recipient, held: resolve }));
  }

  /** Listens on 127.0.0.1 (`port` 0: any free one); resolves the port. */
  listen(port = 0): Promise<number> {
    return new Promise((resolve) =>
      this.server.listen(port, '127.0.0.1', () => resolve((this.server.server.address() as AddressInfo).port)),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
