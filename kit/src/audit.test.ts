import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import {
  AuditBatch,
  AuditOutcome,
  auditPayload,
  AuditTrail,
  outcomeOf,
  type AuditEntry,
  type AuditEventPayload,
} from './audit.js';
import { Role, type Viewer } from './auth.js';
import { BadUserInputError, BusinessRuleViolation, ForbiddenError, UnauthenticatedError } from './errors.js';
import type { Emit, UnitOfWork } from './events/unit-of-work.js';

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

/** A unit of work that keeps the audit entries of each committed transaction, or fails every commit. */
function unitOfWork({ failing = false } = {}) {
  const committed: AuditEventPayload[][] = [];
  const run = async <T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> => {
    const entries: AuditEventPayload[] = [];
    const emit: Emit = (type, payload) => {
      if (type === 'audit.recorded') entries.push(payload as AuditEventPayload);
    };
    const result = await work({} as EntityManager, emit);
    if (failing) throw new Error('database away');
    committed.push(entries);
    return result;
  };
  return { uow: { run } as unknown as UnitOfWork, committed };
}

const staff = { id: 'staff-1', role: Role.STAFF, expiresAt: 0, sessionVersion: 0, scopes: [] };
const request = { viewer: staff, requestId: 'req-1' };
const profileRead = (patientId: string) => ({
  action: 'patient.read',
  subjectType: 'Patient',
  subjectId: patientId,
  patientId,
});
/** A transaction's entries, in no particular order: a refusal reaches the batch before a success does. */
const summary = (entries: AuditEventPayload[] | undefined) =>
  entries?.map((entry) => `${entry.patientId} ${entry.outcome} ${entry.actorId} ${entry.requestId}`).sort();

describe('AuditTrail, for changes', () => {
  const voided = { action: 'invoice.void', subjectType: 'Invoice', subjectId: 'i-1', patientId: 'p-1' };

  it("emits a change's SUCCESS entry on the emit of its own transaction", () => {
    const emitted: AuditEventPayload[] = [];
    const emit: Emit = (_type, payload) => emitted.push(payload as AuditEventPayload);
    new AuditTrail(unitOfWork().uow).changed(emit, request, voided);
    expect(emitted).toEqual([expect.objectContaining({ ...voided, outcome: 'SUCCESS', actorId: 'staff-1' })]);
  });

  it('records every change by STAFF and ADMIN, and leaves the rest to the service', () => {
    const trail = new AuditTrail(unitOfWork().uow);
    const changedBy = (viewer: Viewer | null) => {
      const emitted: AuditEventPayload[] = [];
      trail.changedByStaff((_type, payload) => emitted.push(payload as AuditEventPayload), { viewer }, voided);
      return emitted.map((entry) => `${entry.actorRole} ${entry.outcome}`);
    };
    expect([Role.STAFF, Role.ADMIN].map((role) => changedBy({ ...staff, role }))).toEqual([
      ['STAFF SUCCESS'],
      ['ADMIN SUCCESS'],
    ]);
    for (const role of [Role.PATIENT, Role.DOCTOR, Role.STAKEHOLDER]) expect(changedBy({ ...staff, role })).toEqual([]);
    expect(changedBy(null)).toEqual([]);
  });

  it("writes it on the manager of a transaction its caller runs, not in one of the unit of work's", async () => {
    const manager = {} as EntityManager;
    const joined: [EntityManager, AuditEventPayload[]][] = [];
    const uow = {
      joining: async (on: EntityManager, work: (emit: Emit) => void) => {
        const entries: AuditEventPayload[] = [];
        work((_type, payload) => entries.push(payload as AuditEventPayload));
        joined.push([on, entries]);
      },
    } as unknown as UnitOfWork;
    await new AuditTrail(uow).changedWithin(manager, request, voided);
    expect(joined).toEqual([[manager, [expect.objectContaining({ action: 'invoice.void', outcome: 'SUCCESS' })]]]);
    expect(joined[0]?.[0]).toBe(manager);
  });
});

describe('AuditTrail.recordAll', () => {
  it('writes the entries of one request in one transaction', async () => {
    const { uow, committed } = unitOfWork();
    const entries: AuditEntry[] = ['p-1', 'p-2'].map((id) => ({ ...profileRead(id), outcome: AuditOutcome.SUCCESS }));
    await new AuditTrail(uow).recordAll(request, entries);
    expect(committed.map(summary)).toEqual([['p-1 SUCCESS staff-1 req-1', 'p-2 SUCCESS staff-1 req-1']]);
  });
});

describe('AuditTrail.readByOthers', () => {
  it("records a read of a patient's data by anyone but her, and hers not at all", async () => {
    const { uow, committed } = unitOfWork();
    const trail = new AuditTrail(uow);
    const patient = { viewer: { ...staff, id: 'p-1', role: Role.PATIENT }, requestId: 'req-2' };
    expect(await trail.readByOthers(patient, profileRead('p-1'), async () => 'own')).toBe('own');
    expect(await trail.readByOthers(request, profileRead('p-1'), async () => 'desk')).toBe('desk');
    expect(await new AuditBatch(trail, patient).readByOthers(profileRead('p-1'), async () => 'own')).toBe('own');
    expect(committed.map(summary)).toEqual([['p-1 SUCCESS staff-1 req-1']]);
  });
});

describe('AuditBatch', () => {
  it("commits every entry of a tick in one transaction, refusals included, before any read's data is returned", async () => {
    const { uow, committed } = unitOfWork();
    const batch = new AuditBatch(new AuditTrail(uow), request);
    const commitsWhenReturned: number[] = [];
    const read = (patientId: string) =>
      batch
        .read(profileRead(patientId), async () => {
          if (patientId === 'p-2') throw new ForbiddenError();
          return patientId;
        })
        .then((data) => {
          commitsWhenReturned.push(committed.length);
          return data;
        });

    const reads = await Promise.allSettled(['p-1', 'p-2', 'p-3'].map(read));
    expect(reads.map((settled) => settled.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed.map(summary)).toEqual([
      ['p-1 SUCCESS staff-1 req-1', 'p-2 DENIED staff-1 req-1', 'p-3 SUCCESS staff-1 req-1'],
    ]);
    expect(commitsWhenReturned).toEqual([1, 1]);

    // A later tick is a transaction of its own; a check that passes records nothing.
    await batch.permit(profileRead('p-4'), () => undefined);
    await batch.recordAll([{ ...profileRead('p-5'), outcome: AuditOutcome.SUCCESS }]);
    expect(committed.map(summary)).toHaveLength(2);
    expect(committed[1]).toEqual([expect.objectContaining({ patientId: 'p-5', outcome: 'SUCCESS' })]);
  });

  it('returns no data of a tick whose entries could not be committed', async () => {
    const { uow } = unitOfWork({ failing: true });
    const batch = new AuditBatch(new AuditTrail(uow), request);
    const reads = await Promise.allSettled(['p-1', 'p-2'].map((id) => batch.read(profileRead(id), async () => id)));
    expect(reads).toEqual([
      { status: 'rejected', reason: new Error('database away') },
      { status: 'rejected', reason: new Error('database away') },
    ]);
  });
});
