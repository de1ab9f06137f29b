import type { SubgraphContext } from '@hospital/kit';
import { createDepartmentLoader } from './department/department.loader.js';
import type { DepartmentService } from './department/department.service.js';
import { createDoctorLoader, createDoctorsOfDepartmentLoader } from './doctor/doctor.loader.js';
import type { DoctorService } from './doctor/doctor.service.js';
import {
  createMedicalServiceLoader,
  createServicesOfDepartmentLoader,
} from './medical-service/medical-service.loader.js';
import type { MedicalServiceCatalogue } from './medical-service/medical-service.service.js';
import {
  createExtraHoursLoaders,
  createTimeOffByIdLoader,
  createTimeOffLoader,
  createWeeklyAvailabilityLoader,
} from './schedule/schedule.loader.js';
import type { ScheduleService } from './schedule/schedule.service.js';

export interface DoctorsServices {
  departments: DepartmentService;
  medicalServices: MedicalServiceCatalogue;
  doctors: DoctorService;
  schedules: ScheduleService;
}

export function createDoctorsLoaders(services: DoctorsServices) {
  return {
    department: createDepartmentLoader(services.departments),
    medicalService: createMedicalServiceLoader(services.medicalServices),
    servicesOfDepartment: createServicesOfDepartmentLoader(services.medicalServices),
    doctor: createDoctorLoader(services.doctors),
    doctorsOfDepartment: createDoctorsOfDepartmentLoader(services.doctors),
    weeklyAvailability: createWeeklyAvailabilityLoader(services.schedules),
    timeOff: createTimeOffLoader(services.schedules),
    timeOffById: createTimeOffByIdLoader(services.schedules),
    extraHours: createExtraHoursLoaders(services.schedules),
  };
}

export interface DoctorsContext extends SubgraphContext, DoctorsServices {
  loaders: ReturnType<typeof createDoctorsLoaders>;
}
