import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event a durable consumer has applied, written in the same transaction as its
 * effect: a redelivered event finds its id here and changes nothing. Kept per
 * consumer group, since several groups of one subgraph may read the same event
 * (notifications and the waitlist both read a cancellation).
 */
@Entity('applied_events')
export class AppliedEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  /** The group that applied it; '' for what was applied before groups were kept. */
  @PrimaryColumn({ name: 'consumer_group', type: 'varchar', length: 100, default: '' })
  consumerGroup!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ name: 'applied_at', type: 'datetime', precision: 3 })
  appliedAt!: Date;
}
