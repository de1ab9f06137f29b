import { Role } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { LOBBY_FIELDS } from './lobby.js';

const viewer = (role: Role, id = 'me') => testViewer(role, id);

describe('who may watch which lobby (docs/rules.md#roles)', () => {
  const requested = LOBBY_FIELDS['appointmentRequested']!;
  const statusChanged = LOBBY_FIELDS['appointmentStatusChanged']!;

  it("lets a doctor watch their own lobby only, and the desk and administrators any doctor's", () => {
    expect(requested.mayWatch(viewer(Role.DOCTOR, 'dr-1'), 'dr-1')).toBe(true);
    expect(requested.mayWatch(viewer(Role.DOCTOR, 'dr-1'), 'dr-2')).toBe(false);
    expect(requested.mayWatch(viewer(Role.STAFF), 'dr-2')).toBe(true);
    expect(requested.mayWatch(viewer(Role.ADMIN), 'dr-2')).toBe(true);
    expect(requested.mayWatch(viewer(Role.PATIENT, 'dr-1'), 'dr-1')).toBe(false);
    expect(requested.mayWatch(viewer(Role.STAKEHOLDER), 'dr-1')).toBe(false);
  });

  it('lets a patient follow their own visits only, and administrators anyone', () => {
    expect(statusChanged.mayWatch(viewer(Role.PATIENT, 'p-1'), 'p-1')).toBe(true);
    expect(statusChanged.mayWatch(viewer(Role.PATIENT, 'p-1'), 'p-2')).toBe(false);
    expect(statusChanged.mayWatch(viewer(Role.ADMIN), 'p-2')).toBe(true);
    expect(statusChanged.mayWatch(viewer(Role.STAFF), 'p-2')).toBe(false);
    expect(statusChanged.mayWatch(viewer(Role.DOCTOR, 'p-1'), 'p-1')).toBe(false);
  });
});
