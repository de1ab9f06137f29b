import {
  AuditOutcome,
  AuditTrail,
  conflictOnDuplicate,
  ConflictError,
  CONTACTS_SCOPE,
  containsPattern,
  dateInZone,
  ForbiddenError,
  LIKE_ESCAPE,
  mustExist,
  newId,
  paginate,
  requireScope,
  requireViewer,
  throwIfInvalid,
  type Caller,
  type Connection,
  type ContactCard,
  type PageArgs,
} from '@hospital/kit';
import { enforceAccess } from '@hospital/kit/care';
import { type UnitOfWork } from '@hospital/kit/events';
import { Brackets, In, type Repository } from 'typeorm';
import type { PatientsLoaders } from '../context.js';
import { Patient } from './patient.entity.js';
import type { PatientFilter, RegisterPatientInput, UpdatePatientInput } from './patient.input.js';
import {
  cleanPatientDetails,
  patientDetailProblems,
  patientListScope,
  profileAccess,
  registrationBy,
} from './patient.rules.js';

/** A read of a profile by anyone but the patient (docs/rules.md#audit). */
const PROFILE_READ = { action: 'patient.read', subjectType: 'Patient' } as const;

export class PatientService {
  private readonly patients: Repository<Patient>;

  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clinicTimeZone: string,
  ) {
    this.patients = uow.dataSource.getRepository(Patient);
    this.audit = new AuditTrail(uow);
  }

  /** A walk-in registered by the desk is in the audit trail; a patient registering herself is not. */
  async register(caller: Caller, input: RegisterPatientInput): Promise<Patient> {
    const entry = { action: 'patient.register', subjectType: 'Patient' };
    const { registrant, registration } = await this.audit.permit(caller, entry, () => {
      const who = requireViewer(caller.viewer);
      const how = registrationBy(who);
      if (how === 'refused') throw new ForbiddenError();
      return { registrant: who, registration: how };
    });
    throwIfInvalid(patientDetailProblems(input, this.today()));
    const now = new Date();
    const patient = this.patients.create({
      gender: null,
      ...cleanPatientDetails(input),
      id: registration === 'self' ? registrant.id : newId(),
      createdAt: now,
      updatedAt: now,
    });
    return conflictOnDuplicate(
      () =>
        this.uow.run(async (manager, emit) => {
          // insert, not save: save would overwrite a profile that already has this id.
          await manager.insert(Patient, patient);
          emit('patients.patient-registered', { patientId: patient.id, selfRegistered: registration === 'self' });
          if (registration !== 'self') {
            const done = { ...entry, subjectId: patient.id, patientId: patient.id, outcome: AuditOutcome.SUCCESS };
            this.audit.inside(emit, caller, done);
          }
          return patient;
        }),
      // The id is the only unique key, and a walk-in's is new: only a patient registering themself again repeats one.
      () => new ConflictError('You are already registered as a patient'),
    );
  }

  /** A change by anyone but the patient is in the audit trail, refusals included. */
  async update(caller: Caller<PatientsLoaders>, id: string, input: UpdatePatientInput): Promise<Patient> {
    const entry = { action: 'patient.update', subjectType: 'Patient', subjectId: id, patientId: id };
    const audited = caller.viewer?.id !== id;
    const check = async () => {
      const editor = requireViewer(caller.viewer);
      await enforceAccess(profileAccess(editor, id, 'update'), editor, id, caller.loaders.hasVisit);
    };
    await (audited ? this.audit.permit(caller, entry, check) : check());
    throwIfInvalid(patientDetailProblems(input, this.today()));
    const changes = { ...cleanPatientDetails(input), updatedAt: new Date() };
    return this.uow.run(async (manager, emit) => {
      const patient = await mustExist('Patient', id, manager.findOneBy(Patient, { id }));
      // Only the fields given are written, so concurrent edits of different fields both stick.
      await manager.update(Patient, { id }, changes);
      if (audited) this.audit.inside(emit, caller, { ...entry, outcome: AuditOutcome.SUCCESS });
      return Object.assign(patient, changes);
    });
  }

  /** How to reach the patient, for a service holding contacts:read alone; NOT_FOUND when nobody has that id. */
  async contact({ viewer, loaders }: Caller<PatientsLoaders>, id: string): Promise<ContactCard> {
    requireScope(viewer, CONTACTS_SCOPE);
    const { name, email, phone } = await mustExist('Patient', id, loaders.patient.load(id));
    return { name, email, phone };
  }

  /** NOT_FOUND when the id names no patient. A read by anyone but the patient is in the audit trail first. */
  profile(caller: Caller<PatientsLoaders>, id: string): Promise<Patient> {
    const read = () => mustExist('Patient', id, this.visible(caller, id));
    return this.audit.readByOthers(caller, { ...PROFILE_READ, subjectId: id, patientId: id }, read);
  }

  /** The patient `id` if the caller may see them; null when nobody has that id. */
  async visible({ viewer, loaders }: Caller<PatientsLoaders>, id: string): Promise<Patient | null> {
    const reader = requireViewer(viewer);
    await enforceAccess(profileAccess(reader, id, 'read'), reader, id, loaders.hasVisit);
    return loaders.patient.load(id);
  }

  /**
   * `visible` for the gateway's entity fetches (`_entities`, `User.patient`), one
   * per patient of a list it resolves: a read by anyone but the patient is in the
   * audit trail before it is returned, refusals included, the request's in one
   * transaction. An id that names nobody reads nobody and is not recorded: most
   * users a `User.patient` asks about (staff, doctors) have no profile.
   */
  async reference(caller: Caller<PatientsLoaders>, id: string): Promise<Patient | null> {
    if (caller.viewer?.id === id) return this.visible(caller, id);
    const { audit } = caller.loaders;
    const entry = { ...PROFILE_READ, subjectId: id, patientId: id };
    const patient = await audit.permit(entry, () => this.visible(caller, id));
    if (patient) await audit.record({ ...entry, outcome: AuditOutcome.SUCCESS });
    return patient;
  }

  /**
   * By name, then id; reception sees everyone, a doctor the patients in their care.
   * Each patient on the page is in the audit trail (one entry each, in one
   * transaction) before the page is returned; a refusal too.
   */
  async list(
    caller: Caller<PatientsLoaders>,
    filter: PatientFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Patient>> {
    const { audit } = caller.loaders;
    const { reader, scope } = await audit.permit(PROFILE_READ, () => {
      const reader = requireViewer(caller.viewer);
      const scope = patientListScope(reader);
      if (scope === 'refused') throw new ForbiddenError();
      return { reader, scope };
    });
    const query = this.patients.createQueryBuilder('patient');
    if (scope === 'in-their-care') {
      query.andWhere('patient.id IN (SELECT care.patient_id FROM care_visits care WHERE care.doctor_id = :doctorId)', {
        doctorId: reader.id,
      });
    }
    const search = filter?.search?.trim();
    if (search) {
      const like = (column: string) => `${column} LIKE :pattern ESCAPE '${LIKE_ESCAPE}'`;
      query.andWhere(
        new Brackets((where) =>
          where.where(like('patient.name')).orWhere(like('patient.email')).orWhere(like('patient.phone')),
        ),
        { pattern: containsPattern(search) },
      );
    }
    const listed = await paginate(
      query,
      { columns: ['patient.name', 'patient.id'], values: (p) => [p.name, p.id] },
      page,
    );
    // Patients are refused the list, so every patient on it is someone other than the reader.
    await audit.recordAll(
      listed.edges.map(({ node }) => ({
        ...PROFILE_READ,
        subjectId: node.id,
        patientId: node.id,
        outcome: AuditOutcome.SUCCESS,
      })),
    );
    return listed;
  }

  findByIds(ids: readonly string[]): Promise<Patient[]> {
    return this.patients.findBy({ id: In([...ids]) });
  }

  private today(): string {
    return dateInZone(new Date(), this.clinicTimeZone);
  }
}
