import { BusinessRuleViolation, isSqlite, isUniqueViolation } from '@hospital/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Appointment } from './appointment.entity.js';
import { blocksOf, DAILY_CAP } from './booking.rules.js';
import { DoctorDayLoad } from './doctor-day-load.entity.js';
import { HeldSlot } from './held-slot.entity.js';

/** The database refused a held-slot row: which unique key says which rule. */
export class SlotClash extends Error {
  constructor(readonly rule: 'SLOT_TAKEN' | 'PATIENT_OVERLAP') {
    super(rule);
  }
}

/** MariaDB names the key ("for key 'uq_held_slots_patient'"), SQLite the columns ("held_slots.patient_id, …"). */
function clashOf(error: unknown): SlotClash {
  const driverError = (error as { driverError?: { message?: string; sqlMessage?: string } }).driverError;
  const message = `${driverError?.sqlMessage ?? ''} ${driverError?.message ?? ''} ${(error as Error).message}`;
  return new SlotClash(/patient/i.test(message) ? 'PATIENT_OVERLAP' : 'SLOT_TAKEN');
}

/** What of a visit its slot is: whose, when, for how long, on which clinic day. */
export type SlotHolder = Pick<
  Appointment,
  'id' | 'doctorId' | 'patientId' | 'startsAt' | 'durationMinutes' | 'clinicDay'
>;

/**
 * The slots active visits hold, kept by the database so that no concurrency can
 * break them: a doctor's 30-minute block and a patient's are unique keys of
 * `held_slots`, the daily cap a conditional update of `doctor_day_load`.
 */
export class SlotLedger {
  private readonly sqlite: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.sqlite = isSqlite(dataSource);
  }

  /** Whether the doctor's block starting at `start` is held by an active visit (committed ones only). */
  isHeld(doctorId: string, start: Date): Promise<boolean> {
    return this.dataSource.getRepository(HeldSlot).existsBy({ doctorId, slotStart: start });
  }

  /**
   * Makes sure the doctor's day has its load row, before the transaction that
   * holds a slot on it. On MariaDB this runs on its own: an INSERT IGNORE of an
   * existing row inside the transaction would take a shared lock, and two such
   * transactions would deadlock on the update that follows. SQLite runs
   * transactions one at a time, so there `hold` makes the row inside.
   */
  async prepareDay(doctorId: string, clinicDay: string): Promise<void> {
    if (!this.sqlite) await this.insertDay(this.dataSource.manager, doctorId, clinicDay);
  }

  /** DAILY_CAP by a conditional update, then one held-slot row per 30-minute block; a taken one is a SlotClash. */
  async hold(manager: EntityManager, visit: SlotHolder): Promise<void> {
    if (this.sqlite) await this.insertDay(manager, visit.doctorId, visit.clinicDay);
    const taken = await manager
      .createQueryBuilder()
      .update(DoctorDayLoad)
      .set({ activeCount: () => 'active_count + 1' })
      .where('doctor_id = :doctorId AND clinic_day = :clinicDay AND active_count < :cap', {
        doctorId: visit.doctorId,
        clinicDay: visit.clinicDay,
        cap: DAILY_CAP,
      })
      .execute();
    if (!taken.affected) {
      throw new BusinessRuleViolation('DAILY_CAP', `The doctor already has ${DAILY_CAP} visits that day`, {
        date: visit.clinicDay,
      });
    }
    try {
      await manager.insert(
        HeldSlot,
        blocksOf(visit.startsAt, visit.durationMinutes).map((slotStart) => ({
          doctorId: visit.doctorId,
          slotStart,
          patientId: visit.patientId,
          appointmentId: visit.id,
        })),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw clashOf(error);
      throw error;
    }
  }

  /** The visit stops holding its slot: its blocks go, its day counts one visit fewer. */
  async release(manager: EntityManager, visit: SlotHolder): Promise<void> {
    await manager.delete(HeldSlot, { appointmentId: visit.id });
    await manager
      .createQueryBuilder()
      .update(DoctorDayLoad)
      .set({ activeCount: () => 'active_count - 1' })
      .where('doctor_id = :doctorId AND clinic_day = :clinicDay AND active_count > 0', {
        doctorId: visit.doctorId,
        clinicDay: visit.clinicDay,
      })
      .execute();
  }

  private async insertDay(manager: EntityManager, doctorId: string, clinicDay: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DoctorDayLoad)
      .values({ doctorId, clinicDay, activeCount: 0 })
      .orIgnore()
      .execute();
  }
}
