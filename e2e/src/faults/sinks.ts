import { createServer, type Server } from 'node:http';

export { MailSink, messageIdOf, type Mail } from '@hospital/kit/testing';

export interface Sms {
  to: string;
  text: string;
  idempotencyKey: string;
}

/**
 * An SMS provider's webhook as the good ones behave: a request with an
 * `Idempotency-Key` it has delivered already is answered without sending again.
 * It too can hold the next request to one number unanswered.
 */
export class SmsSink {
  /** Every request, repeats included. */
  readonly requests: Sms[] = [];
  /** What reached a phone: once per key. */
  readonly delivered = new Map<string, Sms>();
  private hold: { phone: string; held: (sms: Sms) => void } | undefined;
  private readonly server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { to, text } = JSON.parse(body) as { to: string; text: string };
      const sms = { to, text, idempotencyKey: String(req.headers['idempotency-key']) };
      this.requests.push(sms);
      if (!this.delivered.has(sms.idempotencyKey)) this.delivered.set(sms.idempotencyKey, sms);
      const hold = this.hold;
      if (hold && to === hold.phone) {
        this.hold = undefined;
        hold.held(sms);
        return;
      }
      res.writeHead(202).end();
    });
  });

  to(phone: string, containing: string): { requests: Sms[]; delivered: Sms[] } {
    const matches = (sms: Sms) => sms.to === phone && sms.text.includes(containing);
    return { requests: this.requests.filter(matches), delivered: [...this.delivered.values()].filter(matches) };
  }

  holdNextTo(phone: string): Promise<Sms> {
    return new Promise((resolve) => (this.hold = { phone, held: resolve }));
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
