import { loaderById } from '@hospital/kit';
import type { Department } from './department.entity.js';
import type { DepartmentService } from './department.service.js';

export const createDepartmentLoader = (departments: DepartmentService) =>
  loaderById(
    (ids) => departments.findByIds(ids),
    (department: Department) => department.id,
  );

/** The department a service or a doctor belongs to: a foreign key holds it, so its absence is a fault. */
export async function departmentBehindForeignKey(
  loader: ReturnType<typeof createDepartmentLoader>,
  id: string,
): Promise<Department> {
  const department = await loader.load(id);
  if (!department) throw new Error(`department ${id} is missing although a foreign key refers to it`);
  return department;
}
