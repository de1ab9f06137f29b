import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  newId,
  NotFoundError,
  requireRole,
  Role,
  type UnitOfWork,
  type Viewer,
} from '@hospital/kit';
import { In, type Repository } from 'typeorm';
import { Department } from '../department/department.entity.js';
import { MedicalService } from './medical-service.entity.js';
import type { MedicalServiceInput } from './medical-service.input.js';
import { priceProblem, visitDurationProblem } from './medical-service.rules.js';

/** The services the departments offer, with their durations and prices. */
export class MedicalServiceCatalogue {
  private readonly services: Repository<MedicalService>;

  constructor(private readonly uow: UnitOfWork) {
    this.services = uow.dataSource.getRepository(MedicalService);
  }

  async create(viewer: Viewer | null, input: MedicalServiceInput): Promise<MedicalService> {
    requireRole(viewer, Role.ADMIN);
    const problems = [
      { field: 'durationMinutes', message: visitDurationProblem(input.durationMinutes) },
      { field: 'price', message: priceProblem(input.price) },
    ].filter((problem): problem is { field: string; message: string } => problem.message !== undefined);
    if (problems.length) {
      throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    }
    const service = this.services.create({
      id: newId(),
      departmentId: input.departmentId,
      name: input.name.trim(),
      durationMinutes: input.durationMinutes,
      priceCents: input.price,
      createdAt: new Date(),
    });
    try {
      await this.uow.run(async (manager, emit) => {
        if (!(await manager.existsBy(Department, { id: service.departmentId }))) {
          throw new NotFoundError('Department', service.departmentId);
        }
        await manager.insert(MedicalService, service);
        emit('doctors.medical-service-created', {
          serviceId: service.id,
          departmentId: service.departmentId,
          durationMinutes: service.durationMinutes,
          priceCents: service.priceCents,
        });
      });
      return service;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('The department already offers a service with this name', { field: 'name' });
      }
      throw error;
    }
  }

  async get(id: string): Promise<MedicalService> {
    const service = await this.services.findOneBy({ id });
    if (!service) throw new NotFoundError('MedicalService', id);
    return service;
  }

  findByIds(ids: readonly string[]): Promise<MedicalService[]> {
    return this.services.findBy({ id: In([...ids]) });
  }

  ofDepartments(departmentIds: readonly string[]): Promise<MedicalService[]> {
    return this.services.find({ where: { departmentId: In([...departmentIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }
}
