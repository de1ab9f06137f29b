import { isSqlite } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const KINDS_BEFORE = ['CONFIRMATION', 'REMINDER_24H', 'REMINDER_1H', 'CANCELLATION', 'INVOICE'];
const KINDS_AFTER = [
  ...KINDS_BEFORE,
  'REJECTION',
  'RESCHEDULE',
  'DOCTOR_UNAVAILABLE',
  'FEEDBACK_REQUEST',
  'SLOT_OFFER',
];
const kindCheck = (kinds: readonly string[]) => `kind IN (${kinds.map((kind) => `'${kind}'`).join(',')})`;
/** A notice is about a visit or about a waitlist offer, never both, never neither. */
const ABOUT_CHECK =
  '(appointment_id IS NOT NULL AND offer_id IS NULL) OR (appointment_id IS NULL AND offer_id IS NOT NULL)';

/** The columns the old and the new table share, in the old table's order. */
const SHARED = [
  'id',
  'appointment_id',
  'recipient_id',
  'recipient_role',
  'kind',
  'channel',
  'status',
  'due_at',
  'attempts',
  'next_attempt_at',
  'claimed_by',
  'claimed_until',
  'sent_at',
  'last_error',
  'created_at',
].join(', ');

/** The notifications table before and after this migration, for SQLite, which cannot alter a CHECK in place. */
function notificationsTable(name: string, shape: 'before' | 'after'): Table {
  const after = shape === 'after';
  return new Table({
    name,
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'appointment_id', type: 'varchar', length: '36', isNullable: after },
      { name: 'recipient_id', type: 'varchar', length: '36' },
      { name: 'recipient_role', type: 'varchar', length: '16' },
      { name: 'kind', type: 'varchar', length: after ? '24' : '16' },
      { name: 'channel', type: 'varchar', length: '8' },
      { name: 'status', type: 'varchar', length: '16' },
      { name: 'due_at', type: 'datetime', precision: 3 },
      { name: 'attempts', type: 'int' },
      { name: 'next_attempt_at', type: 'datetime', precision: 3, isNullable: true },
      { name: 'claimed_by', type: 'varchar', length: '64', isNullable: true },
      { name: 'claimed_until', type: 'datetime', precision: 3, isNullable: true },
      { name: 'sent_at', type: 'datetime', precision: 3, isNullable: true },
      { name: 'last_error', type: 'varchar', length: '200', isNullable: true },
      { name: 'created_at', type: 'datetime', precision: 3 },
      ...(after
        ? [
            { name: 'offer_id', type: 'varchar', length: '36', isNullable: true },
            { name: 'occurrence', type: 'int', default: 0 },
            { name: 'subject', type: 'varchar', length: '200', isNullable: true },
            { name: 'body', type: 'text', isNullable: true },
            { name: 'context', type: 'text', isNullable: true },
            { name: 'expires_at', type: 'datetime', precision: 3, isNullable: true },
          ]
        : []),
    ],
    uniques: after
      ? [
          {
            name: 'uq_notifications_once',
            columnNames: ['appointment_id', 'kind', 'channel', 'recipient_id', 'occurrence'],
          },
          { name: 'uq_notifications_offer', columnNames: ['offer_id', 'kind', 'channel', 'recipient_id'] },
        ]
      : [{ name: 'uq_notifications_once', columnNames: ['appointment_id', 'kind', 'channel', 'recipient_id'] }],
    checks: [
      { name: 'chk_notifications_role', expression: "recipient_role IN ('PATIENT','DOCTOR')" },
      { name: 'chk_notifications_kind', expression: kindCheck(after ? KINDS_AFTER : KINDS_BEFORE) },
      { name: 'chk_notifications_channel', expression: "channel IN ('EMAIL','SMS')" },
      { name: 'chk_notifications_status', expression: "status IN ('PENDING','SENT','FAILED','CANCELLED')" },
      { name: 'chk_notifications_attempts', expression: 'attempts >= 0' },
      ...(after
        ? [
            { name: 'chk_notifications_about', expression: ABOUT_CHECK },
            { name: 'chk_notifications_occurrence', expression: 'occurrence >= 0' },
          ]
        : []),
    ],
  });
}

