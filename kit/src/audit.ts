import DataLoader from 'dataloader';
import { registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { hasRole, Role } from './auth.js';
import type { Caller } from './caller.js';
import { DomainError, ErrorCode } from './errors.js';
import type { Emit, UnitOfWork } from './events/unit-of-work.js';

/** How an audited attempt ended (docs/rules.md#audit). */
export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'How an audited attempt ended',
  valuesConfig: {
    SUCCESS: { description: 'Done as asked' },
    DENIED: { description: 'Refused for who asked: UNAUTHENTICATED or FORBIDDEN' },
    FAILED: { description: 'Failed for any other reason: bad input, a broken rule, a fault' },
  },
});

/**
 * One entry of the audit trail, as every subgraph emits it (`audit.recorded`) and
 * the audit subgraph keeps it: who, what, which subject and patient, how it ended,
 * and where from. Never medical content, a password or a token. Shaped after FHIR
 * `AuditEvent`: agent (actor), action and outcome, entity (subject, patient), when.
 */
export interface AuditEventPayload {
  at: string;
  /** Null for nobody signed in (a failed sign-in). */
  actorId: string | null;
  actorRole: string | null;
  /** `<subject>.<verb>`, e.g. `medicalRecord.read`, `user.deactivate`, `session.signIn`. */
  action: string;
  outcome: AuditOutcome;
  subjectType: string;
  subjectId: string | null;
  patientId: string | null;
  requestId: string | null;
  clientAddress: string | null;
}

/** What was done, to what, and how it ended. */
export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  subjectType: string;
  subjectId?: string | null;
  patientId?: string | null;
  /** Who acted when nobody is signed in yet (a sign-in names the account it was for). */
  actorId?: string | null;
}

/** The longest each text of an entry may be: the audit subgraph's columns, and the event's schema. */
export const AUDIT_TEXT_LIMITS = {
  actorId: 64,
  actorRole: 16,
  action: 64,
  subjectType: 32,
  subjectId: 64,
  patientId: 36,
  requestId: 128,
  clientAddress: 64,
} as const;

/**
 * An id as the caller gave it, cut to what the trail keeps: a refused attempt may
 * name a subject by any string (100,000 characters, say), and its entry must
 * still be written. Empty is none.
 */
const clipped = (value: string | null | undefined, limit: number): string | null =>
  value ? value.slice(0, limit) : null;

export function auditPayload(caller: Caller, entry: AuditEntry, at: Date): AuditEventPayload {
  const limits = AUDIT_TEXT_LIMITS;
  return {
    at: at.toISOString(),
    actorId: clipped(caller.viewer?.id ?? entry.actorId, limits.actorId),
    actorRole: caller.viewer?.role ?? null,
    action: entry.action,
    outcome: entry.outcome,
    subjectType: entry.subjectType,
    subjectId: clipped(entry.subjectId, limits.subjectId),
    patientId: clipped(entry.patientId, limits.patientId),
    requestId: clipped(caller.requestId, limits.requestId),
    clientAddress: clipped(caller.clientAddress, limits.clientAddress),
  };
}

/** The outcome an error stands for: a refusal of who the caller is, or a failure of anything else. */
export function outcomeOf(error: unknown): AuditOutcome {
  const code = error instanceof DomainError ? error.extensions['code'] : undefined;
  return code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED ? AuditOutcome.DENIED : AuditOutcome.FAILED;
}

/** Writes an entry; resolves once it is committed. */
type Recorder = (entry: AuditEntry) => Promise<void>;

async function permitted<T>(
  record: Recorder,
  entry: Omit<AuditEntry, 'outcome'>,
  check: () => T | Promise<T>,
): Promise<T> {
  try {
    return await check();
  } catch (error) {
    await record({ ...entry, outcome: outcomeOf(error) });
    throw error;
  }
}

async function recordedRead<T>(
  record: Recorder,
  entry: Omit<AuditEntry, 'outcome'>,
  work: () => Promise<T>,
): Promise<T> {
  const result = await permitted(record, entry, work);
  await record({ ...entry, outcome: AuditOutcome.SUCCESS });
  return result;
}

/** A read of a patient's data: docs/rules.md#audit records it when anyone but that patient reads it. */
type PatientRead = Omit<AuditEntry, 'outcome'> & { patientId: string };

/** `recordedRead`, unless the caller is the patient the entry names: her reading her own data is no entry. */
function readByOthers<T>(caller: Caller, record: Recorder, entry: PatientRead, work: () => Promise<T>): Promise<T> {
  return caller.viewer?.id === entry.patientId ? work() : recordedRead(record, entry, work);
}

/**
 * A subgraph's side of the audit trail. Each entry goes through the subgraph's
 * outbox: a change and its entry commit in one transaction (`inside`), and a read
 * is recorded (committed) before its data is returned (`read`); if the entry
 * cannot be written, the read fails instead of leaving unrecorded. The outbox
 * relay then publishes it for the audit subgraph, however long Redis or the
 * audit subgraph are away.
 */
