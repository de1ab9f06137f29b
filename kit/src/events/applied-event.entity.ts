import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event a durable consumer has applied, written in the same transaction as its
 * effect: a redelivered event finds its id here and changes nothing.
 */
@Entity('applied_events')
export class AppliedEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ name: 'applied_at', type: 'datetime', precision: 3 })
  appliedAt!: Date;
}
