import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event a durable consumer could not apply because of what it carries, not
 * because of a passing failure: kept whole, with the reason, for someone to read
 * and replay once the producer or the consumer is mended (`pnpm dead-letters`). Its id is also recorded
 * in `applied_events`, so a redelivery does not park it twice.
 */
@Entity('dead_letter_events')
export class DeadLetterEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  /** The whole envelope as it arrived, JSON. */
  @Column({ type: 'text' })
  event!: string;

  @Column({ type: 'varchar', length: 2000 })
  reason!: string;

  @Column({ name: 'parked_at', type: 'datetime', precision: 3 })
  parkedAt!: Date;

  /** The consumer that parked it, and that applies it again when asked (null: parked before this was kept). */
  @Column({ name: 'consumer_group', type: 'varchar', length: 100, nullable: true })
  consumerGroup!: string | null;

  /** Set by `pnpm dead-letters replay`; the consumer's replay worker applies the event again and clears the row. */
  @Column({ name: 'replay_requested_at', type: 'datetime', precision: 3, nullable: true })
  replayRequestedAt!: Date | null;
}
