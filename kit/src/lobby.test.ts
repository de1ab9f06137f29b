import { describe, expect, it } from 'vitest';
import { Role } from './auth.js';
import { doctorsOwnOrDesk, patientsOwnOrDesk } from './lobby.js';
import { testViewer } from './testing/index.js';

/** Each role, as the person watched ('me') where it could be her, and as someone else. */
const viewers = [
  testViewer(Role.DOCTOR, 'me'),
  testViewer(Role.DOCTOR, 'other'),
  testViewer(Role.PATIENT, 'me'),
  testViewer(Role.PATIENT, 'other'),
  testViewer(Role.STAFF, 'desk'),
  testViewer(Role.ADMIN, 'admin'),
  testViewer(Role.STAKEHOLDER, 'me'),
];

describe('who may follow whose visits', () => {
  it.each([
    ['doctorsOwnOrDesk: the doctor themself', doctorsOwnOrDesk, [true, false, false, false, true, true, false]],
    ['patientsOwnOrDesk: the patient herself', patientsOwnOrDesk, [false, false, true, false, true, true, false]],
  ])('%s, the desk and administrators', (_, rule, expected) => {
    expect(viewers.map((viewer) => rule(viewer, 'me'))).toEqual(expected);
  });
});
