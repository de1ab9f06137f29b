import { buildFederatedSchema } from '@hospital/kit';
import type { PatientsContext } from './context.js';
import { User } from './federation/accounts.stub.js';
import { patientExportReference } from './export/patient-export.reference.js';
import { PatientExportResolver } from './export/patient-export.resolver.js';
import { MedicalRecordResolver } from './medical-record/medical-record.resolver.js';
import { patientReference } from './patient/patient.reference.js';
import { PatientResolver } from './patient/patient.resolver.js';
import { UserResolver } from './user/user.resolver.js';

export const buildPatientsSchema = () =>
  buildFederatedSchema<PatientsContext>({
    resolvers: [PatientResolver, MedicalRecordResolver, UserResolver, PatientExportResolver],
    // No query returns a User here; the gateway reaches it through `_entities`.
    orphanedTypes: [User],
    stubs: [User],
    references: { Patient: patientReference, PatientDataExport: patientExportReference },
  });
