import {
  AuditTrail,
  type Caller,
  CONTACTS_SCOPE,
  requireScope,
  type ContactCard,
  ConflictError,
  containsPattern,
  ForbiddenError,
  LIKE_ESCAPE,
  mustExist,
  newId,
  normalizeEmail,
  paginate,
  requireViewer,
  type Connection,
  type PageArgs,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import { addToCatalogue, catalogueEntry } from '../catalogue.js';
import { requireDepartment } from '../department/department.service.js';
import { MedicalService } from '../medical-service/medical-service.entity.js';
import { Doctor } from './doctor.entity.js';
import type { CreateDoctorInput, DoctorFilter, UpdateDoctorInput } from './doctor.input.js';
import { mayManageDoctor, mayMoveDoctor } from './doctor.rules.js';

export class DoctorService {
  private readonly doctors: Repository<Doctor>;

  private readonly audit: AuditTrail;

  constructor(private readonly uow: UnitOfWork) {
    this.doctors = uow.dataSource.getRepository(Doctor);
    this.audit = new AuditTrail(uow);
  }

  create(caller: Caller, input: CreateDoctorInput): Promise<Doctor> {
    const make = () => {
      const now = new Date();
      return this.doctors.create({
        id: input.userId ?? newId(),
        departmentId: input.departmentId,
        name: input.name.trim(),
        email: normalizeEmail(input.email),
        phone: input.phone,
        specialty: input.specialty.trim(),
        licenseNumber: input.licenseNumber.trim(),
        createdAt: now,
        updatedAt: now,
      });
    };
    return addToCatalogue(
      this.uow,
      caller,
      { action: 'doctor.create', subjectType: 'Doctor' },
      make,
      async (manager, emit, doctor) => {
        await requireDepartment(manager, doctor.departmentId);
        // insert, not save: save would quietly update a doctor who already has this id.
        await manager.insert(Doctor, doctor);
        emit('doctors.doctor-created', { doctorId: doctor.id, departmentId: doctor.departmentId });
      },
      duplicateDoctor,
    );
  }

  /**
   * An administrator's change is in the audit trail, committed with it; the doctor
   * changing her own profile is not (she is not STAFF or ADMIN, and it is no
   * patient's data). Every refusal is.
   */
  async update(caller: Caller, id: string, input: UpdateDoctorInput): Promise<Doctor> {
    const entry = { action: 'doctor.update', subjectType: 'Doctor', subjectId: id };
    // Refused before the lookup, so that nobody learns which ids are doctors by trying.
    const editor = await this.audit.permit(caller, entry, () => {
      const editor = requireViewer(caller.viewer);
      if (!mayManageDoctor(editor, id)) {
        throw new ForbiddenError('Only an administrator or the doctor themself may change this profile');
      }
      return editor;
    });
    const moves = mayMoveDoctor(editor);
    if (input.departmentId && !moves) {
      // Decided before the change's transaction, so that the refusal is recorded on its own.
      const { departmentId } = await mustExist('Doctor', id, this.doctors.findOneBy({ id }));
      await this.audit.permit(caller, entry, () => {
        if (input.departmentId !== departmentId) {
          throw new ForbiddenError('Only an administrator may move a doctor to another department');
        }
      });
    }
    return this.uow.run(async (manager, emit) => {
      const doctor = await mustExist('Doctor', id, manager.findOneBy(Doctor, { id }));

      const change: Partial<Pick<Doctor, 'name' | 'phone' | 'specialty' | 'departmentId'>> = {};
      const name = input.name?.trim();
      if (name !== undefined) change.name = name;
      if (input.phone) change.phone = input.phone;
      const specialty = input.specialty?.trim();
      if (specialty !== undefined) change.specialty = specialty;
      // Whoever may not move a doctor named the department she is in, as read above: should an
      // administrator have moved her since, the department named is stale, not a move of hers.
      if (moves && input.departmentId && input.departmentId !== doctor.departmentId) {
        await requireDepartment(manager, input.departmentId);
        change.departmentId = input.departmentId;
      }
      if (!Object.keys(change).length) return doctor;

      // Only the changed columns are written, so a concurrent change of another field is kept.
      const updatedAt = new Date();
      await manager.update(Doctor, { id }, { ...change, updatedAt });
      const updated = Object.assign(doctor, change, { updatedAt });
      emit('doctors.doctor-updated', { doctorId: updated.id, departmentId: updated.departmentId });
      this.audit.changedByStaff(emit, caller, entry);
      return updated;
    });
  }

  /** The public profile. */
  get(caller: Caller, id: string): Promise<Doctor> {
    return catalogueEntry(caller, 'Doctor', id, () => this.doctors.findOneBy({ id }));
  }

  /** How to reach the doctor, for a service holding contacts:read alone; NOT_FOUND when the id names no doctor. */
  async contact(caller: Caller, id: string): Promise<ContactCard> {
    requireScope(caller.viewer, CONTACTS_SCOPE);
    const { name, email, phone } = await mustExist('Doctor', id, this.doctors.findOneBy({ id }));
    return { name, email, phone };
  }

  /** Doctors by name, then id: a keyset page of those matching every criterion of `filter`. Any signed-in user. */
  list(caller: Caller, filter: DoctorFilter | null | undefined, page: PageArgs): Promise<Connection<Doctor>> {
    requireViewer(caller.viewer);
    const query = this.doctors.createQueryBuilder('doctor');
    if (filter?.departmentId) {
      query.andWhere('doctor.departmentId = :departmentId', { departmentId: filter.departmentId });
    }
    if (filter?.serviceId) {
      const offeredBy = query
        .subQuery()
        .select('service.departmentId')
        .from(MedicalService, 'service')
        .where('service.id = :serviceId')
        .getQuery();
      query.andWhere(`doctor.departmentId IN ${offeredBy}`, { serviceId: filter.serviceId });
    }
    const specialty = filter?.specialty?.trim();
    if (specialty) query.andWhere('LOWER(doctor.specialty) = LOWER(:specialty)', { specialty });
    const search = filter?.search?.trim();
    if (search) {
      // Case-blind on both dialects: MariaDB by its collation, SQLite's LIKE for Latin letters.
      query.andWhere(`doctor.name LIKE :search ESCAPE '${LIKE_ESCAPE}'`, { search: containsPattern(search) });
    }
    return paginate(query, { columns: ['doctor.name', 'doctor.id'], values: (d) => [d.name, d.id] }, page);
  }

  findByIds(ids: readonly string[]): Promise<Doctor[]> {
    return this.doctors.findBy({ id: In([...ids]) });
  }

  ofDepartments(departmentIds: readonly string[]): Promise<Doctor[]> {
    return this.doctors.find({ where: { departmentId: In([...departmentIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }
}

/** Which of a doctor's unique values was taken, from the key the database names. */
function duplicateDoctor(error: unknown): ConflictError {
  const driverError = (error as { driverError?: { message?: string } }).driverError;
  const message = driverError?.message ?? (error as Error).message;
  // MariaDB: "Duplicate entry '…' for key 'uq_doctors_email'"; SQLite: "UNIQUE constraint failed: doctors.email".
  const key = /for key '([^']+)'/.exec(message)?.[1] ?? message;
  if (/email/.test(key)) return new ConflictError('A doctor with this e-mail already exists', { field: 'email' });
  if (/license_number/.test(key)) {
    return new ConflictError('A doctor with this licence number already exists', { field: 'licenseNumber' });
  }
  return new ConflictError('This user account already belongs to a doctor', { field: 'userId' });
}
