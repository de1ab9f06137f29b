import { hasRole, Role, type InvalidField, type Viewer } from '@hospital/kit';
import { type Access } from '@hospital/kit/care';

/**
 * Characters, chosen so that the sealed text of four-byte characters still fits a
 * TEXT column (64 KiB) on MySQL: base64 adds a third.
 */
export const MEDICAL_RECORD_LIMITS = { diagnosis: 2_000, notes: 10_000 } as const;

/** Only doctors write medical records. */
export const RECORD_WRITERS = [Role.DOCTOR];

/**
 * Medical records: the patient reads their own; a doctor reads and writes those
 * of patients in their care; an administrator reads; nobody else.
 */
export function recordAccess(viewer: Viewer, patientId: string, action: 'read' | 'write'): Access {
  if (hasRole(viewer, ...RECORD_WRITERS)) return 'if-in-their-care';
  if (action === 'write') return 'refused';
  if (viewer.id === patientId || viewer.role === Role.ADMIN) return 'granted';
  return 'refused';
}

export function medicalRecordProblems(input: { diagnosis: string }): InvalidField[] {
  return input.diagnosis.trim() ? [] : [{ field: 'diagnosis', message: 'must not be blank' }];
}
