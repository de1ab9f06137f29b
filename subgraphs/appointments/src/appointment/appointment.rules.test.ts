import { BusinessRuleViolation, Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { AppointmentStatus } from './appointment.enums.js';
import {
  cancellationFeeCents,
  checkNotStarted,
  checkReschedule,
  checkStarted,
  hasAppointments,
  holdsSlot,
  isDoctorOf,
  listScope,
  mayCancel,
  mayDecide,
  mayListVisitsOf,
  mayRead,
  mayReschedule,
  movedTerms,
  moveTarget,
  nextStatus,
  visibleScope,
  type AppointmentAction,
  type VisitTerms,
} from './appointment.rules.js';

const { PENDING, APPROVED, REJECTED, CANCELLED, COMPLETED, NO_SHOW } = AppointmentStatus;
const ruleOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    if (error instanceof BusinessRuleViolation) return error.rule;
    throw error;
  }
};

describe('nextStatus', () => {
  it.each<[AppointmentStatus, AppointmentAction, AppointmentStatus]>([
    [PENDING, 'approve', APPROVED],
    [PENDING, 'reject', REJECTED],
    [PENDING, 'cancel', CANCELLED],
    [APPROVED, 'cancel', CANCELLED],
    [APPROVED, 'complete', COMPLETED],
    [APPROVED, 'noShow', NO_SHOW],
    [PENDING, 'reschedule', PENDING],
    [APPROVED, 'reschedule', APPROVED],
  ])('%s --%s--> %s', (from, action, to) => expect(nextStatus(from, action)).toBe(to));

  it.each<[AppointmentStatus, AppointmentAction]>([
    [APPROVED, 'approve'],
    [APPROVED, 'reject'],
    [PENDING, 'complete'],
    [PENDING, 'noShow'],
    [REJECTED, 'approve'],
    [REJECTED, 'cancel'],
    [CANCELLED, 'cancel'],
    [CANCELLED, 'reschedule'],
    [COMPLETED, 'cancel'],
    [COMPLETED, 'noShow'],
    [NO_SHOW, 'complete'],
  ])('refuses %s --%s-- with INVALID_TRANSITION', (from, action) =>
    expect(ruleOf(() => nextStatus(from, action))).toBe('INVALID_TRANSITION'),
  );
});

describe('holdsSlot', () => {
  it('is true for PENDING and APPROVED only', () => {
    expect(Object.values(AppointmentStatus).filter(holdsSlot)).toEqual([PENDING, APPROVED]);
  });
});

describe('checkReschedule', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  it('allows two reschedules more than an hour ahead', () => {
    expect(ruleOf(() => checkReschedule(0, start, new Date('2026-12-01T07:59:59Z')))).toBeUndefined();
    expect(ruleOf(() => checkReschedule(1, start, new Date('2026-12-01T08:00:00Z')))).toBeUndefined();
  });
  it('refuses a third (RESCHEDULE_LIMIT)', () => {
    expect(ruleOf(() => checkReschedule(2, start, new Date('2026-11-01T00:00:00Z')))).toBe('RESCHEDULE_LIMIT');
  });
  it('refuses within an hour of the start (RESCHEDULE_WINDOW)', () => {
    expect(ruleOf(() => checkReschedule(0, start, new Date('2026-12-01T08:00:01Z')))).toBe('RESCHEDULE_WINDOW');
    expect(ruleOf(() => checkReschedule(0, start, new Date('2026-12-01T10:00:00Z')))).toBe('RESCHEDULE_WINDOW');
  });
});

describe('checkStarted', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  it('refuses before the start (TOO_EARLY) and allows from the start on', () => {
    expect(ruleOf(() => checkStarted(start, new Date('2026-12-01T08:59:59Z')))).toBe('TOO_EARLY');
    expect(ruleOf(() => checkStarted(start, start))).toBeUndefined();
    expect(ruleOf(() => checkStarted(start, new Date('2026-12-02T00:00:00Z')))).toBeUndefined();
  });
});

