import { describe, expect, it } from 'vitest';
import { enumOf } from './enums.js';

describe('enumOf', () => {
  it('maps every name to itself, in the order listed', () => {
    const Status = enumOf(['PENDING', 'PAID'] as const);
    expect(Status).toEqual({ PENDING: 'PENDING', PAID: 'PAID' });
    expect(Object.keys(Status)).toEqual(['PENDING', 'PAID']);
  });
});
