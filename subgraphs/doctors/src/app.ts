import {
  CONTACTS_SCOPE,
  createRuntime,
  createSubgraph,
  SCHEDULES_SCOPE,
  type Subgraph,
  type SubgraphOptions,
  type SubgraphModule,
} from '@hospital/kit';
import { OutboxEvent } from '@hospital/kit/events';
import { DOCTORS_PORT, loadDoctorsConfig } from './config.js';
import { createDoctorsLoaders, type DoctorsContext, type DoctorsServices } from './context.js';
import { Department } from './department/department.entity.js';
import { DepartmentService } from './department/department.service.js';
import { Doctor } from './doctor/doctor.entity.js';
import { DoctorService } from './doctor/doctor.service.js';
import { MedicalService } from './medical-service/medical-service.entity.js';
import { MedicalServiceCatalogue } from './medical-service/medical-service.service.js';
import { migrations } from './migrations/index.js';
import { AvailabilityRule } from './schedule/availability-rule.entity.js';
import { ExtraHours, ExtraHoursBlock } from './schedule/extra-hours.entity.js';
import { ScheduleService } from './schedule/schedule.service.js';
import { TimeOff } from './schedule/time-off.entity.js';
import { buildDoctorsSchema } from './schema.js';

export { buildDoctorsSchema } from './schema.js';
export { DOCTORS_PORT, loadDoctorsConfig } from './config.js';

export const doctorsTables = {
  entities: [Department, MedicalService, Doctor, AvailabilityRule, TimeOff, ExtraHours, ExtraHoursBlock, OutboxEvent],
  migrations,
};

/** Doctors: departments, their medical services, doctors and their weekly availability, time off and extra hours. */
export async function createDoctorsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadDoctorsConfig(options.env);
  const runtime = createRuntime(config, doctorsTables, options);
  const services: DoctorsServices = {
    departments: new DepartmentService(runtime.uow),
    medicalServices: new MedicalServiceCatalogue(runtime.uow),
    doctors: new DoctorService(runtime.uow),
    schedules: new ScheduleService(runtime.uow, config.clinicTimeZone, runtime.clock),
  };

  return createSubgraph<DoctorsContext>(runtime, {
    schema: await buildDoctorsSchema(),
    // A service reading schedules (appointments, telling patients of a change) asks what any signed-in user may.
    serviceFields: {
      doctorContact: CONTACTS_SCOPE,
      doctor: SCHEDULES_SCOPE,
      doctors: SCHEDULES_SCOPE,
      medicalService: SCHEDULES_SCOPE,
    },
    context: (base) => ({ ...base, ...services, loaders: createDoctorsLoaders(services) }),
  });
}

export const doctorsModule: SubgraphModule = {
  name: 'doctors',
  port: DOCTORS_PORT,
  buildSchema: buildDoctorsSchema,
  create: createDoctorsSubgraph,
  loadConfig: loadDoctorsConfig,
  tables: doctorsTables,
};
