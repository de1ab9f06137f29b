import type { ApolloServerPlugin } from '@apollo/server';
import { INTROSPECTION_FIELDS, requireViewer, selectsRootField, type Viewer } from '@hospital/kit';

/**
 * Who may read the API schema by introspection (`INTROSPECTION`): `signed-in`, the default, any
 * caller with a valid token, partners included; `anyone`, anonymous callers too, for a hospital that
 * publishes its API. Either way it costs what the front door charges for it (limits.ts).
 */
export const INTROSPECTION_AUDIENCES = ['signed-in', 'anyone'] as const;
export type IntrospectionAudience = (typeof INTROSPECTION_AUDIENCES)[number];

/** An anonymous caller asking for `__schema` or `__type` is told to sign in, unless the hospital chose `anyone`. */
export function introspectionPlugin<C extends { viewer: Viewer | null }>(
  audience: IntrospectionAudience,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (audience === 'anyone' || operation?.operation !== 'query') return;
          if (selectsRootField(operation.selectionSet, document, INTROSPECTION_FIELDS)) {
            requireViewer(contextValue.viewer);
          }
        },
      };
    },
  };
}
