import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './stats.js';

/** One request of a load: a GraphQL operation as JSON, sent as the holder of `token`. */
export interface LoadRequest {
  body: string;
  token: string;
}

export interface LoadOptions {
  url: string;
  /**
   * Sent in turn. Many different requests, as real clients send: a gateway that
   * shares identical requests in flight would otherwise answer most of a
   * one-request load without asking its subgraphs at all.
   */
  requests: LoadRequest[];
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; absent: as fast as the server answers (saturation). */
  rate?: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latencyMs: Percentiles;
  /** Connection errors, timeouts, non-2xx answers and answers with errors or without data. */
  failures: number;
}

/** Whether an answer is a whole success: data, and no error anywhere in it. */
const succeeded = (body: string) => {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    return parsed.data !== null && parsed.data !== undefined && !parsed.errors?.length;
  } catch {
    return false;
  }
};

/** One autocannon run: the latency of every answer, as the client saw it; every answer checked. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        timeout: 10,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const { body, token } = options.requests[next++ % options.requests.length]!;
              return {
                ...request,
                body,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              };
            },
          },
        ],
        verifyBody: (body) => succeeded(String(body)),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / options.durationSeconds,
    latencyMs: percentiles(times),
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

/** What one request answers, checked: data and no errors. */
export async function answerOf(url: string, request: LoadRequest): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok || !succeeded(text)) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}
