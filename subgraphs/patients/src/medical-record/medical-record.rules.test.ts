import { Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { medicalRecordProblems, recordAccess } from './medical-record.rules.js';

const as = (role: Role, id = `${role.toLowerCase()}-1`): Viewer => testViewer(role, id);

describe('who may read and write medical records', () => {
  it('lets the patient read their own, never write them', () => {
    expect(recordAccess(as(Role.PATIENT, 'p1'), 'p1', 'read')).toBe('granted');
    expect(recordAccess(as(Role.PATIENT, 'p1'), 'p1', 'write')).toBe('refused');
    expect(recordAccess(as(Role.PATIENT, 'p1'), 'p2', 'read')).toBe('refused');
  });

  it('lets a doctor read and write those of patients in their care', () => {
    expect(recordAccess(as(Role.DOCTOR), 'p1', 'read')).toBe('if-in-their-care');
    expect(recordAccess(as(Role.DOCTOR), 'p1', 'write')).toBe('if-in-their-care');
  });

  it('lets an administrator read but not write', () => {
    expect(recordAccess(as(Role.ADMIN), 'p1', 'read')).toBe('granted');
    expect(recordAccess(as(Role.ADMIN), 'p1', 'write')).toBe('refused');
  });

  it('refuses reception and stakeholders', () => {
    for (const role of [Role.STAFF, Role.STAKEHOLDER]) {
      expect(recordAccess(as(role), 'p1', 'read')).toBe('refused');
      expect(recordAccess(as(role), 'p1', 'write')).toBe('refused');
    }
  });
});

describe('medical record input', () => {
  it('needs a diagnosis that is not blank', () => {
    expect(medicalRecordProblems({ diagnosis: 'Gestational diabetes' })).toEqual([]);
    expect(medicalRecordProblems({ diagnosis: ' \n ' })).toEqual([
      { field: 'diagnosis', message: 'must not be blank' },
    ]);
  });
});
