import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { clientCode, ErrorCode, NotFoundError } from '../errors.js';
import { labelProblems, parseMetrics, valueOf } from '../testing/metrics.js';
import { OTHER } from './labels.js';
import { contractOperationNames, operationMetricsPlugin } from './operations.js';
import { metricsRegistry } from './registry.js';

describe('contractOperationNames', () => {
  it('is every operation of client/operations (the web app’s included), as generated into @hospital/client', () => {
    const folder = new URL('../../../client/operations/', import.meta.url);
    // The contract's operations and, under web/, the reference web app's own.
    const written = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => [
        ...readFileSync(new URL(file, folder), 'utf8').matchAll(/^(?:query|mutation|subscription) (\w+)/gm),
      ])
      .map((match) => match[1]);
    const names = contractOperationNames();
    expect([...names].sort()).toEqual(written.sort());
    expect(names).toContain('RequestAppointment');
    expect(names).toContain('AppointmentRequested');
    expect(names).not.toContain(OTHER);
  });
});

describe('clientCode', () => {
  it.each([ErrorCode.NOT_FOUND, ErrorCode.RATE_LIMITED, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'])(
    'keeps %s, a code clients see',
    (code) => expect(clientCode(code)).toBe(code),
  );

  it.each([undefined, 'ECONNREFUSED', 'DOWNSTREAM_SERVICE_ERROR', randomUUID(), 42])(
    'counts %s as the INTERNAL_SERVER_ERROR clients are shown',
    (code) => expect(clientCode(code)).toBe(ErrorCode.INTERNAL_SERVER_ERROR),
  );
});

describe('operationMetricsPlugin', () => {
  it('counts known operations by name and everything else as other, and errors by code, never by what the client sent', async () => {
    const service = 'operations-under-test';
    const server = new ApolloServer({
      typeDefs: 'type Query { visit(id: ID): String }',
      resolvers: {
        Query: {
          visit: (_root: unknown, { id }: { id?: string }) => {
            if (id) throw new NotFoundError('Appointment', id);
            return 'ok';
          },
        },
      },
      plugins: [operationMetricsPlugin(service, new Set(['Visit']))],
    });
    await server.start();
    const run = (query: string, operationName?: string) => server.executeOperation({ query, operationName });
    await run('query Visit { visit }');
    await run(`query Visit { visit(id: "${randomUUID()}") }`);
    for (let i = 0; i < 30; i += 1) await run(`query Op_${randomBytes(16).toString('hex')} { visit }`);
    await run('{ visit }');
    await run('query A { visit } query B { visit }', randomUUID());
    await run('query {', randomUUID());
    await server.stop();

    const samples = parseMetrics(await metricsRegistry.metrics()).filter(
      (sample) => sample.labels['service'] === service,
    );
    expect(labelProblems(samples, 10)).toEqual([]);
    const operations = new Set(samples.flatMap((sample) => sample.labels['operation'] ?? []));
    expect(operations).toEqual(new Set(['Visit', OTHER]));
    expect(valueOf(samples, 'graphql_operations_total', { operation: 'Visit', outcome: 'success' })).toBe(1);
    expect(valueOf(samples, 'graphql_operations_total', { operation: 'Visit', outcome: 'error' })).toBe(1);
    expect(valueOf(samples, 'graphql_operations_total', { operation: OTHER })).toBe(33);
    expect(valueOf(samples, 'graphql_operation_errors_total', { operation: 'Visit', code: 'NOT_FOUND' })).toBe(1);
    expect(valueOf(samples, 'graphql_operation_errors_total', { operation: OTHER, code: 'GRAPHQL_PARSE_FAILED' })).toBe(
      1,
    );
    expect(valueOf(samples, 'graphql_operation_duration_seconds_count')).toBe(35);
  });
});
