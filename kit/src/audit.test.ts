import { describe, expect, it } from 'vitest';
import { AuditOutcome, auditPayload, outcomeOf } from './audit.js';
import { Role } from './auth.js';
import { BadUserInputError, BusinessRuleViolation, ForbiddenError, UnauthenticatedError } from './errors.js';

const at = new Date('2026-12-04T10:00:00.000Z');

describe('auditPayload', () => {
  it('names the signed-in actor, the request and the subject, and nothing else', () => {
    const viewer = { id: 'staff-1', role: Role.STAFF, expiresAt: 0, sessionVersion: 0, scopes: [] };
    const payload = auditPayload(
      { viewer, requestId: 'req-9', clientAddress: '203.0.113.7' },
      { action: 'medicalRecord.read', outcome: AuditOutcome.DENIED, subjectType: 'MedicalRecord', patientId: 'p-1' },
      at,
    );
    expect(payload).toEqual({
      at: '2026-12-04T10:00:00.000Z',
      actorId: 'staff-1',
      actorRole: 'STAFF',
      action: 'medicalRecord.read',
      outcome: 'DENIED',
      subjectType: 'MedicalRecord',
      subjectId: null,
      patientId: 'p-1',
      requestId: 'req-9',
      clientAddress: '203.0.113.7',
    });
  });

  it('names the account a sign-in was for when nobody is signed in yet', () => {
    const payload = auditPayload(
      { viewer: null },
      { action: 'session.signIn', outcome: AuditOutcome.DENIED, subjectType: 'User', subjectId: 'u-1', actorId: 'u-1' },
      at,
    );
    expect(payload).toMatchObject({ actorId: 'u-1', actorRole: null, requestId: null, clientAddress: null });
  });

  it('keeps an entry for a subject named by any string, cut to what the trail holds', () => {
    const payload = auditPayload(
      { viewer: null, requestId: '' },
      {
        action: 'medicalRecord.create',
        outcome: AuditOutcome.DENIED,
        subjectType: 'MedicalRecord',
        subjectId: 'x'.repeat(100_000),
        patientId: 'p'.repeat(100_000),
      },
      at,
    );
    expect(payload.subjectId).toHaveLength(64);
    expect(payload.patientId).toHaveLength(36);
    expect(payload.requestId).toBeNull();
  });
});

describe('outcomeOf', () => {
  it('calls a refusal of who the caller is DENIED, and any other failure FAILED', () => {
    expect(outcomeOf(new ForbiddenError())).toBe('DENIED');
    expect(outcomeOf(new UnauthenticatedError())).toBe('DENIED');
    expect(outcomeOf(new BusinessRuleViolation('LAST_ADMIN', 'last'))).toBe('FAILED');
    expect(outcomeOf(BadUserInputError.field('x', 'bad'))).toBe('FAILED');
    expect(outcomeOf(new Error('database away'))).toBe('FAILED');
  });
});
