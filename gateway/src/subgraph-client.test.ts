import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { metricsRegistry } from '@hospital/kit';
import { parseMetrics, valueOf } from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from './app.js';
import { createSubgraphAgent, SubgraphClient } from './subgraph-client.js';

type Reply = (req: IncomingMessage, body: string) => { status: number; body: string; delayMs?: number };

describe('the gateway’s client of a subgraph', () => {
  let server: Server;
  let url: string;
  let reply: Reply = () => ({ status: 200, body: '{"data":{}}' });
  const agent = createSubgraphAgent();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const answer = reply(req, body);
        setTimeout(() => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(answer.body);
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await agent.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const options = (context: Partial<GatewayContext> = {}) =>
    ({
      kind: 'incoming operation',
      request: { query: '{ a }', variables: { x: 1 }, operationName: 'A' },
      context,
    }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

  it('passes the caller’s token and correlation id on, with the operation', async () => {
    let seen: { headers: IncomingMessage['headers']; body: string } | undefined;
    reply = (req, body) => {
      seen = { headers: req.headers, body };
      return { status: 200, body: '{"data":{"a":1}}' };
    };
    const client = new SubgraphClient('billing', url, agent, 1_000);
    const result = await client.process(options({ requestId: 'req-1', authorization: 'Bearer t' }));
    expect(result).toEqual({ data: { a: 1 } });
    expect(seen?.headers['authorization']).toBe('Bearer t');
    expect(seen?.headers['x-request-id']).toBe('req-1');
    expect(JSON.parse(seen!.body)).toEqual({ query: '{ a }', variables: { x: 1 }, operationName: 'A' });
  });

  it('passes on a refusal with its code, and a failure as the status it was', async () => {
    const client = new SubgraphClient('billing', url, agent, 1_000);
    reply = () => ({ status: 400, body: '{"errors":[{"message":"bad id","extensions":{"code":"BAD_USER_INPUT"}}]}' });
    await expect(client.process(options())).rejects.toMatchObject({
      message: 'bad id',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unavailable = {
      message: 'The billing service is unavailable; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'billing' },
    };
    reply = () => ({ status: 502, body: 'upstream down' });
    await expect(client.process(options())).rejects.toMatchObject({
      ...unavailable,
      detail: expect.stringContaining('HTTP 502'),
    });
    reply = () => ({ status: 200, body: 'not json' });
    await expect(client.process(options())).rejects.toMatchObject(unavailable);
  });

  it('stops asking a subgraph that failed five times in a row, for a while', async () => {
    let asked = 0;
    reply = () => {
      asked += 1;
      return { status: 500, body: '' };
    };
    const client = new SubgraphClient('billing', url, agent, 1_000);
    for (let i = 0; i < 5; i += 1) await expect(client.process(options())).rejects.toThrow();
    await expect(client.process(options())).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'billing', retryAfterSeconds: 5 },
    });
    expect(asked).toBe(5);
    expect(client.status).toBe('down');
  });

  it('tells what its own fetches found, without asking the subgraph anything to find out', async () => {
    let asked = 0;
    const client = new SubgraphClient('billing', url, agent, 1_000);
    expect(client.status).toBe('unknown');
    reply = () => {
      asked += 1;
      return { status: 200, body: '{"data":{}}' };
    };
    await client.process(options());
    expect(client.status).toBe('up');
    // A refusal of one request is an answer: the subgraph is up.
    reply = () => {
      asked += 1;
      return { status: 400, body: '{"errors":[{"message":"bad id","extensions":{"code":"BAD_USER_INPUT"}}]}' };
    };
    await expect(client.process(options())).rejects.toThrow('bad id');
    expect(client.status).toBe('up');
    reply = () => {
      asked += 1;
      return { status: 503, body: '' };
    };
    await expect(client.process(options())).rejects.toThrow();
    expect(client.status).toBe('down');
    const before = asked;
    for (let i = 0; i < 10; i += 1) expect(client.status).toBe('down');
    expect(asked).toBe(before);
  });

  it('counts each fetch by subgraph and outcome, and times those it made', async () => {
    const client = new SubgraphClient('metered', url, agent, 1_000);
    reply = () => ({ status: 200, body: '{"data":{}}' });
    await client.process(options());
    reply = () => ({ status: 400, body: '{"errors":[{"message":"bad id","extensions":{"code":"BAD_USER_INPUT"}}]}' });
    await expect(client.process(options())).rejects.toThrow();
    reply = () => ({ status: 500, body: '' });
    for (let i = 0; i < 5; i += 1) await expect(client.process(options())).rejects.toThrow();
    await expect(client.process(options())).rejects.toThrow();

    const samples = parseMetrics(await metricsRegistry.metrics());
    const fetches = (outcome: string) =>
      valueOf(samples, 'subgraph_fetch_total', { service: 'gateway', subgraph: 'metered', outcome });
    expect([fetches('success'), fetches('refused'), fetches('unavailable'), fetches('circuit_open')]).toEqual([
      1, 1, 5, 1,
    ]);
    // The one the open breaker failed at once was never made.
    expect(valueOf(samples, 'subgraph_fetch_duration_seconds_count', { subgraph: 'metered' })).toBe(7);
  });

  it('gives up on a subgraph that does not answer in time', async () => {
    // undici's timers tick about twice a second: the answer comes well after that.
    reply = () => ({ status: 200, body: '{"data":{}}', delayMs: 3_000 });
    const client = new SubgraphClient('billing', url, agent, 200);
    await expect(client.process(options())).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      detail: expect.stringMatching(/timeout/i),
    });
  });
});
