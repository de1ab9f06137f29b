import {
  type AuditEntry,
  AuditTrail,
  type Caller,
  BusinessRuleViolation,
  type Clock,
  type Cents,
  ConflictError,
  type Connection,
  cursorTime,
  doctorsOwnOrDesk,
  ForbiddenError,
  lockForUpdate,
  mustExist,
  newId,
  NotFoundError,
  OneAtATime,
  type PageArgs,
  paginate,
  patientsOwnOrDesk,
  requireViewer,
  type Viewer,
  zonedParts,
} from '@hospital/kit';
import { type Emit, type UnitOfWork } from '@hospital/kit/events';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { SlotFinder } from '../availability/slot-finder.js';
import type { RequestDirectory } from '../clients/doctors.cache.js';
import type { DoctorSchedule, ServiceInfo } from '../clients/doctors.client.js';
import { appointmentsCreated, departmentLabel } from '../metrics.js';
import { AppointmentStatus } from './appointment.enums.js';
import { Appointment } from './appointment.entity.js';
import { APPOINTMENT_EVENTS, appointmentFacts } from './appointment.events.js';
import type { AppointmentFilter, RequestAppointmentInput } from './appointment.input.js';
import {
  cancellationFeeCents,
  checkNotStarted,
  checkReschedule,
  checkStarted,
  hasAppointments,
  holdsSlot,
  isDoctorOf,
  listScope,
  mayCancel,
  mayDecide,
  mayListVisitsOf,
  mayRead,
  mayReschedule,
  movedTerms,
  moveTarget,
  nextStatus,
  type AppointmentAction,
  type MoveWish,
  type Parties,
} from './appointment.rules.js';
import { checkBookingRules, visitEnd } from './booking.rules.js';
import { SlotClash, SlotLedger } from './slot-ledger.js';

/** Signed in, and of a role that has appointments at all. */
function partyOf(viewer: Viewer | null): Viewer {
  const caller = requireViewer(viewer);
  if (!hasAppointments(caller)) throw new ForbiddenError('Appointments are not open to stakeholders');
  return caller;
}

type Permission = (viewer: Viewer, a: Parties) => boolean;

/** FORBIDDEN, with `refusal`, unless `may` lets the caller act on the appointment. */
function allow(caller: Viewer, appointment: Parties, may: Permission, refusal: string): void {
  if (!may(caller, appointment)) throw new ForbiddenError(refusal);
}

/**
 * Who may make each change of a visit, what a refusal says, and the change's
 * action in the audit trail (after its mutation). docs/rules.md#audit records every
 * change made by STAFF or ADMIN; a visit is not among the patient's data it names,
 * so what the patient does to her own visits, or her doctor, is not recorded.
 * Every refusal is, whoever was refused.
 */
const CHANGES: Record<AppointmentAction, { may: Permission; refusal: string; audited: string }> = {
  approve: { may: mayDecide, refusal: 'Only the doctor of this visit may approve it', audited: 'appointment.approve' },
  reject: { may: mayDecide, refusal: 'Only the doctor of this visit may reject it', audited: 'appointment.reject' },
  cancel: { may: mayCancel, refusal: 'You may not cancel this appointment', audited: 'appointment.cancel' },
  reschedule: {
    may: mayReschedule,
    refusal: 'You may not reschedule this appointment',
    audited: 'appointment.reschedule',
  },
  complete: {
    may: mayDecide,
    refusal: 'Only the doctor of this visit may complete it',
    audited: 'appointment.complete',
  },
  noShow: {
    may: mayDecide,
    refusal: 'Only the doctor of this visit may mark a no-show',
    audited: 'appointment.markNoShow',
  },
};

/**
 * What else a booking must win in its own transaction (a waitlist offer): `claim`
 * runs first in it, and false makes the booking SLOT_TAKEN, undone whole. When
 * STAFF or ADMIN book, the audit entry names what was claimed.
 */
export interface BookingClaim {
  audited: { action: string; subjectType: string; subjectId: string };
  claim(manager: EntityManager, appointment: Appointment): Promise<boolean>;
}

/** Writes a change's entry in its own transaction when the change is one the audit trail keeps. */
type AuditChange = (emit: Emit) => void;

