import { describe, expect, it } from 'vitest';
import { containsPattern } from './search.js';

describe('containsPattern', () => {
  it('matches the text literally, wildcards and the escape character included', () => {
    expect(containsPattern('Koval')).toBe('%Koval%');
    expect(containsPattern('50%_off!')).toBe('%50!%!_off!!%');
  });
});
