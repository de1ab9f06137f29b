import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event written in the same transaction as the change it describes, so that
 * a change and its announcement commit or roll back together. The relay
 * publishes it and stamps `publishedAt`.
 */
@Entity('outbox')
@Index('idx_outbox_unpublished', ['publishedAt', 'sequence'])
export class OutboxEvent {
  /** Insertion order: events are published in the order they were committed. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar', length: 36, unique: true })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The causing request's trace context and id (an `EventOrigin`, JSON); null when there was none. */
  @Column({ type: 'text', nullable: true })
  origin!: string | null;
}
