import { describe, expect, it } from 'vitest';
import { CARING_STATUSES, statusesBefore } from './care.rules.js';

describe('care from visits', () => {
  it('opens records for a visit asked for, approved or held, not for one rejected or cancelled', () => {
    expect(CARING_STATUSES).toEqual(['PENDING', 'APPROVED', 'COMPLETED', 'NO_SHOW']);
  });

  it('moves a visit forward only, whatever order its events arrive in', () => {
    expect(statusesBefore('PENDING')).toEqual([]);
    expect(statusesBefore('APPROVED')).toEqual(['PENDING']);
    expect(statusesBefore('CANCELLED')).toEqual(['PENDING', 'APPROVED']);
  });
});
