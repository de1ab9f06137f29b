import { checkSameData, load, type LoadRequest, type LoadResult } from '../load.js';
import type { StackFigure } from '../main.js';
import { doctorsPages, oneSubgraphReads } from '../queries.js';
import type { BenchStack } from '../stack.js';
import type { BenchContext } from '../context.js';
import { round, spreadOf } from '../stats.js';

/** Well below what one core of subgraph serves (several hundred a second here), so neither side queues. */
const RATE = 100;
const CONNECTIONS = 10;
const GOAL_P50_RATIO = 1.3;

/**
 * One-subgraph queries at a fixed arrival rate, through the gateway and
 * straight to the subgraph, the two runs taking turns so that drift on a noisy
 * machine falls on both alike: a point read (one appointment by id, about the
 * cheapest answer a subgraph gives) and a list page (the contract's Doctors).
 */
export const gatewayOverheadFigure: StackFigure = async (ctx, stack, world) => {
  const queries = {
    appointmentById: await compare(ctx, stack, stack.subgraphUrls['appointments']!, oneSubgraphReads(world)),
    doctorsPage: await compare(ctx, stack, stack.subgraphUrls['doctors']!, doctorsPages(world)),
  };
  const met = Object.values(queries).every((query) => query.p50Ratio.median <= GOAL_P50_RATIO && !query.failures);
  const line = (name: keyof typeof queries) => {
    const query = queries[name];
    return `${name} p50 ${query.throughGateway.p50Ms.median} vs ${query.straightToSubgraph.p50Ms.median} ms (×${round(query.p50Ratio.median, 2)}, p99 ×${round(query.p99Ratio.median, 2)})`;
  };
  return {
    key: 'gatewayOverhead',
    title: 'Gateway overhead: one-subgraph queries through the gateway ÷ straight to the subgraph',
    goal: { text: 'p50 ratio ≤ 1.3', maxP50Ratio: GOAL_P50_RATIO },
    met,
    headline: `${line('appointmentById')}; ${line('doctorsPage')}`,
    measured: { ratePerSecond: RATE, connections: CONNECTIONS, ...queries },
    notes: [
      'The same requests both ways, each with its reader’s token, verified by the gateway and again by the subgraph.',
      'The gateway adds a near-fixed cost to every request (an HTTP hop, its pipeline, a plan from cache, shaping the result): the cheaper the subgraph’s answer, the larger the ratio.',
    ],
  };
};

async function compare(ctx: BenchContext, stack: BenchStack, subgraphUrl: string, requests: LoadRequest[]) {
  const targets = { gateway: stack.gatewayUrl, direct: subgraphUrl };
  await checkSameData({ 'the gateway': stack.gatewayUrl, 'the subgraph': subgraphUrl }, requests[0]!);
  const seconds = ctx.quick ? 2 : 10;
  const run = (target: keyof typeof targets, durationSeconds: number) =>
    load({ url: targets[target], requests, connections: CONNECTIONS, durationSeconds, rate: RATE });
  await run('direct', 1);
  await run('gateway', 1);
  const results: Record<keyof typeof targets, LoadResult[]> = { gateway: [], direct: [] };
  for (let rep = 0; rep < ctx.reps; rep++) {
    results.direct.push(await run('direct', seconds));
    results.gateway.push(await run('gateway', seconds));
  }
  const side = (list: LoadResult[]) => ({
    p50Ms: spreadOf(list.map((result) => result.latencyMs.p50)),
    p99Ms: spreadOf(list.map((result) => result.latencyMs.p99)),
    requests: list.map((result) => result.requests),
  });
  return {
    secondsPerRun: seconds,
    p50Ratio: spreadOf(results.gateway.map((result, i) => result.latencyMs.p50 / results.direct[i]!.latencyMs.p50)),
    p99Ratio: spreadOf(results.gateway.map((result, i) => result.latencyMs.p99 / results.direct[i]!.latencyMs.p99)),
    throughGateway: side(results.gateway),
    straightToSubgraph: side(results.direct),
    failures: [...results.gateway, ...results.direct].reduce((sum, result) => sum + result.failures, 0),
  };
}
