import {
  checkSameData,
  loadWithCpu,
  SATURATING_CONNECTIONS,
  summaryOf,
  type LoadRequest,
  type LoadRun,
  type LoadSummary,
} from '../load.js';
import type { StackFigure } from '../main.js';
import { PEERS, startPeerGateway, type PeerGateway, type PeerKey } from '../peer.js';
import { appointmentDetails, oneSubgraphReads } from '../queries.js';
import { round } from '../stats.js';

/**
 * Our gateway and the peers at saturation, on the same composed supergraph and
 * the same running subgraphs, taking turns run by run. Each run also reads how
 * much CPU each process of the stack spent per request. The goal is against
 * Hive Gateway as it comes; the one with Rust's query planner is reported beside.
 */
export const throughputFigure: StackFigure = async (ctx, stack, world) => {
  if (stack.mode === 'embedded')
    throw new Error('the peer needs subgraphs of their own processes: run without --embedded');
  const peerKeys = Object.keys(PEERS) as PeerKey[];
  const peers: Partial<Record<PeerKey, PeerGateway>> = {};
  try {
    for (const key of peerKeys) peers[key] = await startPeerGateway(stack, key);
    const subgraphPids = Object.fromEntries(Object.entries(stack.pids).filter(([name]) => name !== 'gateway'));
    type Side = 'ours' | PeerKey;
    const gateways = {
      ours: { url: stack.gatewayUrl, pid: stack.pids['gateway']! },
      ...Object.fromEntries(peerKeys.map((key) => [key, { url: peers[key]!.url, pid: peers[key]!.pid }])),
    } as Record<Side, { url: string; pid: number }>;
    const sides = Object.keys(gateways) as Side[];
    const seconds = ctx.quick ? 2 : 10;
    const queries = { appointmentDetail: appointmentDetails(world), oneSubgraph: oneSubgraphReads(world) };

    const measureRun = (gateway: Side, requests: LoadRequest[], durationSeconds: number): Promise<LoadRun> =>
      loadWithCpu(
        gateways[gateway].url,
        { gateway: gateways[gateway].pid, ...subgraphPids },
        requests,
        durationSeconds,
      );

    const measured = Object.fromEntries(sides.map((side) => [side, {}])) as Record<Side, Record<string, LoadSummary>>;
    const ratios = Object.fromEntries(peerKeys.map((key) => [key, {}])) as Record<PeerKey, Record<string, number>>;
    for (const [name, requests] of Object.entries(queries)) {
      await checkSameData(
        Object.fromEntries(sides.map((side) => [`${name} via ${side}`, gateways[side].url])),
        requests[0]!,
      );
      // Warm-up: JIT, caches and connection pools of each, not counted.
      for (const side of sides) await measureRun(side, requests, ctx.quick ? 1 : 3);
      const runs = Object.fromEntries(sides.map((side) => [side, [] as LoadRun[]])) as Record<Side, LoadRun[]>;
      for (let rep = 0; rep < ctx.reps; rep++) {
        // Each run starts with another side, so that drift falls on all alike.
        const order = [...sides.slice(rep % sides.length), ...sides.slice(0, rep % sides.length)];
        for (const side of order) runs[side].push(await measureRun(side, requests, seconds));
      }
      for (const side of sides) measured[side][name] = summaryOf(runs[side]);
      for (const key of peerKeys) {
        ratios[key][name] = round(
          measured.ours[name]!.requestsPerSecond.median / measured[key][name]!.requestsPerSecond.median,
          2,
        );
      }
      if (sides.some((side) => measured[side][name]!.failures)) {
        const failures = sides.map((side) => `${side} ${measured[side][name]!.failures}`);
        throw new Error(`${name}: failed answers: ${failures.join(', ')}`);
      }
    }
    const rps = (side: Side, name: string) => Math.round(measured[side][name]!.requestsPerSecond.median);
    const line = (name: string) =>
      `${rps('ours', name)} vs ${peerKeys.map((key) => `${rps(key, name)} (×${ratios[key][name]})`).join(' and ')} req/s`;
    return {
      key: 'throughput',
      title: 'Throughput at saturation: our gateway and Hive Gateway (with and without Rust’s query planner)',
      goal: { text: 'our gateway ≥ 1.0× Hive Gateway’s throughput', minRatio: 1 },
      met: Object.values(ratios.hive).every((ratio) => ratio >= 1),
      headline: `AppointmentDetail ${line('appointmentDetail')}; one subgraph ${line('oneSubgraph')}`,
      measured: { connections: SATURATING_CONNECTIONS, secondsPerRun: seconds, ratioToPeer: ratios, ...measured.ours },
      peer: Object.fromEntries(
        peerKeys.map((key) => [key, { name: PEERS[key].name, version: peers[key]!.version, ...measured[key] }]),
      ),
      notes: [
        'The 100 seeded visits in turn, each read by its own patient: Hive Gateway shares identical requests in flight, which a one-request load would reward.',
        'Saturation here is the stack cores’ CPU: the gateway and all subgraphs share them, so a gateway that spends less CPU per request leaves more to the subgraphs.',
        'Both peers are one Hive Gateway release; the second loads @graphql-hive/router-runtime (HIVE_ROUTER_RUNTIME=true).',
      ],
    };
  } finally {
    for (const peer of Object.values(peers)) await peer.stop();
  }
};
