import { loaderById } from '@hospital/kit';
import type { Patient } from './patient.entity.js';
import type { PatientService } from './patient.service.js';

export const createPatientLoader = (patients: PatientService) =>
  loaderById(
    (ids) => patients.findByIds(ids),
    (patient: Patient) => patient.id,
  );
