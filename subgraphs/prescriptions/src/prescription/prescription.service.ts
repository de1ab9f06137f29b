import {
  enforceAccess,
  ForbiddenError,
  mustExist,
  newId,
  NotFoundError,
  requireRole,
  requireViewer,
  throwIfInvalid,
  type Clock,
  type UnitOfWork,
  type Viewer,
} from '@hospital/kit';
import { In, type Repository } from 'typeorm';
import type { Caller } from '../context.js';
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

export class PrescriptionService {
  private readonly prescriptions: Repository<Prescription>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.prescriptions = uow.dataSource.getRepository(Prescription);
  }

  /**
   * The visit is read from appointments as it stands now, with the caller's token:
   * appointments itself refuses a doctor who is not the visit's, and its answer
   * names the doctor and the patient the prescription is stored under.
   */
  async issue({ viewer, visits }: Caller, input: IssuePrescriptionInput): Promise<Prescription> {
    // Refused before anything is looked up, so that who may not prescribe learns nothing of which visits exist.
    const doctor = requireRole(viewer, ...PRESCRIBERS);
    throwIfInvalid(prescriptionProblems(input));
    const visit = await visits.visit(input.appointmentId);
    if (!visit) throw new NotFoundError('Appointment', input.appointmentId);
    if (!mayPrescribeAt(doctor, visit)) throw new ForbiddenError('Only the doctor of the visit prescribes at it');
    checkPrescribable(visit.status);
    const prescription = this.prescriptions.create({
      id: newId(),
      appointmentId: visit.id,
      doctorId: visit.doctorId,
      patientId: visit.patientId,
      ...cleanPrescription(input),
      issuedAt: this.clock.now(),
    });
    await this.uow.run(async (manager) => {
      await manager.insert(Prescription, prescription);
    });
    return prescription;
  }

  /** NOT_FOUND when the id names no prescription. */
  get(caller: Caller, id: string): Promise<Prescription> {
    return mustExist('Prescription', id, this.visible(caller, id));
  }

  /** The prescription `id` if the caller may see it; null when nobody has that id. */
  async visible({ viewer, loaders }: Caller, id: string): Promise<Prescription | null> {
    const reader = readerOf(viewer);
    const prescription = await loaders.prescription.load(id);
    if (prescription) await this.enforceEach(reader, [prescription], loaders);
    return prescription;
  }

  /** FORBIDDEN for a caller who may not read them, rather than an empty list that would hide the refusal. */
  async ofPatient({ viewer, loaders }: Caller, patientId: string): Promise<Prescription[]> {
    const reader = readerOf(viewer);
    const access = patientPrescriptionsAccess(reader, patientId);
    if (access === 'refused') throw new ForbiddenError();
    const prescriptions = await loaders.prescriptionsOfPatient.load(patientId);
    if (access === 'granted' || (await loaders.inCare.load({ doctorId: reader.id, patientId }))) return prescriptions;
    const own = issuedBy(reader.id, prescriptions);
    if (!own.length) throw new ForbiddenError();
    return own;
  }

  /** Every prescription of one visit shares its patient and doctor, so the caller sees all of them or none. */
  async ofAppointment({ viewer, loaders }: Caller, appointmentId: string): Promise<Prescription[]> {
    const reader = readerOf(viewer);
    const prescriptions = await loaders.prescriptionsOfAppointment.load(appointmentId);
    await this.enforceEach(reader, prescriptions, loaders);
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

  private async enforceEach(reader: Viewer, prescriptions: Prescription[], loaders: Caller['loaders']): Promise<void> {
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
