import { Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  checkPrescribable,
  cleanPrescription,
  issuedBy,
  mayPrescribeAt,
  patientPrescriptionsAccess,
  prescriptionAccess,
  prescriptionProblems,
  readsPrescriptions,
} from './prescription.rules.js';

const as = (role: Role, id = `${role.toLowerCase()}-1`): Viewer => testViewer(role, id);
const visit = { doctorId: 'd1', patientId: 'p1' };
const valid = { medication: 'Ferrous sulfate', dosage: '325 mg once a day', days: 30, instructions: null };

describe('who issues a prescription', () => {
  it("lets only the visit's own doctor prescribe at it", () => {
    expect(mayPrescribeAt(as(Role.DOCTOR, 'd1'), visit)).toBe(true);
    expect(mayPrescribeAt(as(Role.DOCTOR, 'd2'), visit)).toBe(false);
  });

  it('lets nobody but a doctor prescribe, even under the id of the visit', () => {
    for (const role of [Role.PATIENT, Role.STAFF, Role.STAKEHOLDER, Role.ADMIN]) {
      expect(mayPrescribeAt(as(role, 'd1'), visit)).toBe(false);
    }
  });
});

describe('which visits take a prescription', () => {
  it('takes approved and completed visits', () => {
    expect(() => checkPrescribable('APPROVED')).not.toThrow();
    expect(() => checkPrescribable('COMPLETED')).not.toThrow();
  });

  it('refuses every other status with VISIT_NOT_PRESCRIBABLE, naming the status', () => {
    for (const status of ['PENDING', 'REJECTED', 'CANCELLED', 'NO_SHOW']) {
      expect(() => checkPrescribable(status)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'BUSINESS_RULE_VIOLATION',
            rule: 'VISIT_NOT_PRESCRIBABLE',
            status,
          }),
        }),
      );
    }
  });
});

describe('prescription details', () => {
  it('accepts a complete prescription, and stores it trimmed', () => {
    expect(prescriptionProblems(valid)).toEqual([]);
    expect(cleanPrescription({ ...valid, medication: '  Folic acid ', instructions: '  With food ' })).toEqual({
      ...valid,
      medication: 'Folic acid',
      instructions: 'With food',
    });
  });

  it('stores blank instructions as none', () => {
    expect(cleanPrescription({ ...valid, instructions: ' \n ' }).instructions).toBeNull();
    expect(cleanPrescription({ ...valid, instructions: undefined }).instructions).toBeNull();
  });

  it('names every bad field at once', () => {
    expect(
      prescriptionProblems({ medication: '  ', dosage: '', days: 0, instructions: 'x'.repeat(2_001) }).map(
        (p) => p.field,
      ),
    ).toEqual(['medication', 'dosage', 'days', 'instructions']);
  });

  it('takes 1 to 365 days, whole days only', () => {
    expect(prescriptionProblems({ ...valid, days: 1 })).toEqual([]);
    expect(prescriptionProblems({ ...valid, days: 365 })).toEqual([]);
    for (const days of [0, -3, 366, 2.5]) {
      expect(prescriptionProblems({ ...valid, days })).toEqual([
        { field: 'days', message: 'must be a whole number from 1 to 365' },
      ]);
    }
  });

  it('bounds the text as the columns do, counting characters, after trimming', () => {
    expect(prescriptionProblems({ ...valid, medication: 'm'.repeat(200), dosage: ` ${'d'.repeat(200)} ` })).toEqual([]);
    expect(prescriptionProblems({ ...valid, medication: 'm'.repeat(201), dosage: 'd'.repeat(201) })).toEqual([
      { field: 'medication', message: 'must be at most 200 characters' },
      { field: 'dosage', message: 'must be at most 200 characters' },
    ]);
    // 2 000 characters of four bytes each: two UTF-16 units apiece, one character for the database.
    expect(prescriptionProblems({ ...valid, instructions: '💊'.repeat(2_000) })).toEqual([]);
  });
});

describe('who reads prescriptions', () => {
  it('refuses stakeholders anything, and lets every other role ask', () => {
    expect(readsPrescriptions(as(Role.STAKEHOLDER))).toBe(false);
    for (const role of [Role.PATIENT, Role.DOCTOR, Role.STAFF, Role.ADMIN]) {
      expect(readsPrescriptions(as(role))).toBe(true);
    }
  });

  it("lets a patient read their own, never another's", () => {
    expect(prescriptionAccess(as(Role.PATIENT, 'p1'), visit)).toBe('granted');
    expect(prescriptionAccess(as(Role.PATIENT, 'p2'), visit)).toBe('refused');
    expect(patientPrescriptionsAccess(as(Role.PATIENT, 'p1'), 'p1')).toBe('granted');
    expect(patientPrescriptionsAccess(as(Role.PATIENT, 'p2'), 'p1')).toBe('refused');
  });

  it('lets a doctor read what they issued, and the rest while the patient is in their care', () => {
    expect(prescriptionAccess(as(Role.DOCTOR, 'd1'), visit)).toBe('granted');
    expect(prescriptionAccess(as(Role.DOCTOR, 'd2'), visit)).toBe('if-in-their-care');
    expect(patientPrescriptionsAccess(as(Role.DOCTOR, 'd2'), 'p1')).toBe('if-in-their-care');
  });

  it('lets reception and administrators read any', () => {
    for (const role of [Role.STAFF, Role.ADMIN]) {
      expect(prescriptionAccess(as(role), visit)).toBe('granted');
      expect(patientPrescriptionsAccess(as(role), 'p1')).toBe('granted');
    }
  });

  it('refuses stakeholders one prescription and a whole list alike', () => {
    expect(prescriptionAccess(as(Role.STAKEHOLDER), visit)).toBe('refused');
    expect(patientPrescriptionsAccess(as(Role.STAKEHOLDER), 'p1')).toBe('refused');
  });

  it('shows a doctor without the patient in their care the prescriptions they issued, and no others', () => {
    const issued = [
      { id: 'a', doctorId: 'd1', patientId: 'p1' },
      { id: 'b', doctorId: 'd2', patientId: 'p1' },
      { id: 'c', doctorId: 'd1', patientId: 'p1' },
    ];
    expect(issuedBy('d1', issued).map((p) => p.id)).toEqual(['a', 'c']);
    expect(issuedBy('d3', issued)).toEqual([]);
  });
});
