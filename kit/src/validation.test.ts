import { describe, expect, it } from 'vitest';
import { E164_PHONE, normalizeEmail } from './validation.js';

describe('normalizeEmail', () => {
  it('gives one spelling per mailbox whatever the case and surrounding blanks', () => {
    expect(normalizeEmail('  Anna.Koval@Example.COM ')).toBe('anna.koval@example.com');
  });
});

describe('E164_PHONE', () => {
  it.each(['+380441234567', '+14155550123'])('accepts %s', (phone) => expect(E164_PHONE.test(phone)).toBe(true));
  it.each(['380441234567', '+0441234567', '+38 044 123 45 67', '+1234567890123456'])('refuses %s', (phone) =>
    expect(E164_PHONE.test(phone)).toBe(false),
  );
});