/**
 * Every notice of the care flow, with what it said:
 * - the new kinds in the kind CHECK (`kind` widened: DOCTOR_UNAVAILABLE has 18 letters);
 * - `subject` and `body`: the text of the last try, stored right before it is sent
 *   (so a SENT row holds what went out);
 * - `context`: JSON a notice needs beyond its visit's row (a waitlist offer's slot,
 *   a doctor's absence's alternatives);
 * - `expires_at`: after it a still pending notice is dropped, not sent (an offer lasts 15 minutes);
 * - a waitlist offer is no visit: `appointment_id` becomes nullable and `offer_id`
 *   names the offer instead (exactly one of them is set), each with its own unique
 *   key, so a notice exists once per (visit or offer, kind, channel, recipient);
 * - `occurrence` joins the visit's key: a visit may be rescheduled twice, and each
 *   reschedule is told (its number); every other kind has 0 and so stays once.
 * MariaDB alters the table in place; SQLite, which cannot change a CHECK or a
 * column's nullability, gets the table rebuilt and its rows copied.
 */
export class NoticesInDetail1765000000100 implements MigrationInterface {
  name = 'NoticesInDetail1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isSqlite(queryRunner)) {
      await rebuild(queryRunner, 'after', SHARED);
      return;
    }
    for (const statement of [
      'ALTER TABLE notifications DROP CONSTRAINT chk_notifications_kind',
      'ALTER TABLE notifications MODIFY appointment_id varchar(36) NULL, MODIFY kind varchar(24) NOT NULL',
      `ALTER TABLE notifications
         ADD COLUMN offer_id varchar(36) NULL,
         ADD COLUMN occurrence int NOT NULL DEFAULT 0,
         ADD COLUMN subject varchar(200) NULL,
         ADD COLUMN body text NULL,
         ADD COLUMN context text NULL,
         ADD COLUMN expires_at datetime(3) NULL`,
      'ALTER TABLE notifications DROP INDEX uq_notifications_once',
      `ALTER TABLE notifications
         ADD CONSTRAINT uq_notifications_once UNIQUE (appointment_id, kind, channel, recipient_id, occurrence),
         ADD CONSTRAINT uq_notifications_offer UNIQUE (offer_id, kind, channel, recipient_id)`,
      `ALTER TABLE notifications ADD CONSTRAINT chk_notifications_kind CHECK (${kindCheck(KINDS_AFTER)})`,
      `ALTER TABLE notifications ADD CONSTRAINT chk_notifications_about CHECK (${ABOUT_CHECK})`,
      'ALTER TABLE notifications ADD CONSTRAINT chk_notifications_occurrence CHECK (occurrence >= 0)',
    ]) {
      await queryRunner.query(statement);
    }
  }

  /** The notices the old table cannot hold (new kinds, offers, later reschedules) are deleted. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM notifications WHERE NOT (${kindCheck(KINDS_BEFORE)}) OR appointment_id IS NULL OR occurrence <> 0`,
    );
    if (isSqlite(queryRunner)) {
      await rebuild(queryRunner, 'before', SHARED);
      return;
    }
    for (const statement of [
      'ALTER TABLE notifications DROP CONSTRAINT chk_notifications_occurrence',
      'ALTER TABLE notifications DROP CONSTRAINT chk_notifications_about',
      'ALTER TABLE notifications DROP CONSTRAINT chk_notifications_kind',
      'ALTER TABLE notifications DROP INDEX uq_notifications_offer, DROP INDEX uq_notifications_once',
      'ALTER TABLE notifications ADD CONSTRAINT uq_notifications_once UNIQUE (appointment_id, kind, channel, recipient_id)',
      `ALTER TABLE notifications
         DROP COLUMN expires_at,
         DROP COLUMN context,
         DROP COLUMN body,
         DROP COLUMN subject,
         DROP COLUMN occurrence,
         DROP COLUMN offer_id`,
      'ALTER TABLE notifications MODIFY appointment_id varchar(36) NOT NULL, MODIFY kind varchar(16) NOT NULL',
      `ALTER TABLE notifications ADD CONSTRAINT chk_notifications_kind CHECK (${kindCheck(KINDS_BEFORE)})`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}

/**
 * SQLite's way to change a table: a new one of the wanted shape, the rows copied,
 * the old one dropped (with its indices), the new one renamed, the indices made again.
 */
async function rebuild(queryRunner: QueryRunner, shape: 'before' | 'after', columns: string): Promise<void> {
  await queryRunner.createTable(notificationsTable('notifications_next', shape));
  await queryRunner.query(`INSERT INTO notifications_next (${columns}) SELECT ${columns} FROM notifications`);
  await queryRunner.query('DROP TABLE notifications');
  await queryRunner.query('ALTER TABLE notifications_next RENAME TO notifications');
  // The dispatcher's question (what is pending and due) and the `notifications` query (a recipient's, by creation).
  await queryRunner.query('CREATE INDEX idx_notifications_due ON notifications (status, due_at)');
  await queryRunner.query('CREATE INDEX idx_notifications_recipient ON notifications (recipient_id, created_at, id)');
}
