import { describe, expect, it } from 'vitest';
import { GRANTING_STATUSES, statusesBefore } from './care.rules.js';

describe('care from visits', () => {
  it('is given by a visit asked for, approved or held, not by one rejected or cancelled', () => {
    expect(GRANTING_STATUSES).toEqual(['PENDING', 'APPROVED', 'COMPLETED', 'NO_SHOW']);
  });

  it('moves a visit forward only, whatever order its events arrive in', () => {
    expect(statusesBefore('PENDING')).toEqual([]);
    expect(statusesBefore('APPROVED')).toEqual(['PENDING']);
    expect(statusesBefore('CANCELLED')).toEqual(['PENDING', 'APPROVED']);
  });
});
