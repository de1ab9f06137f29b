import { Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  cleanPatientDetails,
  dateOfBirthProblem,
  patientDetailProblems,
  patientListScope,
  profileAccess,
  registrationBy,
} from './patient.rules.js';

const as = (role: Role, id = `${role.toLowerCase()}-1`): Viewer => testViewer(role, id);
const TODAY = '2026-03-15';
const valid = {
  name: 'Olena Kovalenko',
  email: 'olena@example.com',
  phone: '+380441234567',
  dateOfBirth: '1994-07-02',
  address: 'Khreshchatyk 1, Kyiv',
};

describe('patient details', () => {
  it('accepts a complete, well-formed registration', () => {
    expect(patientDetailProblems(valid, TODAY)).toEqual([]);
  });

  it('names every broken field at once', () => {
    const problems = patientDetailProblems(
      { name: '   ', email: 'not-an-email', phone: '0441234567', dateOfBirth: '2030-01-01', address: '\t' },
      TODAY,
    );
    expect(problems.map((p) => p.field)).toEqual(['name', 'email', 'phone', 'dateOfBirth', 'address']);
  });

  it('checks only the fields an update gives, and refuses to remove a required one', () => {
    expect(patientDetailProblems({ phone: '+12025550123' }, TODAY)).toEqual([]);
    expect(patientDetailProblems({ name: null, gender: null }, TODAY)).toEqual([
      { field: 'name', message: 'cannot be removed' },
    ]);
  });

  it.each([
    ['+380441234567', true],
    ['+12025550123', true],
    ['380441234567', false],
    ['+0441234567', false],
    ['+38 044 123 45 67', false],
    ['+1234567890123456', false],
  ])('phone %s is E.164: %s', (phone, ok) => {
    expect(patientDetailProblems({ phone }, TODAY)).toHaveLength(ok ? 0 : 1);
  });

  it('takes a date of birth up to today in the clinic, not after, not an impossible day', () => {
    expect(dateOfBirthProblem('2026-03-15', TODAY)).toBeUndefined();
    expect(dateOfBirthProblem('2026-03-16', TODAY)).toBe('must not be in the future');
    expect(dateOfBirthProblem('2023-02-29', TODAY)).toMatch(/real calendar date/);
    expect(dateOfBirthProblem('1994-7-2', TODAY)).toMatch(/real calendar date/);
    expect(dateOfBirthProblem('1899-12-31', TODAY)).toMatch(/before 1900-01-01/);
  });

  it('stores details trimmed, the e-mail normalized and a blank gender as none', () => {
    expect(cleanPatientDetails({ ...valid, name: '  Olena  ', email: ' Olena@Example.COM ', gender: '  ' })).toEqual({
      ...valid,
      name: 'Olena',
      email: 'olena@example.com',
      gender: null,
    });
    expect(cleanPatientDetails({ address: ' Lviv ' })).toEqual({ address: 'Lviv' });
  });
});

describe('who may see and change a profile', () => {
  it('lets the patient themself read and update it', () => {
    expect(profileAccess(as(Role.PATIENT, 'p1'), 'p1', 'read')).toBe('granted');
    expect(profileAccess(as(Role.PATIENT, 'p1'), 'p1', 'update')).toBe('granted');
    expect(profileAccess(as(Role.PATIENT, 'p1'), 'p2', 'read')).toBe('refused');
  });

  it('lets reception and administrators read and update any profile', () => {
    for (const role of [Role.STAFF, Role.ADMIN]) {
      expect(profileAccess(as(role), 'p1', 'read')).toBe('granted');
      expect(profileAccess(as(role), 'p1', 'update')).toBe('granted');
    }
  });

  it('lets a doctor read only the profile of a patient in their care, and change none', () => {
    expect(profileAccess(as(Role.DOCTOR), 'p1', 'read')).toBe('if-in-their-care');
    expect(profileAccess(as(Role.DOCTOR), 'p1', 'update')).toBe('refused');
  });

  it('refuses stakeholders', () => {
    expect(profileAccess(as(Role.STAKEHOLDER), 'p1', 'read')).toBe('refused');
  });

  it('registers a patient as themself, reception and administrators a walk-in, nobody else', () => {
    expect(registrationBy(as(Role.PATIENT))).toBe('self');
    expect(registrationBy(as(Role.STAFF))).toBe('walk-in');
    expect(registrationBy(as(Role.ADMIN))).toBe('walk-in');
    expect(registrationBy(as(Role.DOCTOR))).toBe('refused');
    expect(registrationBy(as(Role.STAKEHOLDER))).toBe('refused');
  });

  it('lists every patient to reception and administrators, a doctor their own, nobody else any', () => {
    expect(patientListScope(as(Role.STAFF))).toBe('all');
    expect(patientListScope(as(Role.ADMIN))).toBe('all');
    expect(patientListScope(as(Role.DOCTOR))).toBe('in-their-care');
    expect(patientListScope(as(Role.PATIENT))).toBe('refused');
    expect(patientListScope(as(Role.STAKEHOLDER))).toBe('refused');
  });
});
