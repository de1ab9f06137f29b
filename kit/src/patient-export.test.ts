import { describe, expect, it } from 'vitest';
import { Role, SERVICE_ROLE } from './auth.js';
import { mayExport } from './patient-export.js';
import { testViewer } from './testing/index.js';

describe('mayExport', () => {
  it('gives a patient her own data and an administrator anyone’s', () => {
    expect(mayExport(testViewer(Role.PATIENT, 'p1'), 'p1')).toBe(true);
    expect(mayExport(testViewer(Role.ADMIN, 'a1'), 'p1')).toBe(true);
  });

  it('refuses another patient, every other role and a service', () => {
    expect(mayExport(testViewer(Role.PATIENT, 'p2'), 'p1')).toBe(false);
    for (const role of [Role.DOCTOR, Role.STAFF, Role.STAKEHOLDER]) {
      expect(mayExport(testViewer(role, 'p1'), 'p1')).toBe(false);
    }
    expect(mayExport({ ...testViewer(Role.ADMIN, 'service:appointments'), role: SERVICE_ROLE }, 'p1')).toBe(false);
  });
});
