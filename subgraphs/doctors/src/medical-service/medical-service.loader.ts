import { loaderById, loaderOfMany } from '@hospital/kit';
import type { MedicalService } from './medical-service.entity.js';
import type { MedicalServiceCatalogue } from './medical-service.service.js';

export const createMedicalServiceLoader = (catalogue: MedicalServiceCatalogue) =>
  loaderById(
    (ids) => catalogue.findByIds(ids),
    (service: MedicalService) => service.id,
  );

export const createServicesOfDepartmentLoader = (catalogue: MedicalServiceCatalogue) =>
  loaderOfMany(
    (departmentIds) => catalogue.ofDepartments(departmentIds),
    (service: MedicalService) => service.departmentId,
  );
