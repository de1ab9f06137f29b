import {
  AuditTrail,
  BadUserInputError,
  BusinessRuleViolation,
  ConflictError,
  ForbiddenError,
  isUniqueViolation,
  mustExist,
  newId,
  NotFoundError,
  patientsOwnOrDesk,
  requireViewer,
  zonedParts,
  type Caller,
  type Clock,
  type Viewer,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { Appointment } from '../appointment/appointment.entity.js';
import type { AppointmentService } from '../appointment/appointment.service.js';
import type { RequestDirectory } from '../clients/doctors.cache.js';
import type { JoinWaitlistInput } from './waitlist.input.js';
import { recordOpening } from './waitlist.opening.js';
import { OfferedBlock, SlotOffer, WaitlistEntry } from './waitlist.entity.js';
import { SlotOfferStatus, WaitlistStatus } from './waitlist.enums.js';
import { afterLapsedOffer, claimRefusal, joinProblems, waitingKey } from './waitlist.rules.js';

/** Who may act on a patient's waitlist: she herself, STAFF, ADMIN. */
function allowFor(caller: Viewer, patientId: string, refusal: string): void {
  if (!patientsOwnOrDesk(caller, patientId)) throw new ForbiddenError(refusal);
}

/**
 * An offer that lost its slot or its patient ends (`to`), its blocks are freed and
 * its entry waits again (or ends, past its last day). Conditional on the offer
 * still being OFFERED, so that of a claim, a sweep and a leave only one moves it.
 * Resolves whether this call ended it.
 */
export async function closeOffer(
  manager: EntityManager,
  offer: SlotOffer,
  to: SlotOfferStatus.EXPIRED | SlotOfferStatus.TAKEN,
  now: Date,
  entryStatus: (entry: WaitlistEntry) => WaitlistStatus,
): Promise<boolean> {
  const closed = await manager.update(
    SlotOffer,
    { id: offer.id, status: SlotOfferStatus.OFFERED },
    { status: to, updatedAt: now },
  );
  if (!closed.affected) return false;
  await manager.delete(OfferedBlock, { offerId: offer.id });
  const entry = await manager.findOneBy(WaitlistEntry, { id: offer.entryId });
  if (entry?.status === WaitlistStatus.OFFERED) {
    const status = entryStatus(entry);
    await manager.update(
      WaitlistEntry,
      { id: entry.id, status: WaitlistStatus.OFFERED },
      { status, updatedAt: now, ...(status === WaitlistStatus.WAITING ? {} : { waitingKey: null }) },
    );
  }
  return true;
}

/** The slot of a lapsed offer, to be offered to the next patient waiting (the sweep works it off). */
export const reopen = (manager: EntityManager, offer: SlotOffer, now: Date): Promise<void> =>
  recordOpening(
    manager,
    { doctorId: offer.doctorId, serviceId: offer.serviceId, start: offer.startsAt, end: offer.endsAt },
    now,
  );

/**
 * The waitlist as its patients and the desk use it: joining, leaving, reading,
 * and claiming an offered slot through the appointments' own booking path.
 * Offering is the sweep's (`WaitlistSweep`).
 */
export class WaitlistService {
  private readonly entries: Repository<WaitlistEntry>;
  private readonly offers: Repository<SlotOffer>;
  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly appointments: AppointmentService,
  ) {
    this.entries = uow.dataSource.getRepository(WaitlistEntry);
    this.offers = uow.dataSource.getRepository(SlotOffer);
    this.audit = new AuditTrail(uow);
  }

  private today(): string {
    return zonedParts(this.clock.now(), this.timeZone).date;
  }

  async join(
    caller: Caller,
    input: JoinWaitlistInput,
    directory: RequestDirectory,
    patientExists: (patientId: string) => Promise<boolean>,
  ): Promise<WaitlistEntry> {
    const entry = { action: 'waitlist.join', subjectType: 'WaitlistEntry', patientId: input.patientId };
    await this.audit.permit(caller, entry, () =>
      allowFor(requireViewer(caller.viewer), input.patientId, 'A patient may only join the waitlist for herself'),
    );
    const problems = joinProblems(input.from, input.to, this.today());
    if (problems.length) throw new BadUserInputError('The waiting period is not valid', problems);
    const [found, known] = await Promise.all([
      directory.lookup({ serviceId: input.serviceId, doctorId: input.doctorId ?? null }),
      patientExists(input.patientId),
    ]);
    if (!found.service) throw new NotFoundError('MedicalService', input.serviceId);
    if (input.doctorId) {
      if (!found.doctor) throw new NotFoundError('Doctor', input.doctorId);
      if (found.doctor.departmentId !== found.service.departmentId) {
        throw new BusinessRuleViolation(
          'DEPARTMENT_MISMATCH',
          "The service does not belong to the doctor's department",
        );
      }
    }
    if (!known) throw new NotFoundError('Patient', input.patientId);
    const now = this.clock.now();
    const joined = this.entries.create({
      id: newId(),
      patientId: input.patientId,
      serviceId: found.service.id,
      doctorId: input.doctorId ?? null,
      departmentId: found.service.departmentId,
      from: input.from,
      to: input.to,
      status: WaitlistStatus.WAITING,
      waitingKey: waitingKey(input.patientId, found.service.id, input.doctorId),
      createdAt: now,
      updatedAt: now,
    });
    try {
      return await this.uow.run(async (manager, emit) => {
        await manager.insert(WaitlistEntry, joined);
        this.audit.changedByStaff(emit, caller, { ...entry, subjectId: joined.id });
        return joined;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('The patient is already waiting for this service with this doctor');
      }
      throw error;
    }
  }

  async leave(caller: Caller, id: string): Promise<WaitlistEntry> {
    const entry = { action: 'waitlist.leave', subjectType: 'WaitlistEntry', subjectId: id };
    const viewer = await this.audit.permit(caller, entry, () => requireViewer(caller.viewer));
    const current = await mustExist('WaitlistEntry', id, this.entries.findOneBy({ id }));
    const whose = { ...entry, patientId: current.patientId };
    await this.audit.permit(caller, whose, () =>
      allowFor(viewer, current.patientId, 'A patient may only leave her own waitlist entry'),
    );
    return this.uow.run(async (manager, emit) => {
      const now = this.clock.now();
      const left = await manager.update(
        WaitlistEntry,
        { id, status: In([WaitlistStatus.WAITING, WaitlistStatus.OFFERED]) },
        { status: WaitlistStatus.LEFT, waitingKey: null, updatedAt: now },
      );
      if (!left.affected) {
        throw new BusinessRuleViolation('INVALID_TRANSITION', 'This waitlist entry has already ended');
      }
      // Her open offer lapses with her entry, and its slot goes to the next patient waiting.
      const open = await manager.findBy(SlotOffer, { entryId: id, status: SlotOfferStatus.OFFERED });
      for (const offer of open) {
        if (await closeOffer(manager, offer, SlotOfferStatus.EXPIRED, now, () => WaitlistStatus.LEFT)) {
          await reopen(manager, offer, now);
        }
      }
      this.audit.changedByStaff(emit, caller, whose);
      return mustExist('WaitlistEntry', id, manager.findOneBy(WaitlistEntry, { id }));
    });
  }

  /** A patient's entries in the order she joined them, ended ones too. */
  async list(caller: Caller, patientId: string): Promise<WaitlistEntry[]> {
    allowFor(requireViewer(caller.viewer), patientId, 'A patient may only see her own waitlist');
    return this.entries.find({ where: { patientId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One offer: what the gateway delivers `slotOffered` from, read with the subscriber's own token. */
  async offer(caller: Caller, id: string): Promise<SlotOffer> {
    const viewer = requireViewer(caller.viewer);
    const offer = await mustExist('SlotOffer', id, this.offers.findOneBy({ id }));
    allowFor(viewer, offer.patientId, 'A patient may only see her own offers');
    return offer;
  }

  offersOfEntries(entryIds: readonly string[]): Promise<SlotOffer[]> {
    return this.offers.find({ where: { entryId: In([...entryIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Books an offered slot as a PENDING visit through the appointments' own booking
   * path (every booking rule, the same held slots and daily cap), the offer
   * CLAIMED and its entry BOOKED in the booking's transaction. The offer's row is
   * updated on condition that it is still open, first thing in that transaction:
   * of two claims at once one books, the other is SLOT_TAKEN.
   */
  async claim(
    caller: Caller,
    offerId: string,
    directory: RequestDirectory,
    patientExists: (patientId: string) => Promise<boolean>,
  ): Promise<Appointment> {
    const entry = { action: 'slotOffer.claim', subjectType: 'SlotOffer', subjectId: offerId };
    const viewer = await this.audit.permit(caller, entry, () => requireViewer(caller.viewer));
    const offer = await mustExist('SlotOffer', offerId, this.offers.findOneBy({ id: offerId }));
    const whose = { ...entry, patientId: offer.patientId };
    await this.audit.permit(caller, whose, () =>
      allowFor(viewer, offer.patientId, 'A patient may only claim her own offers'),
    );
    const refusal = claimRefusal(offer, this.clock.now());
    if (refusal) throw new BusinessRuleViolation('SLOT_TAKEN', refusal, { offerStatus: offer.status });
    try {
      return await this.appointments.request(
        caller,
        {
          patientId: offer.patientId,
          doctorId: offer.doctorId,
          serviceId: offer.serviceId,
          preferredTime: offer.startsAt,
          reason: 'Booked from the waitlist',
        },
        directory,
        patientExists,
        { audited: entry, claim: (manager, appointment) => this.claimed(manager, offer, appointment) },
      );
    } catch (error) {
      if (error instanceof BusinessRuleViolation && error.rule === 'SLOT_TAKEN') await this.lost(offer);
      throw error;
    }
  }

  private async claimed(manager: EntityManager, offer: SlotOffer, appointment: Appointment): Promise<boolean> {
    const now = this.clock.now();
    const won = await manager
      .createQueryBuilder()
      .update(SlotOffer)
      .set({ status: SlotOfferStatus.CLAIMED, appointmentId: appointment.id, updatedAt: now })
      .where('id = :id AND status = :open AND expires_at > :now', {
        id: offer.id,
        open: SlotOfferStatus.OFFERED,
        now,
      })
      .execute();
    if (!won.affected) return false;
    await manager.delete(OfferedBlock, { offerId: offer.id });
    await manager.update(
      WaitlistEntry,
      { id: offer.entryId, status: WaitlistStatus.OFFERED },
      { status: WaitlistStatus.BOOKED, waitingKey: null, updatedAt: now },
    );
    return true;
  }

  /**
   * The slot was taken by someone else's booking before the claim: the offer is
   * TAKEN and its patient waits again. A claim that lost to another claim of the
   * same offer finds it CLAIMED, and this changes nothing.
   */
  private async lost(offer: SlotOffer): Promise<void> {
    const now = this.clock.now();
    // A lapsed offer is the sweep's to close: it moves the slot on, which TAKEN would not.
    if (offer.expiresAt.getTime() <= now.getTime()) return;
    const today = this.today();
    await this.uow.run((manager) =>
      closeOffer(manager, offer, SlotOfferStatus.TAKEN, now, (entry) => afterLapsedOffer(entry.to, today)),
    );
  }
}
