import { isUniqueViolation, newId, PeriodicWorker, zonedParts, type Clock, type Logger } from '@hospital/kit';
import { type Emit, type UnitOfWork } from '@hospital/kit/events';
import { Brackets, In, LessThan, type EntityManager } from 'typeorm';
import { blocksOf, DAILY_CAP, heldKey, type FreeSlot } from '../appointment/booking.rules.js';
import { DoctorDayLoad } from '../appointment/doctor-day-load.entity.js';
import { HeldSlot } from '../appointment/held-slot.entity.js';
import type { SlotFinder } from '../availability/slot-finder.js';
import type { ScheduleDirectory } from './schedule-directory.js';
import { closeOffer, reopen } from './waitlist.service.js';
import { OfferedBlock, SlotOffer, WaitlistEntry, WaitlistOpening } from './waitlist.entity.js';
import { SlotOfferStatus, WaitlistStatus } from './waitlist.enums.js';
import { afterLapsedOffer, assignOffers, offeredKey, offerExpiry, type Assignment } from './waitlist.rules.js';

const BATCH = 20;
/** How long a sweep holds an opening it works on; one that died meanwhile leaves it to the next. */
const OPENING_CLAIM_MS = 120_000;
/** The longest visit an open offer's blocks can belong to: how far before an opening to look for them. */
const LONGEST_VISIT_MS = 8 * 3_600_000;

/**
 * The waitlist's clockwork, driven from the database so that a restart or a
 * second replica loses and doubles nothing: entries past their last day end,
 * lapsed offers end and their slots reopen, and each opening (a freed visit, new
 * extra hours) is offered to the patients waiting for it, in join order. Every
 * step is a conditional update (WHERE status = …) or a claim with a deadline, so
 * replicas sweeping at once each take different rows. Nudged by the consumer
 * when something freed; otherwise every `intervalMs`.
 */
