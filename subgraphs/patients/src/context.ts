import type { SubgraphContext } from '@hospital/kit';
import type { CareLoader } from './care-relationship/care-relationship.loader.js';
import type { createMedicalRecordsLoader } from './medical-record/medical-record.loader.js';
import type { MedicalRecordService } from './medical-record/medical-record.service.js';
import type { createPatientLoader } from './patient/patient.loader.js';
import type { PatientService } from './patient/patient.service.js';

/** Built fresh for every request, so that no cached row or permission outlives it. */
export interface PatientsLoaders {
  patient: ReturnType<typeof createPatientLoader>;
  medicalRecords: ReturnType<typeof createMedicalRecordsLoader>;
  inCare: CareLoader;
}

export interface PatientsContext extends SubgraphContext {
  patients: PatientService;
  medicalRecords: MedicalRecordService;
  loaders: PatientsLoaders;
}

/** What a service needs of a request: who is asking, and the request's loaders. */
export type Caller = Pick<PatientsContext, 'viewer' | 'loaders'>;
