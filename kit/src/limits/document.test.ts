import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../errors.js';
import { assertDocumentLimits, countTokens, DEFAULT_DOCUMENT_LIMITS, parseWithinLimits } from './document.js';

const limits = { tokens: 200, aliases: 3, directives: 2, depth: 4 };

function refusal(source: string): LimitExceededError | undefined {
  try {
    assertDocumentLimits(parse(source), limits);
    return undefined;
  } catch (error) {
    if (error instanceof LimitExceededError) return error;
    throw error;
  }
}

const aliases = (n: number, field = '__typename') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('document limits', () => {
  it('counts tokens and stops one past the limit', () => {
    expect(countTokens('{ me { id } }', 100)).toBe(6);
    expect(countTokens(aliases(16_000), 2_000)).toBe(2_001);
  });

  it('refuses a document over the token limit before parsing it', () => {
    expect(() => parseWithinLimits(aliases(16_000), DEFAULT_DOCUMENT_LIMITS)).toThrow(LimitExceededError);
    try {
      parseWithinLimits(aliases(16_000), DEFAULT_DOCUMENT_LIMITS);
    } catch (error) {
      expect((error as LimitExceededError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: 'tokens',
        allowed: DEFAULT_DOCUMENT_LIMITS.tokens,
      });
    }
    expect(parseWithinLimits(getIntrospectionQuery({ descriptions: true }), DEFAULT_DOCUMENT_LIMITS).kind).toBe(
      'Document',
    );
  });

  it('counts aliases of __typename and of introspection too', () => {
    expect(refusal(aliases(3))).toBeUndefined();
    expect(refusal(aliases(4))?.extensions).toMatchObject({ limit: 'aliases', allowed: 3 });
    expect(refusal(aliases(4, '__schema { queryType { name } }'))?.extensions['limit']).toBe('aliases');
  });

  it('counts aliases and directives inside fragments, once per use', () => {
    const fragment = 'fragment f on User { x: id y: name }';
    expect(refusal(`{ me { ...f } } ${fragment}`)).toBeUndefined();
    expect(refusal(`{ me { ...f friend { ...f } } } ${fragment}`)?.extensions['limit']).toBe('aliases');
    expect(
      refusal('{ me { id @skip(if: false) name @include(if: true) friend @skip(if: false) { id } } }'),
    ).toMatchObject({ extensions: { limit: 'directives', allowed: 2 } });
  });

  it('measures depth through fragments without counting them as a level', () => {
    expect(refusal('{ me { friend { friend { id } } } }')).toBeUndefined();
    expect(refusal('{ me { friend { friend { friend { id } } } } }')?.extensions['limit']).toBe('depth');
    expect(refusal('{ me { ...f } } fragment f on User { friend { friend { id } } }')).toBeUndefined();
    expect(refusal('{ me { ...f } } fragment f on User { friend { friend { friend { id } } } }')).toBeDefined();
  });

  it('leaves the depth of __schema to the cost, so a client can read the whole schema', () => {
    expect(refusal(getIntrospectionQuery())).toBeUndefined();
  });

  it('does not loop on fragments that spread each other', () => {
    expect(() =>
      assertDocumentLimits(parse('{ me { ...a } } fragment a on User { ...b } fragment b on User { ...a }'), limits),
    ).not.toThrow(RangeError);
  });

  it('allows one password-hashing field per request, however it is aliased or spread', () => {
    expect(refusal('mutation { signIn(email: "a") other }')).toBeUndefined();
    expect(refusal('mutation { a: signIn(email: "a") b: signIn(email: "b") }')?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'credentials',
      allowed: 1,
    });
    expect(
      refusal('mutation { signUp(email: "a") ...f } fragment f on Mutation { signIn(email: "b") }')?.extensions[
        'limit'
      ],
    ).toBe('credentials');
    expect(refusal('mutation A { signIn(email: "a") } mutation B { signUp(email: "b") }')).toBeUndefined();
  });
});
