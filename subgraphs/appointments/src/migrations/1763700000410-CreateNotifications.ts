import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Notifications about visits: one row per (appointment, kind, channel, recipient), claimed by a dispatcher to send. */
export class CreateNotifications1763700000410 implements MigrationInterface {
  name = 'CreateNotifications1763700000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'notifications',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'appointment_id', type: 'varchar', length: '36' },
          { name: 'recipient_id', type: 'varchar', length: '36' },
          { name: 'recipient_role', type: 'varchar', length: '16' },
          { name: 'kind', type: 'varchar', length: '16' },
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
        ],
        uniques: [
          {
            name: 'uq_notifications_once',
            columnNames: ['appointment_id', 'kind', 'channel', 'recipient_id'],
          },
        ],
        indices: [
          // The dispatcher's question: what is pending and due.
          { name: 'idx_notifications_due', columnNames: ['status', 'due_at'] },
          // The `notifications` query: a recipient's, by creation.
          { name: 'idx_notifications_recipient', columnNames: ['recipient_id', 'created_at', 'id'] },
        ],
        checks: [
          { name: 'chk_notifications_role', expression: "recipient_role IN ('PATIENT','DOCTOR')" },
          {
            name: 'chk_notifications_kind',
            expression: "kind IN ('CONFIRMATION','REMINDER_24H','REMINDER_1H','CANCELLATION','INVOICE')",
          },
          { name: 'chk_notifications_channel', expression: "channel IN ('EMAIL','SMS')" },
          { name: 'chk_notifications_status', expression: "status IN ('PENDING','SENT','FAILED','CANCELLED')" },
          { name: 'chk_notifications_attempts', expression: 'attempts >= 0' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
  }
}
