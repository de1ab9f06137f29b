import { type Caller, ConflictError, newId, throwIfInvalid, type InvalidField } from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import { addToCatalogue, catalogueEntry } from '../catalogue.js';
import { requireDepartment } from '../department/department.service.js';
import { MedicalService } from './medical-service.entity.js';
import type { MedicalServiceInput } from './medical-service.input.js';
import { priceProblem, visitDurationProblem } from './medical-service.rules.js';

/** The services the departments offer, with their durations and prices. */
export class MedicalServiceCatalogue {
  private readonly services: Repository<MedicalService>;

  constructor(private readonly uow: UnitOfWork) {
    this.services = uow.dataSource.getRepository(MedicalService);
  }

  /** Its audit entry never names its price. */
  create(caller: Caller, input: MedicalServiceInput): Promise<MedicalService> {
    const make = () => {
      throwIfInvalid(
        [
          { field: 'durationMinutes', message: visitDurationProblem(input.durationMinutes) },
          { field: 'price', message: priceProblem(input.price) },
        ].filter((problem): problem is InvalidField => problem.message !== undefined),
      );
      return this.services.create({
        id: newId(),
        departmentId: input.departmentId,
        name: input.name.trim(),
        durationMinutes: input.durationMinutes,
        priceCents: input.price,
        createdAt: new Date(),
      });
    };
    return addToCatalogue(
      this.uow,
      caller,
      { action: 'medicalService.create', subjectType: 'MedicalService' },
      make,
      async (manager, emit, service) => {
        await requireDepartment(manager, service.departmentId);
        await manager.insert(MedicalService, service);
        emit('doctors.medical-service-created', {
          serviceId: service.id,
          departmentId: service.departmentId,
          durationMinutes: service.durationMinutes,
          priceCents: service.priceCents,
        });
      },
      () => new ConflictError('The department already offers a service with this name', { field: 'name' }),
    );
  }

  get(caller: Caller, id: string): Promise<MedicalService> {
    return catalogueEntry(caller, 'MedicalService', id, () => this.services.findOneBy({ id }));
  }

  findByIds(ids: readonly string[]): Promise<MedicalService[]> {
    return this.services.findBy({ id: In([...ids]) });
  }

  ofDepartments(departmentIds: readonly string[]): Promise<MedicalService[]> {
    return this.services.find({ where: { departmentId: In([...departmentIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }
}
