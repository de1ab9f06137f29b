import type { ExportPart } from '@hospital/kit';

/** The document's format, named in it, so that a reader knows which shape it holds. */
export const EXPORT_FORMAT = 'hospital.patient-data-export/1';

/**
 * One document from the parts, each part's keys at the top level (`profile`,
 * `invoices`, `auditEvents` …). Two parts naming the same key would lose one of
 * them: that is a fault of the subgraphs, refused rather than written over.
 */
export function assembleExport(patientId: string, parts: readonly ExportPart[]): ExportPart {
  const document: ExportPart = { format: EXPORT_FORMAT, patientId };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in document) throw new Error(`two parts of the export both hold "${key}"`);
      document[key] = value;
    }
  }
  return document;
}
