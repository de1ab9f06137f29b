import { describe, expect, it } from 'vitest';
import { messageIdOf } from './senders.js';

describe("an e-mail's Message-ID", () => {
  it("is the notification's id at the From's domain, the same on every try", () => {
    const from = 'Maternity Hospital <no-reply@maternity.example>';
    expect(messageIdOf('n-1', from)).toBe('<n-1@maternity.example>');
    expect(messageIdOf('n-1', from)).toBe(messageIdOf('n-1', from));
    expect(messageIdOf('n-1', 'desk@clinic.example')).toBe('<n-1@clinic.example>');
    expect(messageIdOf('n-1', 'Maternity Hospital')).toBe('<n-1@hospital.local>');
  });
});
