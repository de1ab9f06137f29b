import type { PatientDataExport } from './patient-export.type.js';

/**
 * The gateway comes back with the export's key and the parts `document`
 * requires, gathered from their owners; they are what the document is made of,
 * and the document checks who asks itself.
 */
export const patientExportReference = {
  __resolveReference: (reference: Record<string, unknown>): PatientDataExport =>
    reference as unknown as PatientDataExport,
};