describe('cancellationFeeCents', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  it('is 50 % at two hours or less before the start', () => {
    expect(cancellationFeeCents(10_000, start, new Date('2026-12-01T07:00:00Z'), false)).toBe(5_000);
    expect(cancellationFeeCents(10_000, start, new Date('2026-12-01T08:59:00Z'), false)).toBe(5_000);
  });
  it('is nothing earlier, and nothing when the doctor cancels', () => {
    expect(cancellationFeeCents(10_000, start, new Date('2026-12-01T06:59:59Z'), false)).toBe(0);
    expect(cancellationFeeCents(10_000, start, new Date('2026-12-01T08:30:00Z'), true)).toBe(0);
  });
  it('rounds half a cent away from zero', () => {
    expect(cancellationFeeCents(12_345, start, new Date('2026-12-01T08:59:00Z'), false)).toBe(6_173);
  });
});

describe('checkNotStarted', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  it('refuses to cancel a visit whose start has passed (TOO_LATE)', () => {
    expect(() => checkNotStarted(start, new Date('2026-12-01T08:59:59Z'))).not.toThrow();
    expect(() => checkNotStarted(start, start)).toThrow(expect.objectContaining({ rule: 'TOO_LATE' }));
  });
});

describe('permissions', () => {
  const patientId = 'patient-1';
  const doctorId = 'doctor-1';
  const visit = { patientId, doctorId };
  const as = (role: Role, id = 'someone-else'): Viewer => testViewer(role, id);
  const patient = as(Role.PATIENT, patientId);
  const otherPatient = as(Role.PATIENT);
  const doctor = as(Role.DOCTOR, doctorId);
  const otherDoctor = as(Role.DOCTOR);
  const staff = as(Role.STAFF);
  const stakeholder = as(Role.STAKEHOLDER);
  const admin = as(Role.ADMIN);

  it('read: own for patient and doctor, all for STAFF and ADMIN, none for STAKEHOLDER', () => {
    expect(
      [patient, otherPatient, doctor, otherDoctor, staff, stakeholder, admin].map((v) => mayRead(v, visit)),
    ).toEqual([true, false, true, false, true, false, true]);
  });
  it('decide (approve, reject, complete, no-show): the doctor and ADMIN', () => {
    expect([patient, doctor, otherDoctor, staff, stakeholder, admin].map((v) => mayDecide(v, visit))).toEqual([
      false,
      true,
      false,
      false,
      false,
      true,
    ]);
  });
  it('cancel: patient, doctor, STAFF, ADMIN', () => {
    expect(
      [patient, otherPatient, doctor, otherDoctor, staff, stakeholder, admin].map((v) => mayCancel(v, visit)),
    ).toEqual([true, false, true, false, true, false, true]);
  });
  it('reschedule: patient, STAFF, ADMIN', () => {
    expect([patient, otherPatient, doctor, staff, stakeholder, admin].map((v) => mayReschedule(v, visit))).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
  });
  it('lists are narrowed to the caller, and refused to stakeholders', () => {
    expect(visibleScope(patient)).toEqual({ patientId });
    expect(visibleScope(doctor)).toEqual({ doctorId });
    expect(visibleScope(staff)).toEqual({});
    expect(visibleScope(stakeholder)).toBeUndefined();
  });
  it("the visit's own doctor, and no one else", () => {
    expect([patient, doctor, otherDoctor, staff, admin].map((v) => isDoctorOf(v, visit))).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });
  it('appointments at all: every role but STAKEHOLDER', () => {
    expect([patient, doctor, staff, stakeholder, admin].map(hasAppointments)).toEqual([true, true, true, false, true]);
  });
  it('a list shows the caller their own, narrowed by the filter; asking for another patient or doctor is refused', () => {
    expect(listScope(patient, null)).toEqual({ patientId, doctorId: undefined });
    expect(listScope(patient, { patientId, doctorId: 'doctor-2' })).toEqual({ patientId, doctorId: 'doctor-2' });
    expect(listScope(patient, { patientId: 'patient-2' })).toEqual({
      refusal: 'A patient may only list their own appointments',
    });
    expect(listScope(doctor, { patientId })).toEqual({ patientId, doctorId });
    expect(listScope(doctor, { doctorId: 'doctor-2' })).toEqual({
      refusal: 'A doctor may only list their own appointments',
    });
    expect(listScope(staff, undefined)).toEqual({ patientId: undefined, doctorId: undefined });
    expect(listScope(admin, { patientId, doctorId: null })).toEqual({ patientId, doctorId: undefined });
    expect(listScope(stakeholder, {})).toEqual({ refusal: 'Appointments are not open to stakeholders' });
  });
  it("a patient's visits: the patient asks only for her own, everyone else as far as their list goes", () => {
    expect(
      [patient, otherPatient, doctor, otherDoctor, staff, stakeholder, admin].map((v) => mayListVisitsOf(v, patientId)),
    ).toEqual([true, false, true, true, true, true, true]);
  });
});

