import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import * as contract from '@hospital/client';
import { Kind, type DocumentNode } from 'graphql';
import { clientCode } from '../errors.js';
import { knownOr } from './labels.js';
import { serviceMetrics } from './registry.js';

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;

/**
 * The names of the contract's operations, read from the typed documents
 * @hospital/client generates from client/operations: the operation names a
 * metric keeps. Any other name is the client's to choose, so without bound.
 */
export function contractOperationNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const value of Object.values(contract)) {
    if (!isDocument(value)) continue;
    for (const definition of value.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

/** Seconds, from a cached read to a slow report. */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Rate, errors and duration of each operation `service` serves, by operation
 * name: one of `known`, else `other` (an anonymous operation, a name of the
 * client's own, a name that is not in the document). Each error of an answer
 * is counted by the code the client sees, a bounded set.
 */
export function operationMetricsPlugin<C extends BaseContext>(
  service: string,
  known: ReadonlySet<string>,
): ApolloServerPlugin<C> {
  const metrics = serviceMetrics(service);
  const operations = metrics.counter(
    'graphql_operations_total',
    'Operations answered, by operation name (a contract operation, else other) and outcome (success, or error when the answer has any error)',
    ['operation', 'outcome'],
  );
  const errors = metrics.counter(
    'graphql_operation_errors_total',
    'Errors in the answers, by operation name and the extensions.code the client sees',
    ['operation', 'code'],
  );
  const duration = metrics.histogram(
    'graphql_operation_duration_seconds',
    'From the request read to the answer sent, by operation name',
    LATENCY_BUCKETS_SECONDS,
    ['operation'],
  );
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, request, errors: failures = [] }) {
          const operation = knownOr(known, operationName ?? request.operationName);
          duration.observe({ operation }, (performance.now() - started) / 1_000);
          operations.inc({ operation, outcome: failures.length ? 'error' : 'success' });
          for (const failure of failures) errors.inc({ operation, code: clientCode(failure.extensions['code']) });
        },
      };
    },
  };
}
