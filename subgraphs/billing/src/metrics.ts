import { serviceMetrics } from '@hospital/kit';

const metrics = serviceMetrics('billing');

/** Why, by `paymentFailureOf`: a closed set. */
export const paymentsFailed = metrics.counter(
  'payments_failed_total',
  'Payment attempts refused, by reason: amount_mismatch, not_pending, idempotency_conflict, forbidden, not_found, unauthenticated, unavailable, error',
  ['reason'],
);

/** Milliseconds, from a consumer that keeps up (tens) to one back after a night down (hours). */
const BILLING_BUCKETS_MS = [10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 300_000, 3_600_000];

export const billCreationLatency = metrics.histogram(
  'bill_creation_latency_ms',
  "From the event that ended the visit (its envelope's time) to its invoice committed by billing's consumer, by invoice kind",
  BILLING_BUCKETS_MS,
  ['kind'],
);
