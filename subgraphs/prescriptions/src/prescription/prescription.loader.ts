import { loaderById, loaderOfMany } from '@hospital/kit';
import type { Prescription } from './prescription.entity.js';
import type { PrescriptionService } from './prescription.service.js';

export const createPrescriptionLoader = (prescriptions: PrescriptionService) =>
  loaderById(
    (ids) => prescriptions.findByIds(ids),
    (prescription: Prescription) => prescription.id,
  );

/** Per request: each patient's prescriptions, oldest first, every patient asked in a tick in one query. */
export const createPatientPrescriptionsLoader = (prescriptions: PrescriptionService) =>
  loaderOfMany(
    (patientIds) => prescriptions.findForPatients(patientIds),
    (prescription: Prescription) => prescription.patientId,
  );

/** Per request: each visit's prescriptions, oldest first, every visit asked in a tick in one query. */
export const createAppointmentPrescriptionsLoader = (prescriptions: PrescriptionService) =>
  loaderOfMany(
    (appointmentIds) => prescriptions.findForAppointments(appointmentIds),
    (prescription: Prescription) => prescription.appointmentId,
  );
