import { LATENCY_BUCKETS_SECONDS, serviceMetrics } from '@hospital/kit';

/** The `service` of the gateway's series. */
export const GATEWAY_SERVICE = 'gateway';

const metrics = serviceMetrics(GATEWAY_SERVICE);

/** By the subgraph's name in the supergraph, a bounded set. */
export const subgraphFetches = metrics.counter(
  'subgraph_fetch_total',
  'Fetches of query plans sent to a subgraph, by outcome: success, refused (a 4xx with a GraphQL error), unavailable (down, too slow, 5xx), circuit_open (failed at once by its breaker)',
  ['subgraph', 'outcome'],
);

export const subgraphFetchDuration = metrics.histogram(
  'subgraph_fetch_duration_seconds',
  'How long fetches to a subgraph took, whatever their outcome; those its open breaker failed at once are not in it',
  LATENCY_BUCKETS_SECONDS,
  ['subgraph'],
);

/** By the subscription field (appointmentRequested…), a bounded set: never whose lobby it is. */
export const lobbySubscriptionsOpen = metrics.gauge(
  'lobby_subscriptions_open',
  "Subscriptions open on this gateway replica's lobby, by subscription field",
  ['field'],
);

export const lobbyEventsDelivered = metrics.counter(
  'lobby_events_delivered_total',
  'Lobby events delivered to a subscriber, by subscription field',
  ['field'],
);
