import { CARING_STATUSES, createCareLoader, type CareRelationshipService, type SubgraphContext } from '@hospital/kit';
import { createMedicalRecordsLoader } from './medical-record/medical-record.loader.js';
import type { MedicalRecordService } from './medical-record/medical-record.service.js';
import { createPatientLoader } from './patient/patient.loader.js';
import type { PatientService } from './patient/patient.service.js';

/** The process-wide services, built once in app.ts. */
export interface PatientsServices {
  patients: PatientService;
  medicalRecords: MedicalRecordService;
  care: CareRelationshipService;
}

/** A fresh set per request, so that no cached row or permission outlives the request that read it. */
export function createPatientsLoaders(services: PatientsServices) {
  return {
    patient: createPatientLoader(services.patients),
    medicalRecords: createMedicalRecordsLoader(services.medicalRecords),
    /** A visit of any kind: the doctor may see who the patient is. */
    hasVisit: createCareLoader(services.care),
    /** A visit that keeps the patient in their care: the doctor may read and write records. */
    inCare: createCareLoader(services.care, CARING_STATUSES),
  };
}

export type PatientsLoaders = ReturnType<typeof createPatientsLoaders>;

export interface PatientsContext extends SubgraphContext, PatientsServices {
  loaders: PatientsLoaders;
}

/** What a service needs of a request: who is asking, and the request's loaders. */
export type Caller = Pick<PatientsContext, 'viewer' | 'loaders' | 'requestId' | 'clientAddress'>;
