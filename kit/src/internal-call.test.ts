import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { builtOperation, selectionOf } from './internal-call.js';

describe('operations put together at run time', () => {
  it("repeat a fragment's selection on one line, under any alias", () => {
    const fragment = parse('fragment ServiceName on MedicalService { name department { name } }');
    expect(selectionOf(fragment)).toBe('{ name department { name } }');
    expect(() => selectionOf(parse('query Q { a }'))).toThrow();
  });

  it('are parsed, so a malformed one fails before it is sent', () => {
    const text = 'query Names($d0: ID!) { d0: doctor(id: $d0) { name } }';
    expect(print(builtOperation(text))).toBe(print(parse(text)));
    expect(() => builtOperation('query Names( {')).toThrow();
  });

  it('are parsed once per shape: the same text gives the same document', () => {
    const text = 'query Counts($d0: ID!) { v0: doctor(id: $d0) { id } }';
    expect(builtOperation(text)).toBe(builtOperation(text));
    expect(builtOperation(text)).not.toBe(builtOperation(text.replace('id }', 'name }')));
  });
});
