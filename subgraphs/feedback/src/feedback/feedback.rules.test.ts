import { BadUserInputError, BusinessRuleViolation, Role, type Viewer, type VisitStatus } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  checkCompleted,
  MAX_COMMENT_LENGTH,
  mayRate,
  mayRead,
  validSubmission,
  type Parties,
} from './feedback.rules.js';

const viewer = (role: Role, id = 'someone'): Viewer => testViewer(role, id);
const visit: Parties = { patientId: 'patient-1', doctorId: 'doctor-1' };

const fieldsOf = (work: () => unknown): string[] => {
  try {
    work();
    return [];
  } catch (error) {
    if (error instanceof BadUserInputError) {
      return (error.extensions['fields'] as { field: string }[]).map((f) => f.field);
    }
    throw error;
  }
};

describe('validSubmission', () => {
  it.each([1, 2, 3, 4, 5])('takes a rating of %i', (rating) =>
    expect(validSubmission(rating, undefined)).toEqual({ rating, comment: null }),
  );

  it.each([0, 6, -1, 2.5, Number.NaN])('refuses a rating of %s', (rating) =>
    expect(fieldsOf(() => validSubmission(rating, null))).toEqual(['rating']),
  );

  it('trims the comment', () =>
    expect(validSubmission(5, '  Attentive and kind.\n')).toEqual({ rating: 5, comment: 'Attentive and kind.' }));

  it.each([null, undefined, '', '   ', '\n\t '])('stores a blank comment (%j) as none', (comment) =>
    expect(validSubmission(4, comment).comment).toBeNull(),
  );

  it('takes a comment of the longest length, counting what surrounds it out', () => {
    const longest = 'a'.repeat(MAX_COMMENT_LENGTH);
    expect(validSubmission(3, `   ${longest}   `).comment).toBe(longest);
  });

  it('refuses a comment one character too long', () =>
    expect(fieldsOf(() => validSubmission(3, 'a'.repeat(MAX_COMMENT_LENGTH + 1)))).toEqual(['comment']));

  it('counts characters, not UTF-16 units, as the database column does', () => {
    const hearts = '💛'.repeat(MAX_COMMENT_LENGTH);
    expect(hearts.length).toBe(2 * MAX_COMMENT_LENGTH);
    expect(validSubmission(5, hearts).comment).toBe(hearts);
  });

  it('names every broken field at once', () =>
    expect(fieldsOf(() => validSubmission(9, 'a'.repeat(MAX_COMMENT_LENGTH + 1)))).toEqual(['rating', 'comment']));
});

describe('mayRate', () => {
  it("lets the visit's patient rate it", () => expect(mayRate(viewer(Role.PATIENT, 'patient-1'), visit)).toBe(true));

  it('refuses another patient', () => expect(mayRate(viewer(Role.PATIENT, 'patient-2'), visit)).toBe(false));

  it.each([Role.DOCTOR, Role.STAFF, Role.STAKEHOLDER, Role.ADMIN])('refuses %s, even with the patient id', (role) =>
    expect(mayRate(viewer(role, 'patient-1'), visit)).toBe(false),
  );
});

describe('checkCompleted', () => {
  it('accepts a completed visit', () => expect(() => checkCompleted('COMPLETED')).not.toThrow());

  it.each<VisitStatus>(['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED', 'NO_SHOW'])(
    'refuses a %s visit with VISIT_NOT_COMPLETED',
    (status) => {
      try {
        checkCompleted(status);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BusinessRuleViolation);
        expect((error as BusinessRuleViolation).rule).toBe('VISIT_NOT_COMPLETED');
      }
    },
  );
});

describe('mayRead', () => {
  it.each([Role.STAFF, Role.STAKEHOLDER, Role.ADMIN])('lets %s read any feedback', (role) =>
    expect(mayRead(viewer(role), visit)).toBe(true),
  );

  it('lets the doctor read the feedback on their own visits only', () => {
    expect(mayRead(viewer(Role.DOCTOR, 'doctor-1'), visit)).toBe(true);
    expect(mayRead(viewer(Role.DOCTOR, 'doctor-2'), visit)).toBe(false);
  });

  it('lets the patient read the feedback they wrote only', () => {
    expect(mayRead(viewer(Role.PATIENT, 'patient-1'), visit)).toBe(true);
    expect(mayRead(viewer(Role.PATIENT, 'patient-2'), visit)).toBe(false);
  });

  it('does not take a doctor for the patient of the same id', () =>
    expect(mayRead(viewer(Role.DOCTOR, 'patient-1'), visit)).toBe(false));
});