export class WaitlistSweep extends PeriodicWorker {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly slots: SlotFinder,
    /** Null without JWT_SECRET: openings then wait, as nothing can check them against a schedule. */
    private readonly directory: ScheduleDirectory | null,
    logger: Logger,
    intervalMs: number,
  ) {
    super('waitlist sweep', logger, intervalMs);
  }

  protected async round(): Promise<boolean> {
    await this.expireEntries();
    const lapsed = await this.expireOffers();
    const opened = await this.offerOpenings();
    return lapsed || opened;
  }

  /** Entries whose last day has passed end; an OFFERED one ends when its offer does. */
  async expireEntries(): Promise<void> {
    const now = this.clock.now();
    await this.uow.dataSource
      .createQueryBuilder()
      .update(WaitlistEntry)
      .set({ status: WaitlistStatus.EXPIRED, waitingKey: null, updatedAt: now })
      .where('status = :waiting AND to_date < :today', {
        waiting: WaitlistStatus.WAITING,
        today: zonedParts(now, this.timeZone).date,
      })
      .execute();
  }

  /** Lapsed offers end, each in a transaction with its entry's return and its slot's reopening. Resolves whether more wait. */
  async expireOffers(): Promise<boolean> {
    const now = this.clock.now();
    const lapsed = await this.uow.dataSource.getRepository(SlotOffer).find({
      where: { status: SlotOfferStatus.OFFERED, expiresAt: LessThan(new Date(now.getTime() + 1)) },
      order: { expiresAt: 'ASC' },
      take: BATCH,
    });
    const today = zonedParts(now, this.timeZone).date;
    for (const offer of lapsed) {
      await this.uow.run(async (manager) => {
        const closed = await closeOffer(manager, offer, SlotOfferStatus.EXPIRED, now, (entry) =>
          afterLapsedOffer(entry.to, today),
        );
        if (closed) await reopen(manager, offer, now);
      });
    }
    return lapsed.length === BATCH;
  }

  /** Works off the openings no other sweep holds. Resolves whether more wait. */
  async offerOpenings(): Promise<boolean> {
    if (!this.directory) return false;
    const now = this.clock.now();
    const openings = await this.uow.dataSource
      .getRepository(WaitlistOpening)
      .createQueryBuilder('opening')
      .where('(opening.claimedUntil IS NULL OR opening.claimedUntil < :now)', { now })
      .orderBy('opening.createdAt', 'ASC')
      .addOrderBy('opening.id', 'ASC')
      .take(BATCH)
      .getMany();
    for (const opening of openings) {
      const claim = await this.uow.dataSource
        .createQueryBuilder()
        .update(WaitlistOpening)
        .set({ claimedUntil: new Date(now.getTime() + OPENING_CLAIM_MS) })
        .where('id = :id AND (claimed_until IS NULL OR claimed_until < :now)', { id: opening.id, now })
        .execute();
      if (!claim.affected) continue;
      try {
        await this.offer(opening, this.directory);
      } catch (error) {
        // Left claimed: another round (here or on a replica) tries again once the claim lapses.
        this.logger.warn({ err: error, openingId: opening.id }, 'waitlist: an opening could not be offered yet');
      }
    }
    return openings.length === BATCH;
  }

  /**
   * Offers one opening: the waiting entries it may suit, the free slots of each
   * of their services in it (the doctor's schedule as it stands now, the held
   * slots, the daily cap, the lead time: `SlotFinder`, the booking rules' own
   * search), then `assignOffers`, and the offers written with the opening's end
   * in one transaction.
   */
  private async offer(opening: WaitlistOpening, directory: ScheduleDirectory): Promise<void> {
    const now = this.clock.now();
    const entries = await this.candidates(opening, now);
    const slots = new Map<string, { durationMinutes: number; departmentId: string; free: FreeSlot[] }>();
    for (const serviceId of new Set(entries.map((e) => e.serviceId))) {
      const { service, doctor } = await directory.lookup({ serviceId, doctorId: opening.doctorId });
      if (!service || !doctor || doctor.departmentId !== service.departmentId) continue;
      // A freed visit offers its own start; extra hours every start inside them.
      const to = opening.serviceId ? new Date(opening.startsAt.getTime() + 1) : opening.endsAt;
      const free = await this.slots.search([doctor], service.durationMinutes, opening.startsAt, to);
      slots.set(serviceId, { durationMinutes: service.durationMinutes, departmentId: service.departmentId, free });
    }
    const [before, blocks] = await Promise.all([
      this.uow.dataSource
        .getRepository(SlotOffer)
        .createQueryBuilder('offer')
        .where('offer.doctorId = :doctorId AND offer.startsAt >= :from AND offer.startsAt < :to', {
          doctorId: opening.doctorId,
          from: opening.startsAt,
          to: opening.endsAt,
        })
        .getMany(),
      this.uow.dataSource
        .getRepository(OfferedBlock)
        .createQueryBuilder('block')
        .where('block.doctorId = :doctorId AND block.slotStart >= :from AND block.slotStart < :to', {
          doctorId: opening.doctorId,
          from: new Date(opening.startsAt.getTime() - LONGEST_VISIT_MS),
          to: new Date(opening.endsAt.getTime() + LONGEST_VISIT_MS),
        })
        .getMany(),
    ]);
    const assignments = assignOffers({
      entries,
      slots,
      offeredBefore: new Set(before.map((o) => offeredKey(o.entryId, o.doctorId, o.startsAt))),
      offeredBlocks: new Set(blocks.map((b) => heldKey(b.doctorId, b.slotStart))),
    });
    await this.uow.run(async (manager, emit) => {
      for (const assignment of assignments) {
        const departmentId = slots.get(assignment.entry.serviceId)?.departmentId ?? '';
        await this.makeOffer(manager, emit, assignment, departmentId, now);
      }
      await manager.delete(WaitlistOpening, { id: opening.id });
    });
  }

  /** WAITING entries that might take a slot of the opening: its doctor or any, its service if it has one, its days. */
  private async candidates(opening: WaitlistOpening, now: Date): Promise<WaitlistEntry[]> {
    const firstDay = zonedParts(opening.startsAt, this.timeZone).date;
    const lastDay = zonedParts(new Date(opening.endsAt.getTime() - 1), this.timeZone).date;
    if (opening.endsAt.getTime() <= now.getTime()) return [];
    const query = this.uow.dataSource
      .getRepository(WaitlistEntry)
      .createQueryBuilder('entry')
      .where({ status: WaitlistStatus.WAITING })
      .andWhere(
        new Brackets((q) =>
          q.where('entry.doctorId = :doctorId', { doctorId: opening.doctorId }).orWhere('entry.doctorId IS NULL'),
        ),
      )
      .andWhere('entry.from <= :lastDay AND entry.to >= :firstDay', { firstDay, lastDay })
      .orderBy('entry.createdAt', 'ASC')
      .addOrderBy('entry.id', 'ASC');
    if (opening.serviceId) query.andWhere('entry.serviceId = :serviceId', { serviceId: opening.serviceId });
    return query.getMany();
  }

  /**
   * One offer, or nothing when the slot or the entry was taken meanwhile: the
   * slot's blocks first (their key refuses a second open offer), then the entry
   * WAITING → OFFERED on condition, then the offer and its event, all in the
   * caller's transaction. MariaDB and SQLite undo only the refused statement.
   */
  private async makeOffer(
    manager: EntityManager,
    emit: Emit,
    { entry, slot, durationMinutes }: Assignment<WaitlistEntry>,
    departmentId: string,
    now: Date,
  ): Promise<void> {
    const starts = blocksOf(slot.start, durationMinutes);
    const [held, load] = await Promise.all([
      manager.countBy(HeldSlot, { doctorId: slot.doctorId, slotStart: In(starts) }),
      manager.findOneBy(DoctorDayLoad, { doctorId: slot.doctorId, clinicDay: slot.date }),
    ]);
    if (held || (load?.activeCount ?? 0) >= DAILY_CAP) return;
    const offerId = newId();
    try {
      await manager.insert(
        OfferedBlock,
        starts.map((slotStart) => ({ doctorId: slot.doctorId, slotStart, offerId })),
      );
    } catch (error) {
      if (isUniqueViolation(error)) return;
      throw error;
    }
    const taken = await manager.update(
      WaitlistEntry,
      { id: entry.id, status: WaitlistStatus.WAITING },
      { status: WaitlistStatus.OFFERED, updatedAt: now },
    );
    if (!taken.affected) {
      await manager.delete(OfferedBlock, { offerId });
      return;
    }
    const offer: SlotOffer = {
      id: offerId,
      entryId: entry.id,
      patientId: entry.patientId,
      doctorId: slot.doctorId,
      serviceId: entry.serviceId,
      departmentId,
      startsAt: slot.start,
      endsAt: slot.end,
      expiresAt: offerExpiry(now),
      status: SlotOfferStatus.OFFERED,
      appointmentId: null,
      createdAt: now,
      updatedAt: now,
    };
    await manager.insert(SlotOffer, offer);
    emit('appointments.slot-offered', {
      offerId,
      entryId: entry.id,
      patientId: offer.patientId,
      doctorId: offer.doctorId,
      serviceId: offer.serviceId,
      departmentId,
      start: offer.startsAt.toISOString(),
      end: offer.endsAt.toISOString(),
      expiresAt: offer.expiresAt.toISOString(),
    });
  }
}
