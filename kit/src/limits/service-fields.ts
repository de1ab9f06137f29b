import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { isService, type ServiceScope, type Viewer } from '../auth.js';
import { ForbiddenError } from '../errors.js';
import type { RequestContext } from '../server.js';

/** A subgraph's internal root fields a service may call, each with the scope it needs. */
export type ServiceFields = Readonly<Record<string, ServiceScope>>;

/**
 * A service token opens only the internal root fields its scopes name, on the
 * subgraph's own port: any other field (a patient's records, creating an
 * account, an entity fetch) is refused before execution, whatever a resolver
 * would have allowed. People's tokens pass untouched; each service field
 * refuses them itself (`requireScope`).
 */
export function serviceFieldsPlugin<C extends RequestContext & { viewer: Viewer | null }>(
  fields: ServiceFields,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { viewer } = contextValue;
          if (!viewer || !isService(viewer)) return;
          const allowed =
            operation?.operation === 'query' &&
            operation.selectionSet.selections.every((selection) => {
              if (selection.kind !== Kind.FIELD) return false;
              const scope = fields[selection.name.value];
              return selection.name.value === '__typename' || (scope && viewer.scopes.includes(scope));
            });
          if (!allowed) throw new ForbiddenError('A service may call only the internal fields its scopes name');
        },
      };
    },
  };
}
