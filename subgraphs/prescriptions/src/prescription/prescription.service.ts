import {
  AuditTrail,
  ForbiddenError,
  mustExist,
  newId,
  NotFoundError,
  requireRole,
  requireViewer,
  throwIfInvalid,
  type AuditEntry,
  type Caller,
  type Clock,
  type RequestVisits,
  type Viewer,
} from '@hospital/kit';
import { enforceAccess } from '@hospital/kit/care';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import type { PrescriptionsLoaders } from '../context.js';
import { Prescription } from './prescription.entity.js';
import type { IssuePrescriptionInput } from './prescription.input.js';
import {
  checkPrescribable,
  cleanPrescription,
  issuedBy,
  mayPrescribeAt,
  patientPrescriptionsAccess,
  prescriptionAccess,
  prescriptionProblems,
  PRESCRIBERS,
  readsPrescriptions,
} from './prescription.rules.js';

/** Oldest first, as a chart reads them. */
const ISSUE_ORDER = { issuedAt: 'ASC', id: 'ASC' } as const;

/**
 * Every read of prescriptions by anyone but their patient is in the audit trail,
 * refusals included (docs/rules.md#audit): one entry per prescription read by id, one
 * per patient for a list. Never what was prescribed.
 */
const PRESCRIPTION_READ = { action: 'prescription.read', subjectType: 'Prescription' } as const;

export class PrescriptionService {
  private readonly prescriptions: Repository<Prescription>;

  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.prescriptions = uow.dataSource.getRepository(Prescription);
    this.audit = new AuditTrail(uow);
  }

  /**
   * The visit is read from appointments as it stands now, with the caller's token:
   * appointments itself refuses a doctor who is not the visit's, and its answer
   * names the doctor and the patient the prescription is stored under. A doctor
   * prescribing changes the patient's prescriptions, so every prescription issued
   * is in the audit trail, committed with it, and so is every refusal; never what
   * was prescribed.
   */
  async issue(caller: Caller, input: IssuePrescriptionInput, visits: RequestVisits): Promise<Prescription> {
    const entry = { action: 'prescription.issue', subjectType: 'Prescription' };
    // Refused before anything is looked up, so that who may not prescribe learns nothing of which visits exist.
    const doctor = await this.audit.permit(caller, entry, () => requireRole(caller.viewer, ...PRESCRIBERS));
    throwIfInvalid(prescriptionProblems(input));
    // Appointments' refusal is this one's too; its being away is recorded as the attempt having FAILED.
    const visit = await this.audit.permit(caller, entry, () => visits.visit(input.appointmentId));
    if (!visit) throw new NotFoundError('Appointment', input.appointmentId);
    const whose = { ...entry, patientId: visit.patientId };
    await this.audit.permit(caller, whose, () => {
      if (!mayPrescribeAt(doctor, visit)) throw new ForbiddenError('Only the doctor of the visit prescribes at it');
    });
    checkPrescribable(visit.status);
    const prescription = this.prescriptions.create({
      id: newId(),
      appointmentId: visit.id,
      doctorId: visit.doctorId,
      patientId: visit.patientId,
      ...cleanPrescription(input),
      issuedAt: this.clock.now(),
    });
    await this.uow.run(async (manager, emit) => {
      await manager.insert(Prescription, prescription);
      this.audit.changed(emit, caller, { ...whose, subjectId: prescription.id });
    });
    return prescription;
  }

  /** NOT_FOUND when the id names no prescription. */
  get(caller: Caller<PrescriptionsLoaders>, id: string): Promise<Prescription> {
    return mustExist('Prescription', id, this.visible(caller, id));
  }

  /** The prescription `id` if the caller may see it; null when nobody has that id. */
  async visible(caller: Caller<PrescriptionsLoaders>, id: string): Promise<Prescription | null> {
    const reader = await this.reader(caller, { subjectId: id });
    const prescription = await caller.loaders.prescription.load(id);
    if (prescription) {
      await this.disclose(caller, reader, [prescription], { subjectId: id, patientId: prescription.patientId });
    }
    return prescription;
  }

  /** FORBIDDEN for a caller who may not read them, rather than an empty list that would hide the refusal. */
  ofPatient(caller: Caller<PrescriptionsLoaders>, patientId: string): Promise<Prescription[]> {
    const read = async () => {
      const { viewer, loaders } = caller;
      const reader = readerOf(viewer);
      const access = patientPrescriptionsAccess(reader, patientId);
      if (access === 'refused') throw new ForbiddenError();
      const prescriptions = await loaders.prescriptionsOfPatient.load(patientId);
      if (access === 'granted' || (await loaders.inCare.load({ doctorId: reader.id, patientId }))) return prescriptions;
      const own = issuedBy(reader.id, prescriptions);
      if (!own.length) throw new ForbiddenError();
      return own;
    };
    return caller.loaders.audit.readByOthers({ ...PRESCRIPTION_READ, patientId }, read);
  }

  /** Every prescription of one visit shares its patient and doctor, so the caller sees all of them or none. */
  async ofAppointment(caller: Caller<PrescriptionsLoaders>, appointmentId: string): Promise<Prescription[]> {
    const reader = await this.reader(caller, {});
    const prescriptions = await caller.loaders.prescriptionsOfAppointment.load(appointmentId);
    const [first] = prescriptions;
    if (first) await this.disclose(caller, reader, prescriptions, { patientId: first.patientId });
    return prescriptions;
  }

  findByIds(ids: readonly string[]): Promise<Prescription[]> {
    return this.prescriptions.findBy({ id: In([...ids]) });
  }

  findForPatients(patientIds: readonly string[]): Promise<Prescription[]> {
    return this.prescriptions.find({ where: { patientId: In([...patientIds]) }, order: ISSUE_ORDER });
  }

  findForAppointments(appointmentIds: readonly string[]): Promise<Prescription[]> {
    return this.prescriptions.find({ where: { appointmentId: In([...appointmentIds]) }, order: ISSUE_ORDER });
  }

  /** `readerOf`, its refusal recorded: before any lookup, so that who may read none learns nothing of which ids exist. */
  private reader(caller: Caller<PrescriptionsLoaders>, subject: Pick<AuditEntry, 'subjectId'>): Promise<Viewer> {
    return caller.loaders.audit.permit({ ...PRESCRIPTION_READ, ...subject }, () => readerOf(caller.viewer));
  }

  /**
   * FORBIDDEN unless `reader` may see every one of `prescriptions`, all of the
   * patient `subject` names; a read by anyone but her is recorded first, refusals too.
   */
  private async disclose(
    caller: Caller<PrescriptionsLoaders>,
    reader: Viewer,
    prescriptions: Prescription[],
    subject: Pick<AuditEntry, 'subjectId'> & { patientId: string },
  ): Promise<void> {
    const check = () => this.enforceEach(reader, prescriptions, caller.loaders);
    await caller.loaders.audit.readByOthers({ ...PRESCRIPTION_READ, ...subject }, check);
  }

  private async enforceEach(
    reader: Viewer,
    prescriptions: Prescription[],
    loaders: PrescriptionsLoaders,
  ): Promise<void> {
    await Promise.all(
      prescriptions.map((prescription) =>
        enforceAccess(prescriptionAccess(reader, prescription), reader, prescription.patientId, loaders.inCare),
      ),
    );
  }
}

/** Signed in, and of a role that reads prescriptions at all. */
function readerOf(viewer: Viewer | null): Viewer {
  const reader = requireViewer(viewer);
  if (!readsPrescriptions(reader)) throw new ForbiddenError();
  return reader;
}