export class AuditTrail {
  constructor(private readonly uow: UnitOfWork) {}

  /** Inside a change's own transaction. */
  inside(emit: Emit, caller: Caller, entry: AuditEntry): void {
    emit('audit.recorded', auditPayload(caller, entry, new Date()));
  }

  /** A change done (SUCCESS), inside its own transaction: the entry commits with it or not at all. */
  changed(emit: Emit, caller: Caller, entry: Omit<AuditEntry, 'outcome'>): void {
    this.inside(emit, caller, { ...entry, outcome: AuditOutcome.SUCCESS });
  }

  /**
   * `changed`, when the hospital's staff made the change (STAFF or ADMIN): docs/rules.md#audit
   * records every change of theirs, whatever it changes. Anyone else's
   * change is recorded only where it touches a patient's records, profile,
   * prescriptions or invoices and she is not the one making it; each service says where.
   */
  changedByStaff(emit: Emit, caller: Caller, entry: Omit<AuditEntry, 'outcome'>): void {
    if (hasRole(caller.viewer, Role.STAFF, Role.ADMIN)) this.changed(emit, caller, entry);
  }

  /**
   * `changed`, inside a transaction its caller runs on a connection of its own
   * rather than through the unit of work (a CSV file imported through a temporary
   * table): written on `manager`, it commits with that transaction.
   */
  changedWithin(manager: EntityManager, caller: Caller, entry: Omit<AuditEntry, 'outcome'>): Promise<void> {
    return this.uow.joining(manager, (emit) => this.changed(emit, caller, entry));
  }

  /** On its own: a refusal, a sign-in, a read. Resolves once committed. */
  record(caller: Caller, entry: AuditEntry): Promise<void> {
    return this.recordAll(caller, [entry]);
  }

  /** Entries of one request in one transaction (a page of patients is one commit, not one each); resolves once committed. */
  async recordAll(caller: Caller, entries: readonly AuditEntry[]): Promise<void> {
    await this.uow.run(async (_manager: EntityManager, emit) => {
      for (const entry of entries) this.inside(emit, caller, entry);
    });
  }

  /** Runs a permission check; a refusal is recorded (DENIED) before it is thrown. */
  permit<T>(caller: Caller, entry: Omit<AuditEntry, 'outcome'>, check: () => T | Promise<T>): Promise<T> {
    return permitted((done) => this.record(caller, done), entry, check);
  }

  /**
   * Runs a read and records it before its result is returned: SUCCESS, or the
   * refusal or failure it ended in (then rethrown).
   */
  read<T>(caller: Caller, entry: Omit<AuditEntry, 'outcome'>, work: () => Promise<T>): Promise<T> {
    return recordedRead((done) => this.record(caller, done), entry, work);
  }

  /** `read`, when the caller is anyone but the patient whose data it is; her own is read unrecorded. */
  readByOthers<T>(caller: Caller, entry: PatientRead, work: () => Promise<T>): Promise<T> {
    return readByOthers(caller, (done) => this.record(caller, done), entry, work);
  }
}

/**
 * The audit trail of one request, for reads resolved many times in it: the
 * gateway's `_entities` asks for each of N patients (N reference resolvers) and
 * a field of a list resolves once per item, and each must be recorded before it
 * is returned. Every entry recorded in the same tick commits in one transaction
 * (as a DataLoader batches loads), not one per entry; each `record` resolves once
 * its transaction has committed, and fails with it. Build one per request, with
 * the request's loaders, so that every entry names that request's caller.
 */
export class AuditBatch {
  private readonly entries: DataLoader<AuditEntry, void>;

  constructor(
    trail: AuditTrail,
    private readonly caller: Caller,
  ) {
    this.entries = new DataLoader<AuditEntry, void>(
      async (entries) => {
        await trail.recordAll(caller, entries);
        return entries.map((): void => undefined);
      },
      // Two equal entries are two reads, each to be recorded: nothing is cached.
      { cache: false },
    );
  }

  record(entry: AuditEntry): Promise<void> {
    return this.entries.load(entry);
  }

  async recordAll(entries: readonly AuditEntry[]): Promise<void> {
    await Promise.all(entries.map((entry) => this.record(entry)));
  }

  /** `AuditTrail.permit`, batched. */
  permit<T>(entry: Omit<AuditEntry, 'outcome'>, check: () => T | Promise<T>): Promise<T> {
    return permitted((done) => this.record(done), entry, check);
  }

  /** `AuditTrail.read`, batched. */
  read<T>(entry: Omit<AuditEntry, 'outcome'>, work: () => Promise<T>): Promise<T> {
    return recordedRead((done) => this.record(done), entry, work);
  }

  /** `AuditTrail.readByOthers`, batched. */
  readByOthers<T>(entry: PatientRead, work: () => Promise<T>): Promise<T> {
    return readByOthers(this.caller, (done) => this.record(done), entry, work);
  }
}
