import { createTableWithChecks } from '@hospital/kit';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The waitlist: who waits for what, the offers of freed slots, the blocks they cover, and the openings still to offer. */
export class CreateWaitlist1765000000400 implements MigrationInterface {
  name = 'CreateWaitlist1765000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'waitlist_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'doctor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'from_date', type: 'varchar', length: '10' },
          { name: 'to_date', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'waiting_key', type: 'varchar', length: '110', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        // NULL once the entry ends, and NULLs never clash: one open entry per patient, service and doctor.
        uniques: [{ name: 'uq_waitlist_waiting', columnNames: ['waiting_key'] }],
        indices: [
          // Whom to offer a freed slot: the waiting entries of a service, in join order.
          { name: 'idx_waitlist_service', columnNames: ['status', 'service_id', 'created_at'] },
          { name: 'idx_waitlist_doctor', columnNames: ['status', 'doctor_id'] },
          { name: 'idx_waitlist_patient', columnNames: ['patient_id', 'created_at'] },
          { name: 'idx_waitlist_to', columnNames: ['status', 'to_date'] },
        ],
        checks: [
          {
            name: 'chk_waitlist_status',
            expression: "status IN ('WAITING','OFFERED','BOOKED','LEFT','EXPIRED')",
          },
          { name: 'chk_waitlist_period', expression: 'from_date <= to_date' },
        ],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'slot_offers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'entry_id', type: 'varchar', length: '36' },
          { name: 'patient_id', type: 'varchar', length: '36' },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'starts_at', type: 'datetime', precision: 3 },
          { name: 'ends_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'appointment_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        // An entry is never offered the same slot twice: a lapsed offer moves the slot on.
        uniques: [{ name: 'uq_slot_offers_entry_slot', columnNames: ['entry_id', 'doctor_id', 'starts_at'] }],
        indices: [
          { name: 'idx_slot_offers_expiry', columnNames: ['status', 'expires_at'] },
          { name: 'idx_slot_offers_slot', columnNames: ['doctor_id', 'starts_at'] },
        ],
        checks: [
          { name: 'chk_slot_offers_status', expression: "status IN ('OFFERED','CLAIMED','EXPIRED','TAKEN')" },
          { name: 'chk_slot_offers_period', expression: 'starts_at < ends_at' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'offered_blocks',
        columns: [
          { name: 'doctor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'slot_start', type: 'datetime', precision: 3, isPrimary: true },
          { name: 'offer_id', type: 'varchar', length: '36' },
        ],
        indices: [{ name: 'idx_offered_blocks_offer', columnNames: ['offer_id'] }],
      }),
    );
    await createTableWithChecks(
      queryRunner,
      new Table({
        name: 'waitlist_openings',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'doctor_id', type: 'varchar', length: '36' },
          { name: 'service_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'starts_at', type: 'datetime', precision: 3 },
          { name: 'ends_at', type: 'datetime', precision: 3 },
          { name: 'claimed_until', type: 'datetime', precision: 3, isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'idx_waitlist_openings_claim', columnNames: ['claimed_until', 'created_at'] }],
        checks: [{ name: 'chk_waitlist_openings_period', expression: 'starts_at < ends_at' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('waitlist_openings');
    await queryRunner.dropTable('offered_blocks');
    await queryRunner.dropTable('slot_offers');
    await queryRunner.dropTable('waitlist_entries');
  }
}
