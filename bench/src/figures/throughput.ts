import { cpuTimeMs } from '../cores.js';
import { answerOf, load, type LoadRequest, type LoadResult } from '../load.js';
import type { StackFigure } from '../main.js';
import { startPeerGateway } from '../peer.js';
import { appointmentDetails, oneSubgraphReads } from '../queries.js';
import { round, spreadOf } from '../stats.js';

/** Enough connections to keep every process of the stack busy; the answer rate is what limits. */
const CONNECTIONS = 32;

interface Run {
  load: LoadResult;
  /** CPU milliseconds per answered request, by process. */
  cpuMsPerRequest: Record<string, number>;
}

/**
 * Our gateway and Hive Gateway at saturation, on the same composed supergraph
 * and the same running subgraphs, taking turns run by run. Each run also reads
 * how much CPU each process of the stack spent per request.
 */
export const throughputFigure: StackFigure = async (ctx, stack, world) => {
  if (stack.mode === 'embedded')
    throw new Error('the peer needs subgraphs of their own processes: run without --embedded');
  const peer = await startPeerGateway(stack);
  try {
    const subgraphPids = Object.fromEntries(Object.entries(stack.pids).filter(([name]) => name !== 'gateway'));
    const gateways = {
      ours: { url: stack.gatewayUrl, pid: stack.pids['gateway']! },
      peer: { url: peer.url, pid: peer.pid },
    };
    const seconds = ctx.quick ? 2 : 10;
    const queries = { appointmentDetail: appointmentDetails(world), oneSubgraph: oneSubgraphReads(world) };

    const measureRun = async (
      gateway: keyof typeof gateways,
      requests: LoadRequest[],
      durationSeconds: number,
    ): Promise<Run> => {
      const pids = { gateway: gateways[gateway].pid, ...subgraphPids };
      const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuTimeMs(pid)]));
      const result = await load({
        url: gateways[gateway].url,
        requests,
        connections: CONNECTIONS,
        durationSeconds,
      });
      const cpuMsPerRequest = Object.fromEntries(
        Object.entries(pids).map(([name, pid]) => [
          name,
          round((cpuTimeMs(pid) - before[name]!) / Math.max(1, result.requests), 3),
        ]),
      );
      return { load: result, cpuMsPerRequest };
    };

    const measured: Record<string, unknown> = {};
    const peerMeasured: Record<string, unknown> = {};
    const ratios: Record<string, number> = {};
    for (const [name, requests] of Object.entries(queries)) {
      const expected = {
        ours: await answerOf(gateways.ours.url, requests[0]!),
        peer: await answerOf(gateways.peer.url, requests[0]!),
      };
      if (JSON.stringify(JSON.parse(expected.ours)) !== JSON.stringify(JSON.parse(expected.peer))) {
        throw new Error(`${name}: the two gateways answer differently:\n${expected.ours}\n${expected.peer}`);
      }
      // Warm-up: JIT, caches and connection pools of both, not counted.
      await measureRun('ours', requests, ctx.quick ? 1 : 3);
      await measureRun('peer', requests, ctx.quick ? 1 : 3);
      const runs: Record<keyof typeof gateways, Run[]> = { ours: [], peer: [] };
      for (let rep = 0; rep < ctx.reps; rep++) {
        for (const gateway of rep % 2 ? (['peer', 'ours'] as const) : (['ours', 'peer'] as const)) {
          runs[gateway].push(await measureRun(gateway, requests, seconds));
        }
      }
      const summary = (list: Run[]) => ({
        requestsPerSecond: spreadOf(list.map((run) => run.load.requestsPerSecond)),
        p95Ms: spreadOf(list.map((run) => run.load.latencyMs.p95)),
        cpuMsPerRequest: Object.fromEntries(
          Object.keys(list[0]!.cpuMsPerRequest).map((process) => [
            process,
            spreadOf(list.map((run) => run.cpuMsPerRequest[process]!)).median,
          ]),
        ),
        failures: list.reduce((sum, run) => sum + run.load.failures, 0),
      });
      const ours = summary(runs.ours);
      const theirs = summary(runs.peer);
      measured[name] = ours;
      peerMeasured[name] = theirs;
      ratios[name] = round(ours.requestsPerSecond.median / theirs.requestsPerSecond.median, 2);
      if (ours.failures || theirs.failures)
        throw new Error(`${name}: ${ours.failures} / ${theirs.failures} failed answers`);
    }
    const rps = (side: Record<string, unknown>, name: string) =>
      Math.round((side[name] as { requestsPerSecond: { median: number } }).requestsPerSecond.median);
    return {
      key: 'throughput',
      title: 'Throughput at saturation: our gateway and Hive Gateway on the same supergraph and subgraphs',
      goal: { text: 'our gateway ≥ 1.0× the peer’s throughput', minRatio: 1 },
      met: Object.values(ratios).every((ratio) => ratio >= 1),
      headline: `AppointmentDetail ${rps(measured, 'appointmentDetail')} vs ${rps(peerMeasured, 'appointmentDetail')} req/s (×${ratios['appointmentDetail']}); one subgraph ${rps(measured, 'oneSubgraph')} vs ${rps(peerMeasured, 'oneSubgraph')} (×${ratios['oneSubgraph']})`,
      measured: { connections: CONNECTIONS, secondsPerRun: seconds, ratioToPeer: ratios, ...measured },
      peer: { name: 'Hive Gateway', version: peer.version, ...peerMeasured },
      notes: [
        'The 100 seeded visits in turn, each read by its own patient: Hive Gateway shares identical requests in flight, which a one-request load would reward.',
        'Saturation here is the stack cores’ CPU: the gateway and all subgraphs share them, so a gateway that spends less CPU per request leaves more to the subgraphs.',
      ],
    };
  } finally {
    await peer.stop();
  }
};
