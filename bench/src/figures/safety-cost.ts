import { checkSameData, loadWithCpu, summaryOf, type LoadRun, type LoadSummary } from '../load.js';
import type { StackFigure } from '../main.js';
import { startOtlpSink } from '../otlp-sink.js';
import { appointmentDetails } from '../queries.js';
import { round } from '../stats.js';

/** Both request limits of the gateway at 0, which turns each off (the sign-in limit plays no part in a read). */
const LIMITS_OFF = { RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_USER: '0' };

type Setting = 'everythingOn' | 'oneInTenTraced' | 'tracingOff' | 'everythingOff';

const share = (slower: number, faster: number) => round(Math.max(0, 1 - slower / faster), 3);
const percent = (value: number) => `${round(value * 100, 1)} %`;

/**
 * AppointmentDetail at saturation with tracing (every request, or one in ten,
 * exported over OTLP as production would) and the gateway's rate limits on and
 * off. Each setting is its own set of processes on the same databases, all
 * running at once, so that they take turns run by run without a restart between
 * (restarted processes warm up too slowly on this machine kind for a 5 % goal):
 * the stack itself (rate limits on, tracing off, as every other figure runs), a
 * gateway with the limits off over the same subgraphs, and two sets of gateway
 * and subgraph replicas that trace. Each cost is the throughput lost against
 * everything off. The traced replicas are younger than the stack's processes, and
 * on this machine kind age alone slows a process for minutes: the tracing cost
 * shown is an upper bound (docs/benchmarks.md, "safetyCost"). Four sets of the same
 * age (an untraced control) overloaded the stack's one core until requests timed out.
 */
export const safetyCostFigure: StackFigure = async (ctx, stack, world) => {
  if (stack.mode === 'embedded') throw new Error('the settings are processes of their own: run without --embedded');
  const sink = await startOtlpSink();
  const tracingOn = { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url };
  // If one fails to start, the stack's own stop ends those already started.
  const limitsOff = await stack.variant('limits-off', LIMITS_OFF, { ownSubgraphs: false });
  const traced = await stack.variant('traced', tracingOn, { ownSubgraphs: true });
  const tracedOneInTen = await stack.variant(
    'traced-1-in-10',
    { ...tracingOn, OTEL_TRACES_SAMPLER_ARG: '0.1' },
    { ownSubgraphs: true },
  );
  try {
    const settings: Record<Setting, { gatewayUrl: string; pids: Record<string, number> }> = {
      everythingOn: traced,
      oneInTenTraced: tracedOneInTen,
      tracingOff: { gatewayUrl: stack.gatewayUrl, pids: stack.pids },
      everythingOff: limitsOff,
    };
    const names = Object.keys(settings) as Setting[];
    const requests = appointmentDetails(world);
    const seconds = ctx.quick ? 2 : 10;
    await checkSameData(Object.fromEntries(names.map((name) => [name, settings[name].gatewayUrl])), requests[0]!);
    for (const name of names) {
      // Warm-up, not counted: the replicas have answered nothing yet.
      await loadWithCpu(settings[name].gatewayUrl, settings[name].pids, requests, ctx.quick ? 2 : 8);
    }
    const runs = Object.fromEntries(names.map((name) => [name, [] as LoadRun[]])) as Record<Setting, LoadRun[]>;
    const exported = { exports: 0, bytes: 0, requests: 0 };
    for (let rep = 0; rep < ctx.reps; rep++) {
      const order = [...names.slice(rep % names.length), ...names.slice(0, rep % names.length)];
      for (const name of order) {
        const before = sink.received();
        const run = await loadWithCpu(settings[name].gatewayUrl, settings[name].pids, requests, seconds);
        runs[name].push(run);
        if (name === 'everythingOn') {
          const after = sink.received();
          exported.exports += after.exports - before.exports;
          exported.bytes += after.bytes - before.bytes;
          exported.requests += run.load.requests;
        }
      }
    }
    const measured = Object.fromEntries(names.map((name) => [name, summaryOf(runs[name])])) as Record<
      Setting,
      LoadSummary
    >;
    const failures = names.reduce((sum, name) => sum + measured[name].failures, 0);
    if (failures) throw new Error(`safetyCost: ${failures} failed answers`);
    if (!exported.bytes) throw new Error('safetyCost: tracing was on, but no span reached the OTLP endpoint');
    const rps = (name: Setting) => measured[name].requestsPerSecond.median;
    const cost = {
      together: share(rps('everythingOn'), rps('everythingOff')),
      togetherOneInTenTraced: share(rps('oneInTenTraced'), rps('everythingOff')),
      rateLimits: share(rps('tracingOff'), rps('everythingOff')),
      tracing: share(rps('everythingOn'), rps('tracingOff')),
    };
    const cpuOf = (name: Setting) =>
      round(
        Object.values(measured[name].cpuMsPerRequest).reduce((sum, ms) => sum + ms, 0),
        2,
      );
    return {
      key: 'safetyCost',
      title: 'What tracing and rate limits cost: AppointmentDetail throughput with each on and off',
      goal: { text: 'everything on loses ≤ 5 % of the throughput with everything off', maxShare: 0.05 },
      met: cost.together <= 0.05,
      headline:
        `${Math.round(rps('everythingOn'))} req/s with everything on vs ${Math.round(rps('everythingOff'))} off: ` +
        `${percent(cost.together)} together, ${percent(cost.togetherOneInTenTraced)} tracing 1 in 10 ` +
        `(rate limits ${percent(cost.rateLimits)}, tracing all ${percent(cost.tracing)}); ` +
        `CPU per request ${cpuOf('everythingOn')} vs ${cpuOf('everythingOff')} ms`,
      measured: {
        ...measured,
        cost,
        stackCpuMsPerRequest: Object.fromEntries(names.map((name) => [name, cpuOf(name)])),
        tracing: {
          sampled: 'every request (OTEL_TRACES_SAMPLER_ARG unset, the default), or one in ten',
          protocol: 'http/protobuf',
          exportsPerSecond: round(exported.exports / (seconds * ctx.reps), 1),
          bytesPerRequest: round(exported.bytes / Math.max(1, exported.requests), 0),
        },
      },
      notes: [
        'Every setting runs all the time, in processes of its own on the same databases, with the tracing preload the images use; traces go to an OTLP/HTTP endpoint in the bench process that counts what arrives.',
        'Metrics and the session revocation check have no switch and are in every setting: each request adds to a few prom-client counters and histograms, and the revocation check is a lookup in the process’s memory (docs/decisions.md, "Revocation").',
        'The sign-in limit plays no part in a read and stays on.',
      ],
    };
  } finally {
    for (const variant of [limitsOff, traced, tracedOneInTen]) await variant.stop();
    await sink.close();
  }
};
