import type { ExportPart, GatherPart } from '@hospital/kit';
import { Prescription } from '../prescription/prescription.entity.js';

/** Prescriptions' part of a patient's data export: every prescription issued to her. */
export const gatherPrescriptionsPart: GatherPart = async (manager, patientId): Promise<ExportPart> => {
  return {
    prescriptions: await manager.find(Prescription, {
      where: { patientId },
      order: { issuedAt: 'ASC', id: 'ASC' },
    }),
  };
};
