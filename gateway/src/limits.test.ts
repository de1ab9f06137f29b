import { buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIRST, LIST_SIZE_GUESS, measureOperation } from './limits.js';

const schema = buildSchema(`
  type Query { patients(first: Int): PatientConnection!  departments: [Department!]!  me: User }
  type User { id: ID!  patient: Patient }
  type Patient { id: ID!  name: String!  records: [Record!]! }
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
  return measureOperation(schema, operation, fragments, variables);
}

describe('measureOperation', () => {
  it('counts one per scalar field on a single object', () => {
    expect(measure('{ me { id } }')).toEqual({ depth: 2, cost: 2 });
  });

  it('multiplies a connection by first, and not again by its edges', () => {
    const size = measure('query ($n: Int) { patients(first: $n) { edges { node { id name } } } }', { n: 50 });
    expect(size.depth).toBe(4);
    expect(size.cost).toBe(50 * (1 + (1 + (1 + 2))));
  });

  it('uses the default page size when first is absent', () => {
    expect(measure('{ patients { totalCount } }').cost).toBe(DEFAULT_FIRST * 2);
  });

  it('guesses a size for plain lists, compounding when nested', () => {
    expect(measure('{ departments { doctors { name } } }').cost).toBe(LIST_SIZE_GUESS * (1 + LIST_SIZE_GUESS * 2));
  });

  it('follows fragments, and counts introspection as free', () => {
    const size = measure(
      '{ me { ...who } __schema { types { name } } } fragment who on User { patient { records { id } } }',
    );
    expect(size).toEqual({ depth: 4, cost: 1 + 1 + LIST_SIZE_GUESS * 2 });
  });
});
