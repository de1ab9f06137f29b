import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = (name: string, length = '36') => ({ name, type: 'varchar', length });
const cents = (name: string) => ({ name, type: 'bigint', default: 0 });
const count = (name: string) => ({ name, type: 'int', default: 0 });
const instant = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/** The facts analytics gathers and the daily rollups its reports read. */
export class CreateAnalytics1763700000800 implements MigrationInterface {
  name = 'CreateAnalytics1763700000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'invoice_facts',
        columns: [
          { ...id('invoice_id'), isPrimary: true },
          id('appointment_id'),
          id('doctor_id'),
          id('department_id'),
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '16' },
          cents('subtotal_cents'),
          cents('tax_cents'),
          cents('total_cents'),
          instant('created_at'),
          instant('paid_at', true),
          { name: 'paid_day', type: 'date', isNullable: true },
          cents('refunded_cents'),
          cents('refunded_net_cents'),
          instant('refunded_at', true),
          instant('voided_at', true),
        ],
        // The straight aggregation that the rollups are checked against reads by the day paid.
        indices: [{ name: 'idx_invoice_facts_paid_day', columnNames: ['paid_day', 'department_id'] }],
        checks: [
          {
            name: 'chk_invoice_facts_amounts',
            expression:
              'subtotal_cents >= 0 AND tax_cents >= 0 AND total_cents = subtotal_cents + tax_cents' +
              ' AND refunded_cents BETWEEN 0 AND total_cents AND refunded_net_cents BETWEEN 0 AND subtotal_cents',
          },
          { name: 'chk_invoice_facts_paid', expression: '(paid_at IS NULL) = (paid_day IS NULL)' },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'visit_facts',
        columns: [
          { ...id('appointment_id'), isPrimary: true },
          id('doctor_id'),
          id('department_id'),
          { name: 'status', type: 'varchar', length: '16' },
          instant('visit_start'),
          { name: 'visit_day', type: 'date' },
        ],
        indices: [{ name: 'idx_visit_facts_doctor_day', columnNames: ['doctor_id', 'visit_day'] }],
        checks: [{ name: 'chk_visit_facts_status', expression: "status IN ('COMPLETED','NO_SHOW','CANCELLED')" }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'feedback_facts',
        columns: [
          { ...id('feedback_id'), isPrimary: true },
          id('appointment_id'),
          id('doctor_id'),
          { name: 'rating', type: 'smallint' },
          { name: 'submitted_day', type: 'date' },
        ],
        indices: [{ name: 'idx_feedback_facts_doctor_day', columnNames: ['doctor_id', 'submitted_day'] }],
        checks: [{ name: 'chk_feedback_facts_rating', expression: 'rating BETWEEN 1 AND 5' }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'delivery_facts',
        columns: [
          { ...id('delivery_id', '64'), isPrimary: true },
          id('doctor_id'),
          instant('delivered_at'),
          { name: 'delivery_day', type: 'date' },
          { name: 'delivery_type', type: 'varchar', length: '10' },
        ],
        indices: [{ name: 'idx_delivery_facts_doctor_day', columnNames: ['doctor_id', 'delivery_day'] }],
        checks: [{ name: 'chk_delivery_facts_type', expression: "delivery_type IN ('C_SECTION','NATURAL')" }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'department_costs',
        columns: [
          { ...id('cost_id', '64'), isPrimary: true },
          id('department_id'),
          { name: 'cost_date', type: 'date' },
          { name: 'amount_cents', type: 'bigint' },
          { name: 'category', type: 'varchar', length: '100' },
        ],
        indices: [{ name: 'idx_department_costs_date', columnNames: ['cost_date', 'department_id'] }],
        checks: [{ name: 'chk_department_costs_amount', expression: 'amount_cents >= 0' }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'department_days',
        columns: [
          { name: 'day', type: 'date', isPrimary: true },
          { ...id('department_id'), isPrimary: true },
          cents('revenue_cents'),
          cents('cost_cents'),
        ],
        checks: [{ name: 'chk_department_days_cost', expression: 'cost_cents >= 0' }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'doctor_days',
        columns: [
          { ...id('doctor_id'), isPrimary: true },
          { name: 'day', type: 'date', isPrimary: true },
          count('completed'),
          count('no_shows'),
          count('c_sections'),
          count('natural_births'),
          count('rating_sum'),
          count('rating_count'),
        ],
        checks: [
          {
            name: 'chk_doctor_days_counts',
            expression:
              'completed >= 0 AND no_shows >= 0 AND c_sections >= 0 AND natural_births >= 0' +
              ' AND rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'doctor_days',
      'department_days',
      'department_costs',
      'delivery_facts',
      'feedback_facts',
      'visit_facts',
      'invoice_facts',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
