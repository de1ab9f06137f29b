// Hive Gateway's configuration for the benchmark: the peer passes the caller's
// token (and the correlation id) on to every subgraph, as our gateway does, so
// that both do the same work per request.
export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      'x-request-id': request.headers.get('x-request-id'),
    }),
  },
};
