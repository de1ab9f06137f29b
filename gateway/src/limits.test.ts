import { DEFAULT_PAGE_SIZE, LimitExceededError } from '@hospital/kit';
import { buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIST_SIZE_GUESS, measureCost, schemaSize, TYPE_LOOKUP_COST } from './limits.js';

const schema = buildSchema(`
  type Query { patients(first: Int): PatientConnection!  departments: [Department!]!  me: User  patient(id: ID!): Patient }
  type User { id: ID!  patient: Patient }
  type Patient { id: ID!  name: String!  records: [Record!]!  visits(first: Int): PatientConnection! }
  type Record { id: ID! }
  type Department { id: ID!  doctors: [Doctor!]! }
  type Doctor { id: ID!  name: String! }
  type PatientConnection { totalCount: Int!  edges: [PatientEdge!]! }
  type PatientEdge { cursor: String!  node: Patient! }
`);

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return measureCost(schema, operation, fragments, variables);
}

const refusal = (source: string, variables: Record<string, unknown> = {}) => {
  try {
    measure(source, variables);
  } catch (error) {
    return error as LimitExceededError;
  }
  throw new Error('expected a refusal');
};

describe('measureCost', () => {
  it('counts one per scalar field on a single object', () => {
    expect(measure('{ me { id } }')).toBe(2);
  });

  it('multiplies a connection by first, and not again by its edges', () => {
    const cost = measure('query ($n: Int) { patients(first: $n) { edges { node { id name } } } }', { n: 50 });
    expect(cost).toBe(50 * (1 + (1 + (1 + 2))));
  });

  it('uses the default page size when first is absent or null', () => {
    expect(measure('{ patients { totalCount } }')).toBe(DEFAULT_PAGE_SIZE * 2);
    expect(measure('query ($n: Int) { patients(first: $n) { totalCount } }', { n: null })).toBe(DEFAULT_PAGE_SIZE * 2);
  });

  it("takes a variable's default when the variable is not sent", () => {
    expect(measure('query ($n: Int = 100) { patients(first: $n) { totalCount } }')).toBe(100 * 2);
    expect(measure('query ($n: Int = 100) { patients(first: $n) { totalCount } }', { n: 3 })).toBe(3 * 2);
  });

  it('refuses a first below 1 or above 100, wherever it is, so that no part can lower the sum', () => {
    for (const first of [0, -1, -2147483648, 101, 2.5]) {
      const error = refusal('query ($n: Int) { patient(id: "x") { visits(first: $n) { totalCount } } }', { n: first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'first', allowed: 100 });
    }
    expect(refusal('{ patients(first: -5) { totalCount } }').extensions['limit']).toBe('first');
    expect(refusal('query ($n: Int = 0) { patients(first: $n) { totalCount } }').extensions['limit']).toBe('first');
  });

  it('guesses a size for plain lists, compounding when nested', () => {
    expect(measure('{ departments { doctors { name } } }')).toBe(LIST_SIZE_GUESS * (1 + LIST_SIZE_GUESS * 2));
  });

  it('follows fragments', () => {
    expect(measure('{ me { ...who } } fragment who on User { patient { records { id } } }')).toBe(
      1 + 1 + LIST_SIZE_GUESS * 2,
    );
  });

  it('charges introspection: the whole schema for __schema, a flat price for __type, per alias', () => {
    const whole = schemaSize(schema);
    expect(whole).toBeGreaterThan(20);
    expect(measure('{ __schema { types { name fields { name } } } }')).toBe(whole);
    expect(measure('{ a: __schema { types { name } } b: __schema { types { name } } }')).toBe(2 * whole);
    expect(measure('{ __type(name: "Patient") { name } }')).toBe(TYPE_LOOKUP_COST);
    expect(measure('{ __typename }')).toBe(0);
  });
});
