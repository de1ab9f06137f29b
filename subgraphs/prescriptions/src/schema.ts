import { buildFederatedSchema } from '@hospital/kit';
import { PrescriptionsExportPart } from './export/patient-export.resolver.js';
import type { PrescriptionsContext } from './context.js';
import { Appointment } from './federation/appointments.stub.js';
import { Patient } from './federation/patients.stub.js';
import { prescriptionReference } from './prescription/prescription.reference.js';
import {
  AppointmentPrescriptionsResolver,
  PatientPrescriptionsResolver,
  PrescriptionResolver,
} from './prescription/prescription.resolver.js';

export const buildPrescriptionsSchema = () =>
  buildFederatedSchema<PrescriptionsContext>({
    exportPart: PrescriptionsExportPart,
    resolvers: [PrescriptionResolver, PatientPrescriptionsResolver, AppointmentPrescriptionsResolver],
    stubs: [Patient, Appointment],
    references: { Prescription: prescriptionReference },
  });
