import {
  AuditTrail,
  type Caller,
  ConflictError,
  conflictOnDuplicate,
  mustExist,
  newId,
  requireRole,
  requireViewer,
  Role,
  throwIfInvalid,
  type InvalidField,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import { requireDepartment } from '../department/department.service.js';
import { MedicalService } from './medical-service.entity.js';
import type { MedicalServiceInput } from './medical-service.input.js';
import { priceProblem, visitDurationProblem } from './medical-service.rules.js';

/** The services the departments offer, with their durations and prices. */
export class MedicalServiceCatalogue {
  private readonly services: Repository<MedicalService>;

  private readonly audit: AuditTrail;

  constructor(private readonly uow: UnitOfWork) {
    this.services = uow.dataSource.getRepository(MedicalService);
    this.audit = new AuditTrail(uow);
  }

  /**
   * Only an administrator adds one, so each is in the audit trail, committed with
   * it (never its price), and each refusal.
   */
  async create(caller: Caller, input: MedicalServiceInput): Promise<MedicalService> {
    const entry = { action: 'medicalService.create', subjectType: 'MedicalService' };
    await this.audit.permit(caller, entry, () => requireRole(caller.viewer, Role.ADMIN));
    throwIfInvalid(
      [
        { field: 'durationMinutes', message: visitDurationProblem(input.durationMinutes) },
        { field: 'price', message: priceProblem(input.price) },
      ].filter((problem): problem is InvalidField => problem.message !== undefined),
    );
    const service = this.services.create({
      id: newId(),
      departmentId: input.departmentId,
      name: input.name.trim(),
      durationMinutes: input.durationMinutes,
      priceCents: input.price,
      createdAt: new Date(),
    });
    await conflictOnDuplicate(
      () =>
        this.uow.run(async (manager, emit) => {
          await requireDepartment(manager, service.departmentId);
          await manager.insert(MedicalService, service);
          emit('doctors.medical-service-created', {
            serviceId: service.id,
            departmentId: service.departmentId,
            durationMinutes: service.durationMinutes,
            priceCents: service.priceCents,
          });
          this.audit.changed(emit, caller, { ...entry, subjectId: service.id });
        }),
      () => new ConflictError('The department already offers a service with this name', { field: 'name' }),
    );
    return service;
  }

  /** The catalogue is every role's to read (docs/rules.md#roles), and nobody's without signing in. */
  get(caller: Caller, id: string): Promise<MedicalService> {
    requireViewer(caller.viewer);
    return mustExist('MedicalService', id, this.services.findOneBy({ id }));
  }

  findByIds(ids: readonly string[]): Promise<MedicalService[]> {
    return this.services.findBy({ id: In([...ids]) });
  }

  ofDepartments(departmentIds: readonly string[]): Promise<MedicalService[]> {
    return this.services.find({ where: { departmentId: In([...departmentIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }
}
