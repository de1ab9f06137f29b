import {
  BadUserInputError,
  BusinessRuleViolation,
  ForbiddenError,
  Role,
  SERVICE_ROLE,
  UnauthenticatedError,
  type Viewer,
} from '@hospital/kit';
import { type VisitStatus } from '@hospital/kit/events';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  checkCompleted,
  checkEntriesFilter,
  entriesScope,
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

describe('entriesScope', () => {
  it.each([Role.STAFF, Role.STAKEHOLDER, Role.ADMIN])("lets %s list everyone's, or the doctor named", (role) => {
    expect(entriesScope(viewer(role), undefined)).toBeNull();
    expect(entriesScope(viewer(role), null)).toBeNull();
    expect(entriesScope(viewer(role), 'doctor-2')).toBe('doctor-2');
  });

  it('keeps a doctor to her own, named or not', () => {
    expect(entriesScope(viewer(Role.DOCTOR, 'doctor-1'), undefined)).toBe('doctor-1');
    expect(entriesScope(viewer(Role.DOCTOR, 'doctor-1'), 'doctor-1')).toBe('doctor-1');
  });

  it('refuses a doctor naming another doctor with FORBIDDEN, rather than answering with her own', () =>
    expect(() => entriesScope(viewer(Role.DOCTOR, 'doctor-1'), 'doctor-2')).toThrow(ForbiddenError));

  it('refuses a patient, and a service, with FORBIDDEN, even naming a doctor', () => {
    const service: Viewer = { ...viewer(Role.STAFF, 'doctor-1'), role: SERVICE_ROLE, scopes: ['contacts:read'] };
    for (const caller of [viewer(Role.PATIENT, 'doctor-1'), service]) {
      expect(() => entriesScope(caller, undefined)).toThrow(ForbiddenError);
      expect(() => entriesScope(caller, 'doctor-1')).toThrow(ForbiddenError);
    }
  });

  it('refuses nobody signed in with UNAUTHENTICATED', () =>
    expect(() => entriesScope(null, undefined)).toThrow(UnauthenticatedError));
});

describe('checkEntriesFilter', () => {
  const at = (iso: string) => new Date(iso);

  it('takes no filter, an empty one, and every field within bounds', () => {
    expect(() => checkEntriesFilter(undefined)).not.toThrow();
    expect(() => checkEntriesFilter(null)).not.toThrow();
    expect(() => checkEntriesFilter({})).not.toThrow();
    expect(() =>
      checkEntriesFilter({
        doctorId: 'doctor-1',
        departmentId: 'department-1',
        minRating: 1,
        maxRating: 5,
        from: at('2026-01-01T00:00:00Z'),
        to: at('2026-02-01T00:00:00Z'),
      }),
    ).not.toThrow();
  });

  it('takes one rating as both bounds', () =>
    expect(() => checkEntriesFilter({ minRating: 3, maxRating: 3 })).not.toThrow());

  it.each([0, 6, -1, 2.5])('refuses a rating bound of %s', (rating) => {
    expect(fieldsOf(() => checkEntriesFilter({ minRating: rating }))).toEqual(['minRating']);
    expect(fieldsOf(() => checkEntriesFilter({ maxRating: rating }))).toEqual(['maxRating']);
  });

  it('refuses a minimum above the maximum', () =>
    expect(fieldsOf(() => checkEntriesFilter({ minRating: 4, maxRating: 2 }))).toEqual(['maxRating']));

  it('refuses a date that is none', () =>
    expect(fieldsOf(() => checkEntriesFilter({ from: new Date(Number.NaN), to: new Date('nope') }))).toEqual([
      'from',
      'to',
    ]));

  it('refuses a from at or after to (to is exclusive)', () => {
    expect(
      fieldsOf(() => checkEntriesFilter({ from: at('2026-02-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z') })),
    ).toEqual(['to']);
    expect(
      fieldsOf(() => checkEntriesFilter({ from: at('2026-01-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z') })),
    ).toEqual(['to']);
  });

  it('names every broken field at once', () =>
    expect(
      fieldsOf(() =>
        checkEntriesFilter({
          minRating: 0,
          maxRating: 9,
          from: at('2026-02-01T00:00:00Z'),
          to: at('2026-01-01T00:00:00Z'),
        }),
      ),
    ).toEqual(['minRating', 'maxRating', 'to']));
});
