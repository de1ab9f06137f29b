import {
  AuditTrail,
  type Caller,
  ConflictError,
  conflictOnDuplicate,
  mustExist,
  newId,
  NotFoundError,
  requireRole,
  requireViewer,
  Role,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Department } from './department.entity.js';

export class DepartmentService {
  private readonly departments: Repository<Department>;

  private readonly audit: AuditTrail;

  constructor(private readonly uow: UnitOfWork) {
    this.departments = uow.dataSource.getRepository(Department);
    this.audit = new AuditTrail(uow);
  }

  /** Only an administrator creates one, so each is in the audit trail, committed with it, and each refusal. */
  async create(caller: Caller, name: string): Promise<Department> {
    const entry = { action: 'department.create', subjectType: 'Department' };
    await this.audit.permit(caller, entry, () => requireRole(caller.viewer, Role.ADMIN));
    const department = this.departments.create({ id: newId(), name: name.trim(), createdAt: new Date() });
    await conflictOnDuplicate(
      () =>
        this.uow.run(async (manager, emit) => {
          await manager.insert(Department, department);
          this.audit.changed(emit, caller, { ...entry, subjectId: department.id });
        }),
      () => new ConflictError('A department with this name already exists', { field: 'name' }),
    );
    return department;
  }

  /** The catalogue is every role's to read (docs/rules.md#roles), and nobody's without signing in. */
  list(caller: Caller): Promise<Department[]> {
    requireViewer(caller.viewer);
    return this.departments.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  get(caller: Caller, id: string): Promise<Department> {
    requireViewer(caller.viewer);
    return mustExist('Department', id, this.departments.findOneBy({ id }));
  }

  findByIds(ids: readonly string[]): Promise<Department[]> {
    return this.departments.findBy({ id: In([...ids]) });
  }
}

/** NOT_FOUND unless the department exists, checked inside the transaction that refers to it. */
export async function requireDepartment(manager: EntityManager, id: string): Promise<void> {
  if (!(await manager.existsBy(Department, { id }))) throw new NotFoundError('Department', id);
}
