import { AUDIT_TEXT_LIMITS, AuditOutcome, ConnectionType } from '@hospital/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditActor } from './audit-actor.type.js';

/**
 * One entry of the audit trail: appended once, never changed or deleted (the
 * database refuses both). Holds who, what, which subject and patient, how it
 * ended and where from; never medical content, a password or a token. A FHIR
 * `AuditEvent` is a mapping of it: agent = actor, action/outcome, entity =
 * subject and patient, recorded = at.
 */
@Entity('audit_events')
@ObjectType({ description: 'Who did what to which subject, when, and how it ended; append-only' })
export class AuditEvent {
  /** The id of the event that carried it: a redelivery finds it here and adds nothing. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'The entry, unique in the trail' })
  id!: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When it happened, to the millisecond' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 64 })
  @Field(() => String, { description: '`<subject>.<verb>`, e.g. medicalRecord.read, user.deactivate' })
  action!: string;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => AuditOutcome, { description: 'Done, refused for who asked, or failed otherwise' })
  outcome!: AuditOutcome;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  @Field(() => String, { description: 'The type acted on, e.g. User, MedicalRecord, Invoice' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: `Its id as the caller gave it, cut to ${AUDIT_TEXT_LIMITS.subjectId} characters; null when none was named`,
  })
  subjectId!: string | null;

  @Column({ name: 'patient_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The patient the subject belongs to' })
  patientId!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The X-Request-Id the gateway answered the request with; null when no request made it',
  })
  requestId!: string | null;

  @Column({ name: 'client_address', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The client's IP address as the gateway saw it; null when unknown",
  })
  clientAddress!: string | null;

  @Field(() => AuditActor, { nullable: true, description: 'Null when nobody was signed in (a failed sign-in)' })
  get actor(): AuditActor | null {
    return this.actorId ? { id: this.actorId, role: this.actorRole } : null;
  }
}

export const AuditEventConnection = ConnectionType(AuditEvent);
