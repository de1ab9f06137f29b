import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** One operation of the client contract, as the client sends it. */
export interface ClientOperation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** The response key of its (first) root field: what is null when the operation is refused. */
  rootField: string;
  /** The operation and the fragments it spreads, ready to send. */
  text: string;
  file: string;
}

const OPERATIONS_DIR = fileURLToPath(new URL('../../../client/operations/', import.meta.url));

/**
 * Every operation in client/operations, read afresh at test time so that an
 * operation added there without a row in the matrix fails the suite.
 */
export function clientOperations(): ClientOperation[] {
  const files = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));
  const documents = files.map((file) => ({ file, document: parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8')) }));
  const fragments = new Map(
    documents
      .flatMap(({ document }) => document.definitions)
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  // A document may hold only the fragments it uses (graphql's NoUnusedFragments), so follow the spreads.
  const spreadBy = (node: ASTNode, seen = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || seen.has(spread.name.value)) return;
        seen.add(spread.name.value);
        spreadBy(fragment, seen);
      },
    });
    return seen;
  };
  return documents.flatMap(({ file, document }) =>
    document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        if (!operation.name) throw new Error(`an operation in ${file} has no name`);
        const root = operation.selectionSet.selections[0];
        if (root?.kind !== Kind.FIELD) throw new Error(`${operation.name.value} does not start with a field`);
        return {
          name: operation.name.value,
          kind: operation.operation,
          rootField: (root.alias ?? root.name).value,
          text: [operation, ...[...spreadBy(operation)].map((name) => fragments.get(name)!)]
            .map((definition) => print(definition))
            .join('\n\n'),
          file,
        };
      }),
  );
}
