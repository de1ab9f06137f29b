import {
  AuditBatch,
  type AuditTrail,
  type Caller,
  type SubgraphContext,
  type RequestVisits,
  type VisitDirectory,
  type ExportPartService,
} from '@hospital/kit';
import { CARING_STATUSES, createCareLoader, type CareRelationshipService } from '@hospital/kit/care';
import {
  createAppointmentPrescriptionsLoader,
  createPatientPrescriptionsLoader,
  createPrescriptionLoader,
} from './prescription/prescription.loader.js';
import type { PrescriptionService } from './prescription/prescription.service.js';

export interface PrescriptionsServices {
  prescriptions: PrescriptionService;
  care: CareRelationshipService;
  visitDirectory: VisitDirectory;
  prescriptionsExport: ExportPartService;
  audit: AuditTrail;
}

/** `audit` records the request's reads of prescriptions, a tick's in one transaction. */
export function createPrescriptionsLoaders({ prescriptions, care, audit }: PrescriptionsServices, caller: Caller) {
  return {
    prescription: createPrescriptionLoader(prescriptions),
    prescriptionsOfPatient: createPatientPrescriptionsLoader(prescriptions),
    prescriptionsOfAppointment: createAppointmentPrescriptionsLoader(prescriptions),
    /** A visit that keeps the patient in a doctor's care, as for medical records. */
    inCare: createCareLoader(care, CARING_STATUSES),
    audit: new AuditBatch(audit, caller),
  };
}

export type PrescriptionsLoaders = ReturnType<typeof createPrescriptionsLoaders>;

export interface PrescriptionsContext extends SubgraphContext, PrescriptionsServices {
  loaders: PrescriptionsLoaders;
  /** The appointments subgraph as this request's caller sees it. */
  visits: RequestVisits;
}