/**
 * The lifecycle of a visit. Every invariant that concurrency could break is the
 * database's: the slots and the daily cap are the ledger's (`SlotLedger`), and a
 * change to an appointment locks its row first.
 */
export class AppointmentService {
  private readonly appointments: Repository<Appointment>;
  private readonly ledger: SlotLedger;
  private readonly audit: AuditTrail;
  private readonly contenders = new OneAtATime();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly slots: SlotFinder,
  ) {
    this.appointments = uow.dataSource.getRepository(Appointment);
    this.ledger = new SlotLedger(uow.dataSource);
    this.audit = new AuditTrail(uow);
  }

  // ---- writes ---------------------------------------------------------------------------------

  async request(
    caller: Caller,
    input: RequestAppointmentInput,
    directory: RequestDirectory,
    patientExists: (patientId: string) => Promise<boolean>,
    claim?: BookingClaim,
  ): Promise<Appointment> {
    const entry = {
      action: 'appointment.request',
      subjectType: 'Appointment',
      patientId: input.patientId,
      ...claim?.audited,
    };
    await this.audit.permit(caller, entry, () => {
      if (!patientsOwnOrDesk(requireViewer(caller.viewer), input.patientId)) {
        throw new ForbiddenError('A patient may only request appointments for themself');
      }
    });
    // Requests for one slot arriving together take turns, so that once one holds
    // it the rest are told at once (below) instead of each asking doctors and
    // patients and then being refused by the database one by one.
    return this.contenders.attempt(`${input.doctorId}|${input.preferredTime.toISOString()}`, (waited) =>
      this.requestSlot(caller, input, directory, patientExists, entry, waited, claim),
    );
  }

  private async requestSlot(
    caller: Caller,
    input: RequestAppointmentInput,
    directory: RequestDirectory,
    patientExists: (patientId: string) => Promise<boolean>,
    entry: Omit<AuditEntry, 'outcome'>,
    waited: boolean,
    claim?: BookingClaim,
  ): Promise<Appointment> {
    // After waiting for another request for this slot, a held slot is told first,
    // before the patient, the service and the doctor's hours are asked about:
    // whatever else may be wrong with the request, it cannot have that slot. (A
    // request that waited for nobody goes straight on: the database tells it; a
    // past time is left to the booking rules.)
    if (
      waited &&
      input.preferredTime > this.clock.now() &&
      (await this.ledger.isHeld(input.doctorId, input.preferredTime))
    ) {
      throw await this.slotTaken(directory, input.serviceId, input.doctorId, input.preferredTime);
    }
    const [{ service, doctor }, known] = await Promise.all([
      this.directoryFor(directory, input.serviceId, input.doctorId, input.preferredTime),
      patientExists(input.patientId),
    ]);
    if (!known) throw new NotFoundError('Patient', input.patientId);
    const now = this.clock.now();
    const at = checkBookingRules({ start: input.preferredTime, now, timeZone: this.timeZone, service, doctor });
    const appointment = this.appointments.create({
      id: newId(),
      patientId: input.patientId,
      doctorId: doctor.id,
      serviceId: service.id,
      departmentId: service.departmentId,
      status: AppointmentStatus.PENDING,
      startsAt: input.preferredTime,
      endsAt: visitEnd(input.preferredTime, service.durationMinutes),
      clinicDay: at.date,
      reason: input.reason.trim(),
      rejectionReason: null,
      cancellationReason: null,
      cancellationFeeCents: null,
      priceCents: service.priceCents,
      durationMinutes: service.durationMinutes,
      rescheduleCount: 0,
      createdAt: now,
      updatedAt: now,
    });
    const booked = await this.booking(appointment, directory, async () => {
      await this.ledger.prepareDay(appointment.doctorId, appointment.clinicDay);
      return this.uow.run(async (manager, emit) => {
        // First, so that two claims of one offer queue on its row before either touches the slot.
        if (claim && !(await claim.claim(manager, appointment))) throw new SlotClash('SLOT_TAKEN');
        await this.ledger.hold(manager, appointment);
        await manager.insert(Appointment, appointment);
        emit(APPOINTMENT_EVENTS.request, appointmentFacts(appointment));
        this.audit.changedByStaff(emit, caller, { ...entry, subjectId: claim?.audited.subjectId ?? appointment.id });
        return appointment;
      });
    });
    appointmentsCreated.inc({ department: departmentLabel(service.departmentName) });
    return booked;
  }

  async approve(
    caller: Caller,
    id: string,
    confirmedTime: Date | null | undefined,
    directory: RequestDirectory,
  ): Promise<Appointment> {
    const { appointment: current, audit } = await this.changing(caller, 'approve', id);
    if (confirmedTime && confirmedTime.getTime() !== current.startsAt.getTime()) {
      return this.move(current, 'approve', confirmedTime, directory, audit);
    }
    return this.transition(id, 'approve', audit, () => {});
  }

  async reject(caller: Caller, id: string, reason: string): Promise<Appointment> {
    const { audit } = await this.changing(caller, 'reject', id);
    return this.transition(id, 'reject', audit, (a) => {
      a.rejectionReason = reason.trim();
    });
  }

  /**
   * What cancelling now would cost, before tax, as `cancel` would charge this caller; null for a
   * visit that can no longer be cancelled. Shown before a patient confirms, so the figure she
   * agrees to is the server's, not a copy of the rule in the page.
   */
  feeIfCancelledNow(caller: Caller, a: Appointment): Cents | null {
    const viewer = requireViewer(caller.viewer);
    const now = this.clock.now();
    if (!holdsSlot(a.status) || a.startsAt.getTime() <= now.getTime()) return null;
    return cancellationFeeCents(a.priceCents, a.startsAt, now, isDoctorOf(viewer, a));
  }

  async cancel(caller: Caller, id: string, reason: string | null | undefined): Promise<Appointment> {
    const { viewer, audit } = await this.changing(caller, 'cancel', id);
    return this.transition(id, 'cancel', audit, (a, now) => {
      checkNotStarted(a.startsAt, now);
      a.cancellationReason = reason?.trim() || null;
      a.cancellationFeeCents = cancellationFeeCents(a.priceCents, a.startsAt, now, isDoctorOf(viewer, a));
    });
  }

  async reschedule(
    caller: Caller,
    id: string,
    newStart: Date,
    directory: RequestDirectory,
    wish: MoveWish = {},
  ): Promise<Appointment> {
    const { appointment, audit } = await this.changing(caller, 'reschedule', id);
    return this.move(appointment, 'reschedule', newStart, directory, audit, wish);
  }

  async complete(caller: Caller, id: string): Promise<Appointment> {
    const { audit } = await this.changing(caller, 'complete', id);
    return this.transition(id, 'complete', audit, (a, now) => checkStarted(a.startsAt, now));
  }

  async markNoShow(caller: Caller, id: string): Promise<Appointment> {
    const { audit } = await this.changing(caller, 'noShow', id);
    return this.transition(id, 'noShow', audit, (a, now) => checkStarted(a.startsAt, now));
  }

  /** A change of status at the same time: lock the row, apply the lifecycle, free the slot if it stops holding it. */
  private transition(
    id: string,
    action: AppointmentAction,
    audit: AuditChange,
    apply: (appointment: Appointment, now: Date) => void,
  ): Promise<Appointment> {
    return this.uow.run(async (manager, emit) => {
      const a = await this.locked(manager, id);
      const now = this.clock.now();
      const status = nextStatus(a.status, action);
      apply(a, now);
      if (holdsSlot(a.status) && !holdsSlot(status)) await this.ledger.release(manager, a);
      a.status = status;
      a.updatedAt = now;
      await this.persist(manager, a);
      emit(APPOINTMENT_EVENTS[action], appointmentFacts(a));
      audit(emit);
      return a;
    });
  }

  /**
   * Approval at another time, or a reschedule (to another time, and perhaps
   * another doctor or service of the department): every booking rule again, the
   * old slot released and the new one held in one transaction, as a booking holds it.
   */
  private async move(
    current: Appointment,
    action: 'approve' | 'reschedule',
    newStart: Date,
    directory: RequestDirectory,
    audit: AuditChange,
    wish: MoveWish = {},
  ): Promise<Appointment> {
    // Cheap refusals first, before asking doctors; all are checked again under the row lock.
    nextStatus(current.status, action);
    if (action === 'reschedule') checkReschedule(current.rescheduleCount, current.startsAt, this.clock.now());
    const target = moveTarget(current, wish);
    const found = await this.directoryFor(directory, target.serviceId, target.doctorId, newStart);
    // The visit stays in its department; its length and price follow the service (the booked ones if unchanged).
    const terms = movedTerms(current, found.service, found.doctor);
    const service = { ...found.service, durationMinutes: terms.durationMinutes, departmentId: terms.departmentId };
    const at = checkBookingRules({
      start: newStart,
      now: this.clock.now(),
      timeZone: this.timeZone,
      service,
      doctor: found.doctor,
    });
    const moved = { ...current, ...terms, startsAt: newStart };
    return this.booking(moved as Appointment, directory, async () => {
      await this.ledger.prepareDay(terms.doctorId, at.date);
      return this.uow.run(async (manager, emit) => {
        const a = await this.locked(manager, current.id);
        const now = this.clock.now();
        const status = nextStatus(a.status, action);
        if (a.doctorId !== current.doctorId || a.serviceId !== current.serviceId) {
          // Another move took the visit to another doctor or service since the rules above were checked.
          throw new ConflictError('The visit was moved meanwhile; look at it again and retry');
        }
        if (action === 'reschedule') {
          checkReschedule(a.rescheduleCount, a.startsAt, now);
          a.rescheduleCount += 1;
        }
        const previous = { start: a.startsAt, doctorId: a.doctorId, serviceId: a.serviceId };
        await this.ledger.release(manager, a);
        Object.assign(a, {
          ...terms,
          status,
          startsAt: newStart,
          endsAt: visitEnd(newStart, terms.durationMinutes),
          clinicDay: at.date,
          updatedAt: now,
        });
        await this.ledger.hold(manager, a);
        await this.persist(manager, a);
        emit(APPOINTMENT_EVENTS[action], appointmentFacts(a, previous));
        audit(emit);
        return a;
      });
    });
  }

  /** Runs a booking; a taken slot becomes SLOT_TAKEN with the nearest free alternatives. */
  private async booking(
    wanted: Appointment,
    directory: RequestDirectory,
    work: () => Promise<Appointment>,
  ): Promise<Appointment> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof SlotClash)) throw error;
      if (error.rule === 'PATIENT_OVERLAP') {
        throw new BusinessRuleViolation('PATIENT_OVERLAP', 'The patient already has a visit at that time');
      }
      throw await this.slotTaken(directory, wanted.serviceId, wanted.doctorId, wanted.startsAt, wanted.durationMinutes);
    }
  }

  /** SLOT_TAKEN, with the nearest free alternatives. */
  private async slotTaken(
    directory: RequestDirectory,
    serviceId: string,
    doctorId: string,
    start: Date,
    durationMinutes?: number,
  ): Promise<BusinessRuleViolation> {
    const alternatives = await this.slots.alternatives(directory, serviceId, doctorId, start, durationMinutes);
    return new BusinessRuleViolation('SLOT_TAKEN', 'The doctor is already booked at that time', {
      alternatives: alternatives.map((s) => ({
        doctorId: s.doctorId,
        start: s.start.toISOString(),
        end: s.end.toISOString(),
      })),
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<Appointment> {
    const query = manager.getRepository(Appointment).createQueryBuilder('appointment').where('appointment.id = :id', {
      id,
    });
    return mustExist('Appointment', id, lockForUpdate(query).getOne());
  }

  private async persist(manager: EntityManager, a: Appointment): Promise<void> {
    await manager.update(
      Appointment,
      { id: a.id },
      {
        doctorId: a.doctorId,
        serviceId: a.serviceId,
        departmentId: a.departmentId,
        priceCents: a.priceCents,
        durationMinutes: a.durationMinutes,
        status: a.status,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        clinicDay: a.clinicDay,
        rejectionReason: a.rejectionReason,
        cancellationReason: a.cancellationReason,
        cancellationFeeCents: a.cancellationFeeCents,
        rescheduleCount: a.rescheduleCount,
        updatedAt: a.updatedAt,
      },
    );
  }

  private async directoryFor(
    directory: RequestDirectory,
    serviceId: string,
    doctorId: string,
    start: Date,
  ): Promise<{ service: ServiceInfo; doctor: DoctorSchedule }> {
    // The department's other doctors are asked for only when a taken slot needs alternatives.
    const day = zonedParts(start, this.timeZone).date;
    const found = await directory.lookup({ serviceId, doctorId, days: { from: day, to: day } });
    if (!found.service) throw new NotFoundError('MedicalService', serviceId);
    if (!found.doctor) throw new NotFoundError('Doctor', doctorId);
    return { service: found.service, doctor: found.doctor };
  }

  /** The appointment, once the caller may act on it: NOT_FOUND, then FORBIDDEN. */
  private async permitted(caller: Caller, id: string, may: Permission, refusal: string): Promise<Appointment> {
    const viewer = partyOf(caller.viewer);
    const appointment = await mustExist('Appointment', id, this.appointments.findOneBy({ id }));
    allow(viewer, appointment, may, refusal);
    return appointment;
  }

  /**
   * `permitted` for a change, each refusal in the audit trail (naming the patient
   * once the visit is found); with what writes the change's own entry, in its
   * transaction, when STAFF or ADMIN make it.
   */
  private async changing(
    caller: Caller,
    action: AppointmentAction,
    id: string,
  ): Promise<{ viewer: Viewer; appointment: Appointment; audit: AuditChange }> {
    const { may, refusal, audited } = CHANGES[action];
    const entry = { action: audited, subjectType: 'Appointment', subjectId: id };
    const viewer = await this.audit.permit(caller, entry, () => partyOf(caller.viewer));
    const appointment = await mustExist('Appointment', id, this.appointments.findOneBy({ id }));
    const whose = { ...entry, patientId: appointment.patientId };
    await this.audit.permit(caller, whose, () => allow(viewer, appointment, may, refusal));
    return { viewer, appointment, audit: (emit) => this.audit.changedByStaff(emit, caller, whose) };
  }

  // ---- reads ----------------------------------------------------------------------------------

  async get(caller: Caller, id: string): Promise<Appointment> {
    return this.permitted(caller, id, mayRead, 'You may not see this appointment');
  }

  /** Appointments by start, then id. A patient or a doctor sees only their own. */
  list(caller: Caller, filter: AppointmentFilter | null | undefined, page: PageArgs): Promise<Connection<Appointment>> {
    const scope = listScope(requireViewer(caller.viewer), filter);
    if ('refusal' in scope) throw new ForbiddenError(scope.refusal);
    const { patientId, doctorId } = scope;
    const query = this.appointments.createQueryBuilder('appointment');
    if (patientId) query.andWhere('appointment.patientId = :patientId', { patientId });
    if (doctorId) query.andWhere('appointment.doctorId = :doctorId', { doctorId });
    if (filter?.status?.length) query.andWhere({ status: In(filter.status) });
    if (filter?.from) query.andWhere('appointment.startsAt >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('appointment.startsAt < :to', { to: filter.to });
    return paginate(
      query,
      { columns: ['appointment.startsAt', 'appointment.id'], values: (a) => [cursorTime(a.startsAt), a.id] },
      page,
    );
  }

  /** The requests a doctor has to decide: the doctor themself, STAFF, ADMIN. */
  pending(caller: Caller, doctorId: string, page: PageArgs): Promise<Connection<Appointment>> {
    const viewer = requireViewer(caller.viewer);
    if (!doctorsOwnOrDesk(viewer, doctorId)) throw new ForbiddenError('Only the doctor may see their pending requests');
    return this.list(caller, { doctorId, status: [AppointmentStatus.PENDING] }, page);
  }

  /** `Patient.appointments`: what the caller may see of that patient's visits (a doctor: those with them). */
  ofPatient(caller: Caller, patientId: string, page: PageArgs): Promise<Connection<Appointment>> {
    const viewer = requireViewer(caller.viewer);
    if (!mayListVisitsOf(viewer, patientId)) throw new ForbiddenError('A patient may only see their own appointments');
    return this.list(caller, { patientId }, page);
  }

  findByIds(ids: readonly string[]): Promise<Appointment[]> {
    return this.appointments.findBy({ id: In([...ids]) });
  }
}
