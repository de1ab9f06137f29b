import { buildFederatedSchema } from '@hospital/kit';
import type { DoctorsContext } from './context.js';
import { User } from './federation/accounts.stub.js';
import { departmentReference } from './department/department.reference.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { doctorReference } from './doctor/doctor.reference.js';
import { DoctorResolver } from './doctor/doctor.resolver.js';
import { medicalServiceReference } from './medical-service/medical-service.reference.js';
import { MedicalServiceResolver } from './medical-service/medical-service.resolver.js';
import { DoctorScheduleResolver, TimeOffResolver } from './schedule/schedule.resolver.js';
import { timeOffReference } from './schedule/time-off.reference.js';
import { UserResolver } from './user/user.resolver.js';

export const buildDoctorsSchema = () =>
  buildFederatedSchema<DoctorsContext>({
    resolvers: [
      DepartmentResolver,
      MedicalServiceResolver,
      DoctorResolver,
      DoctorScheduleResolver,
      TimeOffResolver,
      UserResolver,
    ],
    // No field here returns a User; the gateway reaches it through accounts and `_entities`.
    orphanedTypes: [User],
    stubs: [User],
    references: {
      Department: departmentReference,
      MedicalService: medicalServiceReference,
      Doctor: doctorReference,
      TimeOff: timeOffReference,
    },
  });