describe('moving a visit elsewhere (moveTarget, movedTerms)', () => {
  const visit: VisitTerms = {
    doctorId: 'dr-a',
    serviceId: 'svc-consult',
    departmentId: 'obstetrics',
    durationMinutes: 30,
    priceCents: 10_500,
  };
  const service = (id: string, departmentId = 'obstetrics', durationMinutes = 60, priceCents = 14_000) => ({
    id,
    departmentId,
    durationMinutes,
    priceCents,
    departmentName: departmentId,
  });
  const doctor = (id: string, departmentId = 'obstetrics') => ({
    id,
    departmentId,
    weeklyAvailability: [],
    timeOff: [],
    extraHours: [],
  });
  const messageOf = (work: () => unknown): string => {
    try {
      work();
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("asks for the named doctor and service, else keeps the visit's own (null or absent alike)", () => {
    expect(moveTarget(visit)).toEqual({ doctorId: 'dr-a', serviceId: 'svc-consult' });
    expect(moveTarget(visit, { doctorId: null, serviceId: null })).toEqual({
      doctorId: 'dr-a',
      serviceId: 'svc-consult',
    });
    expect(moveTarget(visit, { doctorId: 'dr-b' })).toEqual({ doctorId: 'dr-b', serviceId: 'svc-consult' });
    expect(moveTarget(visit, { serviceId: 'svc-scan' })).toEqual({ doctorId: 'dr-a', serviceId: 'svc-scan' });
  });

  it('keeps the booked length and price when the service stays, even if the catalogue changed since', () => {
    const repriced = service('svc-consult', 'obstetrics', 45, 99_900);
    expect(movedTerms(visit, repriced, doctor('dr-b'))).toEqual({ ...visit, doctorId: 'dr-b' });
  });

  it("takes another service's length and price", () => {
    expect(movedTerms(visit, service('svc-scan'), doctor('dr-a'))).toEqual({
      doctorId: 'dr-a',
      serviceId: 'svc-scan',
      departmentId: 'obstetrics',
      durationMinutes: 60,
      priceCents: 14_000,
    });
    expect(movedTerms(visit, service('svc-scan'), doctor('dr-b'))).toMatchObject({
      doctorId: 'dr-b',
      priceCents: 14_000,
    });
  });

  it('refuses a doctor or a service of another department (DEPARTMENT_MISMATCH), saying which', () => {
    const sameService = service('svc-consult');
    expect(ruleOf(() => movedTerms(visit, sameService, doctor('dr-x', 'neonatology')))).toBe('DEPARTMENT_MISMATCH');
    expect(messageOf(() => movedTerms(visit, sameService, doctor('dr-x', 'neonatology')))).toMatch(/doctor/);
    const elsewhere = service('svc-x', 'neonatology');
    expect(ruleOf(() => movedTerms(visit, elsewhere, doctor('dr-a')))).toBe('DEPARTMENT_MISMATCH');
    expect(messageOf(() => movedTerms(visit, elsewhere, doctor('dr-a')))).toMatch(/service/);
    // A doctor and a service that agree with each other, but in another department: still refused.
    expect(ruleOf(() => movedTerms(visit, elsewhere, doctor('dr-x', 'neonatology')))).toBe('DEPARTMENT_MISMATCH');
  });
});
