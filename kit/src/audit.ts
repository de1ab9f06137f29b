import { registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from './auth.js';
import { DomainError, ErrorCode } from './errors.js';
import type { Emit, UnitOfWork } from './events/outbox.js';

/** How an audited attempt ended (RULES.md, "Audit"). */
export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome', description: 'How an audited attempt ended' });

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

/** What a subgraph knows of the request an audited act belongs to. */
export interface AuditedRequest {
  viewer: Viewer | null;
  requestId?: string;
  clientAddress?: string | null;
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

export function auditPayload(request: AuditedRequest, entry: AuditEntry, at: Date): AuditEventPayload {
  const limits = AUDIT_TEXT_LIMITS;
  return {
    at: at.toISOString(),
    actorId: clipped(request.viewer?.id ?? entry.actorId, limits.actorId),
    actorRole: request.viewer?.role ?? null,
    action: entry.action,
    outcome: entry.outcome,
    subjectType: entry.subjectType,
    subjectId: clipped(entry.subjectId, limits.subjectId),
    patientId: clipped(entry.patientId, limits.patientId),
    requestId: clipped(request.requestId, limits.requestId),
    clientAddress: clipped(request.clientAddress, limits.clientAddress),
  };
}

/** The outcome an error stands for: a refusal of who the caller is, or a failure of anything else. */
export function outcomeOf(error: unknown): AuditOutcome {
  const code = error instanceof DomainError ? error.extensions['code'] : undefined;
  return code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED ? AuditOutcome.DENIED : AuditOutcome.FAILED;
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
  inside(emit: Emit, request: AuditedRequest, entry: AuditEntry): void {
    emit('audit.recorded', auditPayload(request, entry, new Date()));
  }

  /** On its own: a refusal, a sign-in, a read. Resolves once committed. */
  async record(request: AuditedRequest, entry: AuditEntry): Promise<void> {
    await this.uow.run(async (_manager: EntityManager, emit) => this.inside(emit, request, entry));
  }

  /** Runs a permission check; a refusal is recorded (DENIED) before it is thrown. */
  async permit<T>(
    request: AuditedRequest,
    entry: Omit<AuditEntry, 'outcome'>,
    check: () => T | Promise<T>,
  ): Promise<T> {
    try {
      return await check();
    } catch (error) {
      await this.record(request, { ...entry, outcome: outcomeOf(error) });
      throw error;
    }
  }

  /**
   * Runs a read and records it before its result is returned: SUCCESS, or the
   * refusal or failure it ended in (then rethrown).
   */
  async read<T>(request: AuditedRequest, entry: Omit<AuditEntry, 'outcome'>, work: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await this.record(request, { ...entry, outcome: outcomeOf(error) });
      throw error;
    }
    await this.record(request, { ...entry, outcome: AuditOutcome.SUCCESS });
    return result;
  }
}
