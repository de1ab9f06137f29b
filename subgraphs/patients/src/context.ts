import { AuditBatch, type AuditTrail, type Caller, type SubgraphContext } from '@hospital/kit';
import { CARING_STATUSES, createCareLoader, type CarePair, type CareRelationshipService } from '@hospital/kit/care';
import type { VisitsLedger } from './clients/appointments.client.js';
import { createRecordVersionsLoader } from './medical-record/medical-record-version.loader.js';
import { createMedicalRecordsLoader } from './medical-record/medical-record.loader.js';
import type { PatientExportService } from './export/patient-export.service.js';
import type { MedicalRecordService } from './medical-record/medical-record.service.js';
import { createPatientLoader } from './patient/patient.loader.js';
import type { PatientService } from './patient/patient.service.js';

export interface PatientsServices {
  patients: PatientService;
  medicalRecords: MedicalRecordService;
  patientExports: PatientExportService;
  care: CareRelationshipService;
  /** Asked about the visits `care` does not hold yet. */
  visits: VisitsLedger;
  audit: AuditTrail;
}

/**
 * `audit` records the request's reads of profiles, a tick's in one transaction. A
 * doctor's visit the care projection does not hold yet is asked of
 * the appointments subgraph with the request's own `authorization`
 * (docs/decisions.md, "The lobby").
 */
export function createPatientsLoaders(services: PatientsServices, caller: Caller, authorization: string | undefined) {
  const unrecorded = (statuses?: readonly string[]) => (pairs: readonly CarePair[]) =>
    services.visits.withVisits(pairs, statuses, authorization);
  return {
    patient: createPatientLoader(services.patients),
    medicalRecords: createMedicalRecordsLoader(services.medicalRecords),
    recordVersions: createRecordVersionsLoader(services.medicalRecords),
    /** A visit of any kind: the doctor may see who the patient is. */
    hasVisit: createCareLoader(services.care, undefined, unrecorded()),
    /** A visit that keeps the patient in their care: the doctor may read and write records. */
    inCare: createCareLoader(services.care, CARING_STATUSES, unrecorded(CARING_STATUSES)),
    audit: new AuditBatch(services.audit, caller),
  };
}

export type PatientsLoaders = ReturnType<typeof createPatientsLoaders>;

export interface PatientsContext extends SubgraphContext, PatientsServices {
  loaders: PatientsLoaders;
}
