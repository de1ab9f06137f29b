import { describe, expect, it } from 'vitest';
import { Role } from './auth.js';
import { doctorsOwnOrDesk, patientsOwnOrDesk } from './lobby.js';
import { testViewer } from './testing/index.js';

describe('doctorsOwnOrDesk', () => {
  it('lets the doctor themself, the desk and administrators see the visits', () => {
    expect(doctorsOwnOrDesk(testViewer(Role.DOCTOR, 'doc'), 'doc')).toBe(true);
    expect(doctorsOwnOrDesk(testViewer(Role.STAFF, 'desk'), 'doc')).toBe(true);
    expect(doctorsOwnOrDesk(testViewer(Role.ADMIN, 'admin'), 'doc')).toBe(true);
    expect(doctorsOwnOrDesk(testViewer(Role.DOCTOR, 'other'), 'doc')).toBe(false);
    expect(doctorsOwnOrDesk(testViewer(Role.PATIENT, 'doc'), 'doc')).toBe(false);
    expect(doctorsOwnOrDesk(testViewer(Role.STAKEHOLDER, 'x'), 'doc')).toBe(false);
  });
});

describe('patientsOwnOrDesk', () => {
  it('lets a patient act for herself, STAFF and ADMIN for anyone', () => {
    expect(patientsOwnOrDesk(testViewer(Role.PATIENT, 'patient-1'), 'patient-1')).toBe(true);
    expect(patientsOwnOrDesk(testViewer(Role.PATIENT, 'patient-2'), 'patient-1')).toBe(false);
    expect(patientsOwnOrDesk(testViewer(Role.DOCTOR, 'doctor-1'), 'patient-1')).toBe(false);
    expect(patientsOwnOrDesk(testViewer(Role.STAFF, 'desk'), 'patient-1')).toBe(true);
    expect(patientsOwnOrDesk(testViewer(Role.STAKEHOLDER, 'x'), 'patient-1')).toBe(false);
    expect(patientsOwnOrDesk(testViewer(Role.ADMIN, 'admin'), 'patient-1')).toBe(true);
  });
});
