import { type Caller, ConflictError, newId, NotFoundError, requireViewer } from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type EntityManager, type Repository } from 'typeorm';
import { addToCatalogue, catalogueEntry } from '../catalogue.js';
import { Department } from './department.entity.js';

export class DepartmentService {
  private readonly departments: Repository<Department>;

  constructor(private readonly uow: UnitOfWork) {
    this.departments = uow.dataSource.getRepository(Department);
  }

  create(caller: Caller, name: string): Promise<Department> {
    return addToCatalogue(
      this.uow,
      caller,
      { action: 'department.create', subjectType: 'Department' },
      () => this.departments.create({ id: newId(), name: name.trim(), createdAt: new Date() }),
      (manager, _emit, department) => manager.insert(Department, department),
      () => new ConflictError('A department with this name already exists', { field: 'name' }),
    );
  }

  /** The catalogue is every role's to read (docs/rules.md#roles), and nobody's without signing in. */
  list(caller: Caller): Promise<Department[]> {
    requireViewer(caller.viewer);
    return this.departments.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  get(caller: Caller, id: string): Promise<Department> {
    return catalogueEntry(caller, 'Department', id, () => this.departments.findOneBy({ id }));
  }

  findByIds(ids: readonly string[]): Promise<Department[]> {
    return this.departments.findBy({ id: In([...ids]) });
  }
}

/** NOT_FOUND unless the department exists, checked inside the transaction that refers to it. */
export async function requireDepartment(manager: EntityManager, id: string): Promise<void> {
  if (!(await manager.existsBy(Department, { id }))) throw new NotFoundError('Department', id);
}
