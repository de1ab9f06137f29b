import { describe, expect, it } from 'vitest';
import { endsInForceSince } from './session.rules.js';

describe('endsInForceSince', () => {
  it('reaches back one token lifetime', () => {
    expect(endsInForceSince(new Date('2026-12-04T10:00:00Z'), 900)).toEqual(new Date('2026-12-04T09:45:00Z'));
  });
});
