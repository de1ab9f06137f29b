import { describe, expect, it } from 'vitest';
import { Role } from './auth.js';
import { doctorsOwnOrDesk } from './lobby.js';
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
