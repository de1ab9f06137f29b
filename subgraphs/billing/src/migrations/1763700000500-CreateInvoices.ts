import { createTableWithChecks, isSqlite } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Invoices, the payments that settle them and the refunds that give the money back. */
export class CreateInvoices1763700000500 implements MigrationInterface {
  name = 'CreateInvoices1763700000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    // MySQL's default collation ignores case; an idempotency key is the client's exact string
    // (SQLite compares bytes already).
    const exact = isSqlite(queryRunner) ? {} : { collation: 'utf8mb4_bin' };
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'invoices',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'appointment_id', type: 'varchar', length: '36' },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'subtotal_cents', type: 'int' },
          { name: 'tax_cents', type: 'int' },
          { name: 'total_cents', type: 'int' },
          { name: 'visit_start', type: 'datetime', precision: 3 },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'void_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'voided_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'voided_by', type: 'varchar', length: '36', isNullable: true },
        ],
        // A visit ends once, so it is billed at most once, whatever the stream redelivers.
        uniques: [{ name: 'uq_invoices_appointment', columnNames: ['appointment_id'] }],
        indices: [
          { name: 'idx_invoices_created', columnNames: ['created_at', 'id'] },
          { name: 'idx_invoices_patient_created', columnNames: ['patient_id', 'created_at', 'id'] },
        ],
        checks: [
          { name: 'chk_invoices_kind', expression: "kind IN ('CONSULTATION','CANCELLATION_FEE','NO_SHOW_FEE')" },
          { name: 'chk_invoices_status', expression: "status IN ('PENDING','PAID','VOID','REFUNDED')" },
          {
            name: 'chk_invoices_amounts',
            expression: 'subtotal_cents >= 0 AND tax_cents >= 0 AND total_cents = subtotal_cents + tax_cents',
          },
          {
            name: 'chk_invoices_voided',
            expression: "status <> 'VOID' OR (void_reason IS NOT NULL AND voided_at IS NOT NULL)",
          },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'payments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'invoice_id', type: 'varchar', length: '36' },
          { name: 'amount_cents', type: 'int' },
          { name: 'method', type: 'varchar', length: '16' },
          { name: 'reference', type: 'varchar', length: '32' },
          { name: 'idempotency_key', type: 'varchar', length: '128', ...exact },
          { name: 'fingerprint', type: 'varchar', length: '64' },
          { name: 'paid_by', type: 'varchar', length: '36' },
          { name: 'paid_at', type: 'datetime', precision: 3 },
        ],
        uniques: [
          { name: 'uq_payments_idempotency_key', columnNames: ['idempotency_key'] },
          { name: 'uq_payments_reference', columnNames: ['reference'] },
        ],
        indices: [{ name: 'idx_payments_invoice', columnNames: ['invoice_id'] }],
        foreignKeys: [
          {
            name: 'fk_payments_invoice',
            columnNames: ['invoice_id'],
            referencedTableName: 'invoices',
            referencedColumnNames: ['id'],
          },
        ],
        checks: [
          { name: 'chk_payments_amount', expression: 'amount_cents >= 0' },
          { name: 'chk_payments_method', expression: "method IN ('CASH','CARD','BANK_TRANSFER','INSURANCE')" },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'refunds',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'invoice_id', type: 'varchar', length: '36' },
          { name: 'payment_id', type: 'varchar', length: '36' },
          { name: 'amount_cents', type: 'int' },
          { name: 'refunded_at', type: 'datetime', precision: 3 },
        ],
        uniques: [{ name: 'uq_refunds_invoice', columnNames: ['invoice_id'] }],
        foreignKeys: [
          {
            name: 'fk_refunds_invoice',
            columnNames: ['invoice_id'],
            referencedTableName: 'invoices',
            referencedColumnNames: ['id'],
          },
          {
            name: 'fk_refunds_payment',
            columnNames: ['payment_id'],
            referencedTableName: 'payments',
            referencedColumnNames: ['id'],
          },
        ],
        checks: [{ name: 'chk_refunds_amount', expression: 'amount_cents >= 0' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('refunds');
    await queryRunner.dropTable('payments');
    await queryRunner.dropTable('invoices');
  }
}
