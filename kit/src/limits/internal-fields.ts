import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { requireRole, Role, type Viewer } from '../auth.js';
import type { RequestContext } from '../server.js';

/** A subgraph's own schema, as composition and introspection read it. */
const INTERNAL_ROOT_FIELDS: ReadonlySet<string> = new Set(['_service', '__schema', '__type']);

/** The schema itself, as introspection reads it (`__typename` tells nothing of the schema). */
export const INTROSPECTION_FIELDS: ReadonlySet<string> = new Set(['__schema', '__type']);

/** Whether a selection set asks, at its own level or through fragments spread there, for one of `fields`. */
export function selectsRootField(
  set: SelectionSetNode,
  document: DocumentNode,
  fields: ReadonlySet<string>,
  seen = new Set<string>(),
): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return fields.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectsRootField(selection.selectionSet, document, fields, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    return (
      fragment?.kind === Kind.FRAGMENT_DEFINITION && selectsRootField(fragment.selectionSet, document, fields, seen)
    );
  });
}

/**
 * A subgraph's SDL (`_service`) and its introspection are for the hospital's
 * administrators only: clients and partners read the gateway's schema, and
 * composition reads each subgraph's SDL from its code, not from a running port.
 * What the gateway itself sends (`_entities`, root fields) passes untouched.
 */
export function internalFieldsPlugin<C extends RequestContext & { viewer: Viewer | null }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'query') return;
          if (selectsRootField(operation.selectionSet, document, INTERNAL_ROOT_FIELDS)) {
            requireRole(contextValue.viewer, Role.ADMIN);
          }
        },
      };
    },
  };
}
