import autocannon from 'autocannon';
import { cpuSnapshot, cpuSpentSince } from './cores.js';
import { percentiles, spreadOf, type Percentiles, type Spread } from './stats.js';

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

/**
 * Asks each of `urls` the same request and checks they give the same data, so that a
 * comparison of their speed never rewards a wrong answer; names the first that differs.
 */
export async function checkSameData(urls: Record<string, string>, request: LoadRequest): Promise<void> {
  const dataOf = (text: string) => JSON.stringify((JSON.parse(text) as { data: unknown }).data);
  const [[firstName, firstUrl], ...others] = Object.entries(urls) as [[string, string], ...[string, string][]];
  const expected = await answerOf(firstUrl, request);
  for (const [name, url] of others) {
    const answer = await answerOf(url, request);
    if (dataOf(answer) !== dataOf(expected)) {
      throw new Error(`${name} answers differently from ${firstName}:\n${expected}\n${answer}`);
    }
  }
}

/** Enough connections to keep every process of the stack busy: the answer rate is then what limits. */
export const SATURATING_CONNECTIONS = 32;

/** A saturating load, and the CPU each process of the stack spent per answered request meanwhile. */
export interface LoadRun {
  load: LoadResult;
  /** CPU milliseconds per answered request, by process. */
  cpuMsPerRequest: Record<string, number>;
}

export async function loadWithCpu(
  url: string,
  pids: Record<string, number>,
  requests: LoadRequest[],
  durationSeconds: number,
): Promise<LoadRun> {
  const before = cpuSnapshot(pids);
  const result = await load({ url, requests, connections: SATURATING_CONNECTIONS, durationSeconds });
  return { load: result, cpuMsPerRequest: cpuSpentSince(before, pids, result.requests) };
}

export interface LoadSummary {
  requestsPerSecond: Spread;
  p95Ms: Spread;
  /** The median of the runs', by process. */
  cpuMsPerRequest: Record<string, number>;
  failures: number;
}

/** The runs of one side of a comparison, in medians and spreads. */
export const summaryOf = (runs: LoadRun[]): LoadSummary => ({
  requestsPerSecond: spreadOf(runs.map((run) => run.load.requestsPerSecond)),
  p95Ms: spreadOf(runs.map((run) => run.load.latencyMs.p95)),
  cpuMsPerRequest: Object.fromEntries(
    Object.keys(runs[0]!.cpuMsPerRequest).map((process) => [
      process,
      spreadOf(runs.map((run) => run.cpuMsPerRequest[process]!)).median,
    ]),
  ),
  failures: runs.reduce((sum, run) => sum + run.load.failures, 0),
});
