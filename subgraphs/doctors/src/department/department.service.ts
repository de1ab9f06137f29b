import {
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
import { Department } from './department.entity.js';

export class DepartmentService {
  private readonly departments: Repository<Department>;

  constructor(private readonly uow: UnitOfWork) {
    this.departments = uow.dataSource.getRepository(Department);
  }

  async create(viewer: Viewer | null, name: string): Promise<Department> {
    requireRole(viewer, Role.ADMIN);
    const department = this.departments.create({ id: newId(), name: name.trim(), createdAt: new Date() });
    try {
      await this.uow.run((manager) => manager.insert(Department, department));
      return department;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('A department with this name already exists', { field: 'name' });
      throw error;
    }
  }

  list(): Promise<Department[]> {
    return this.departments.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<Department> {
    const department = await this.departments.findOneBy({ id });
    if (!department) throw new NotFoundError('Department', id);
    return department;
  }

  findByIds(ids: readonly string[]): Promise<Department[]> {
    return this.departments.findBy({ id: In([...ids]) });
  }
}
