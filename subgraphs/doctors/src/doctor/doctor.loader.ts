import { loaderById, loaderOfMany } from '@hospital/kit';
import type { Doctor } from './doctor.entity.js';
import type { DoctorService } from './doctor.service.js';

export const createDoctorLoader = (doctors: DoctorService) =>
  loaderById(
    (ids) => doctors.findByIds(ids),
    (doctor: Doctor) => doctor.id,
  );

export const createDoctorsOfDepartmentLoader = (doctors: DoctorService) =>
  loaderOfMany(
    (departmentIds) => doctors.ofDepartments(departmentIds),
    (doctor: Doctor) => doctor.departmentId,
  );
