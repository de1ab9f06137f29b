import { Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { isDoctorThemself, mayManageDoctor, mayMoveDoctor, maySeeDoctorPrivateDetails } from './doctor.rules.js';

const DOCTOR_ID = 'd0c70000-0000-4000-8000-000000000001';
const as = (role: Role, id = 'someone-else'): Viewer => testViewer(role, id);

describe('isDoctorThemself', () => {
  it('is the doctor signed in to their own account', () => {
    expect(isDoctorThemself(as(Role.DOCTOR, DOCTOR_ID), DOCTOR_ID)).toBe(true);
  });
  it('is not another doctor, nor an account of another role that happens to carry the id', () => {
    expect(isDoctorThemself(as(Role.DOCTOR), DOCTOR_ID)).toBe(false);
    expect(isDoctorThemself(as(Role.PATIENT, DOCTOR_ID), DOCTOR_ID)).toBe(false);
    expect(isDoctorThemself(null, DOCTOR_ID)).toBe(false);
  });
});

describe('maySeeDoctorPrivateDetails', () => {
  it.each([
    ['an administrator', as(Role.ADMIN), true],
    ['the doctor themself', as(Role.DOCTOR, DOCTOR_ID), true],
    ['staff', as(Role.STAFF), false],
    ['staff whose account happens to carry the id', as(Role.STAFF, DOCTOR_ID), false],
    ['another doctor', as(Role.DOCTOR), false],
    ['a patient', as(Role.PATIENT), false],
    ['a stakeholder', as(Role.STAKEHOLDER), false],
    ['an anonymous caller', null, false],
  ])('%s: %s', (_who, viewer, allowed) => expect(maySeeDoctorPrivateDetails(viewer, DOCTOR_ID)).toBe(allowed));
});

describe('mayManageDoctor', () => {
  it.each([
    ['an administrator', as(Role.ADMIN), true],
    ['the doctor themself', as(Role.DOCTOR, DOCTOR_ID), true],
    ['staff', as(Role.STAFF), false],
    ['another doctor', as(Role.DOCTOR), false],
    ['a patient', as(Role.PATIENT), false],
    ['an anonymous caller', null, false],
  ])('%s: %s', (_who, viewer, allowed) => expect(mayManageDoctor(viewer, DOCTOR_ID)).toBe(allowed));
});

describe('mayMoveDoctor', () => {
  it('is for administrators alone, not for the doctor themself', () => {
    expect(mayMoveDoctor(as(Role.ADMIN))).toBe(true);
    expect(mayMoveDoctor(as(Role.DOCTOR, DOCTOR_ID))).toBe(false);
    expect(mayMoveDoctor(as(Role.STAFF))).toBe(false);
    expect(mayMoveDoctor(null)).toBe(false);
  });
});
