import { describe, expect, it } from 'vitest';
import { describeProblem } from './errors.js';

const rule = (name: string, extra: Record<string, unknown> = {}) => ({
  message: `server words for ${name}`,
  extensions: { code: 'BUSINESS_RULE_VIOLATION', rule: name, ...extra },
});

describe('describeProblem', () => {
  it('puts a booking rule in the patient’s words, not the server’s', () => {
    const problem = describeProblem([rule('LEAD_TIME')]);
    expect(problem).toMatchObject({ code: 'BUSINESS_RULE_VIOLATION', rule: 'LEAD_TIME', alternatives: [] });
    expect(problem.text).toBe('Visits have to be booked at least 2 hours ahead.');
  });

  it('offers a taken slot’s alternatives to pick from, and drops malformed ones', () => {
    const good = { doctorId: 'd1', start: '2026-12-07T09:30:00.000Z', end: '2026-12-07T10:00:00.000Z' };
    const problem = describeProblem([rule('SLOT_TAKEN', { alternatives: [good, { doctorId: 3 }, null] })]);
    expect(problem.alternatives).toEqual([good]);
    expect(problem.text).toBe('Someone has just taken that time. These times are free instead:');
  });

  it('says a taken slot plainly when no time is free nearby', () => {
    expect(describeProblem([rule('SLOT_TAKEN', { alternatives: [] })]).text).toBe('Someone has just taken that time.');
  });

  it('keeps the server’s message for a rule it does not know yet', () => {
    expect(describeProblem([rule('SOMETHING_NEW')]).text).toBe('server words for SOMETHING_NEW');
  });

  it('keeps the API’s own words for invalid input and taken values', () => {
    const input = { message: 'email: not an e-mail address', extensions: { code: 'BAD_USER_INPUT' } };
    expect(describeProblem([input]).text).toBe('email: not an e-mail address');
    const taken = { message: 'That e-mail is already registered', extensions: { code: 'CONFLICT' } };
    expect(describeProblem([taken]).text).toBe('That e-mail is already registered');
  });

  it('tells when to try again after a rate limit', () => {
    const limited = (seconds: unknown) => ({
      message: 'x',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
    });
    expect(describeProblem([limited(12)]).text).toBe('Too many attempts. Please try again in 12 seconds.');
    expect(describeProblem([limited(600)]).text).toBe('Too many attempts. Please try again in 10 minutes.');
    expect(describeProblem([limited(undefined)]).text).toBe('Too many attempts. Please wait a little and try again.');
  });

  it('never shows an internal message, and names an unreachable server as such', () => {
    const internal = { message: 'ER_DUP_ENTRY at 10.0.0.3', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(describeProblem([internal]).text).toBe('Something went wrong on our side. Please try again.');
    expect(describeProblem([{ message: 'no code' }]).text).toBe('Something went wrong on our side. Please try again.');
    expect(describeProblem([]).code).toBe('NETWORK');
    expect(describeProblem([{ message: 'Failed to fetch' }], true).code).toBe('NETWORK');
  });

  it('names a forbidden action and an ended session', () => {
    expect(describeProblem([{ message: 'm', extensions: { code: 'FORBIDDEN' } }]).text).toBe(
      'Your account is not allowed to do this.',
    );
    expect(describeProblem([{ message: 'm', extensions: { code: 'UNAUTHENTICATED' } }]).text).toBe(
      'Your session has ended. Please sign in again.',
    );
  });
});
