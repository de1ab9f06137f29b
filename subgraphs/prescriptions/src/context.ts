import {
  AuditBatch,
  type AuditedRequest,
  type AuditTrail,
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
export function createPrescriptionsLoaders(
  { prescriptions, care, audit }: PrescriptionsServices,
  request: AuditedRequest,
) {
  return {
    prescription: createPrescriptionLoader(prescriptions),
    prescriptionsOfPatient: createPatientPrescriptionsLoader(prescriptions),
    prescriptionsOfAppointment: createAppointmentPrescriptionsLoader(prescriptions),
    /** A visit that keeps the patient in a doctor's care, as for medical records. */
    inCare: createCareLoader(care, CARING_STATUSES),
    audit: new AuditBatch(audit, request),
  };
}

export type PrescriptionsLoaders = ReturnType<typeof createPrescriptionsLoaders>;

export interface PrescriptionsContext extends SubgraphContext, PrescriptionsServices {
  loaders: PrescriptionsLoaders;
  /** The appointments subgraph as this request's caller sees it. */
  visits: RequestVisits;
}

/**
 * What a service needs of a request: who is asking, the request's loaders, the
 * visits as they see them, and what its audit entries name.
 */
export type Caller = Pick<PrescriptionsContext, 'viewer' | 'loaders' | 'visits' | 'requestId' | 'clientAddress'>;
