import { describe, expect, it } from 'vitest';
import { isSafeText, unsafeTextIn, UNSAFE_TEXT_MESSAGE } from './text.js';

describe('safe text', () => {
  it('keeps ordinary text in any script, with tabs, line breaks and right-to-left marks', () => {
    for (const text of ['Olena Kovalenko', 'Мар’яна Гриценко', 'שרה כהן\u200F', 'line one\nline two\r\n\tend', '']) {
      expect(isSafeText(text)).toBe(true);
    }
  });

  it('refuses NUL and other control characters, DEL, C1 controls, bidi overrides and isolates, lone surrogates', () => {
    for (const text of [
      'a\u0000b',
      'bell\u0007',
      'esc\u001b[31m',
      'del\u007f',
      'c1\u0085',
      'evil\u202Etxt.exe',
      'iso\u2066x',
      '\uD800',
    ]) {
      expect(isSafeText(text)).toBe(false);
    }
  });

  it('names every unsafe string by its path in the variables', () => {
    expect(
      unsafeTextIn({ input: { name: 'Ol\u202Eena', notes: ['fine', 'bad\u0000'] }, id: 'p-1', first: 3 }, ''),
    ).toEqual([
      { field: 'input.name', message: UNSAFE_TEXT_MESSAGE },
      { field: 'input.notes[1]', message: UNSAFE_TEXT_MESSAGE },
    ]);
  });
});
