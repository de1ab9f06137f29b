import { buildFederatedSchema } from '@hospital/kit';
import { PrescriptionsExportPart } from './export/patient-export.resolver.js';
import type { PrescriptionsContext } from './context.js';
import { appointmentReference } from './federation/appointment.reference.js';
import { patientReference } from './federation/patient.reference.js';
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
    references: {
      Prescription: prescriptionReference,
      Patient: patientReference,
      Appointment: appointmentReference,
    },
  });
