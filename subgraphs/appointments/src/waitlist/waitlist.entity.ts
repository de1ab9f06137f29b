import { LocalDateScalar } from '@hospital/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SlotOfferStatus, WaitlistStatus } from './waitlist.enums.js';
import { OFFER_MINUTES } from './waitlist.rules.js';

/**
 * A patient waiting for a service (with one doctor, or any of the service's
 * department) between two clinic days. `waitingKey` is set only while the entry
 * is WAITING or OFFERED, under a unique key: one open entry per patient, service
 * and doctor, whatever two requests do at once.
 */
@Entity('waitlist_entries')
@ObjectType({ description: 'A patient waiting for a freed slot of a service' })
export class WaitlistEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The entry's id" })
  id!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ name: 'service_id', type: 'varchar', length: 36 })
  serviceId!: string;

  /** Null: any doctor of the service's department. */
  @Column({ name: 'doctor_id', type: 'varchar', length: 36, nullable: true })
  doctorId!: string | null;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ name: 'from_date', type: 'varchar', length: 10 })
  @Field(() => LocalDateScalar, { description: 'The first clinic day a slot may be on' })
  from!: string;

  @Column({ name: 'to_date', type: 'varchar', length: 10 })
  @Field(() => LocalDateScalar, { description: 'The last clinic day a slot may be on' })
  to!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => WaitlistStatus, { description: 'Whether it still waits, has an offer open, or has ended and how' })
  status!: WaitlistStatus;

  @Column({ name: 'waiting_key', type: 'varchar', length: 110, nullable: true })
  waitingKey!: string | null;

  /** When she joined: offers go in this order. */
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the patient joined; freed slots are offered in this order' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

/** A freed slot offered to one waiting entry, until `expiresAt`; the first claim books it. */
@Entity('slot_offers')
@ObjectType({ description: `A freed slot offered to a waiting patient for ${OFFER_MINUTES} minutes` })
export class SlotOffer {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: "The offer's id" })
  id!: string;

  @Column({ name: 'entry_id', type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ name: 'patient_id', type: 'varchar', length: 36 })
  patientId!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @Column({ name: 'service_id', type: 'varchar', length: 36 })
  serviceId!: string;

  @Column({ name: 'department_id', type: 'varchar', length: 36 })
  departmentId!: string;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'start', description: 'When the offered visit would start' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { name: 'end', description: "When it would end: the start plus the service's duration" })
  endsAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'Until when the offer may be claimed' })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => SlotOfferStatus, { description: 'Open, or how it ended' })
  status!: SlotOfferStatus;

  /** The visit a claim booked. */
  @Column({ name: 'appointment_id', type: 'varchar', length: 36, nullable: true })
  appointmentId!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/**
 * One row per 30-minute block an OFFERED offer covers, keyed by (doctor, block):
 * at most one open offer per slot, as `held_slots` allows one visit. The rows go
 * when the offer is claimed, expires or is taken.
 */
@Entity('offered_blocks')
export class OfferedBlock {
  @PrimaryColumn({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  @PrimaryColumn({ name: 'slot_start', type: 'datetime', precision: 3 })
  slotStart!: Date;

  @Column({ name: 'offer_id', type: 'varchar', length: 36 })
  offerId!: string;
}

/**
 * Time of a doctor's that came free and is still to be offered: a visit's slot
 * (its service) or new extra hours (any service). Written by the waitlist's
 * consumer and by an expiring offer, worked off by the sweep, so that an opening
 * survives a restart or the doctors subgraph being away.
 */
@Entity('waitlist_openings')
export class WaitlistOpening {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'doctor_id', type: 'varchar', length: 36 })
  doctorId!: string;

  /** The freed visit's service; null for extra hours (every service of the doctor's department). */
  @Column({ name: 'service_id', type: 'varchar', length: 36, nullable: true })
  serviceId!: string | null;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt!: Date;

  /** A sweep working on it holds it until then; another replica takes it after. */
  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
