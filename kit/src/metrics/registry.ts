import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * The process's one registry, prom-client's default. The embedded default runs
 * every subgraph and the gateway in one process, so every series carries a
 * `service` label to keep them apart, and each port's /metrics serves the whole
 * registry: scrape one port per process, or the series come twice.
 */
export const metricsRegistry = register;

/** The label every metric carries: a subgraph's name or `gateway` (for Node's own: the process's, see below). */
export const SERVICE_LABEL = 'service';

export type Labels<L extends string> = Record<L, string>;

/**
 * The metric of that name the registry holds already, else a new one: two copies
 * of the kit in one process (a test loading its sources beside its build) must
 * share the series, not fail on registering them twice.
 */
function once<M>(name: string, make: () => M): M {
  return (register.getSingleMetric(name) as M | undefined) ?? make();
}

export interface ServiceCounter<L extends string> {
  inc(labels: Labels<L>, value?: number): void;
}

export interface ServiceHistogram<L extends string> {
  observe(labels: Labels<L>, value: number): void;
}

export interface ServiceGauge<L extends string> {
  inc(labels: Labels<L>): void;
  dec(labels: Labels<L>): void;
}

/** Metrics whose every series is labelled with one service's name. */
export interface ServiceMetrics {
  counter<L extends string = never>(name: string, help: string, labelNames?: readonly L[]): ServiceCounter<L>;
  histogram<L extends string = never>(
    name: string,
    help: string,
    buckets: readonly number[],
    labelNames?: readonly L[],
  ): ServiceHistogram<L>;
  gauge<L extends string = never>(name: string, help: string, labelNames?: readonly L[]): ServiceGauge<L>;
}

/**
 * What `service` counts. Every label value must come from a bounded set (an
 * enum, a rule's name, `boundedLabel`): one series per id or per client's
 * string would grow without end, and would put identifiers in the monitoring.
 */
export function serviceMetrics(service: string): ServiceMetrics {
  const own = <L extends string>(labels: Labels<L>) => ({ ...labels, [SERVICE_LABEL]: service });
  return {
    counter(name, help, labelNames = []) {
      const counter = once(name, () => new Counter({ name, help, labelNames: [SERVICE_LABEL, ...labelNames] }));
      return { inc: (labels, value) => counter.inc(own(labels), value) };
    },
    histogram(name, help, buckets, labelNames = []) {
      const histogram = once(
        name,
        () => new Histogram({ name, help, buckets: [...buckets], labelNames: [SERVICE_LABEL, ...labelNames] }),
      );
      return { observe: (labels, value) => histogram.observe(own(labels), value) };
    },
    gauge(name, help, labelNames = []) {
      const gauge = once(name, () => new Gauge({ name, help, labelNames: [SERVICE_LABEL, ...labelNames] }));
      return { inc: (labels) => gauge.inc(own(labels)), dec: (labels) => gauge.dec(own(labels)) };
    },
  };
}

/**
 * Node's own metrics (CPU, memory, event loop lag, GC, handles), once per
 * process, labelled with what the process runs: a subgraph's name, `gateway`,
 * or `stack` for the embedded default, whose CPU and memory are everyone's.
 * Called by the process's entry point, which alone knows that; later calls
 * change nothing.
 */
export function collectProcessMetrics(processName: string): void {
  if (register.getSingleMetric('process_cpu_user_seconds_total')) return;
  collectDefaultMetrics({ register, labels: { [SERVICE_LABEL]: processName } });
}

/** A reading taken at scrape time: one series' labels (beside `service`) and its value. */
export interface Reading {
  labels?: Record<string, string>;
  value: number;
}

export type Reader = () => Promise<readonly Reading[]>;

/**
 * How long a scrape waits for one reading (a query, a Redis command) before
 * leaving its series out: a database or Redis that is away must not make the
 * whole scrape time out, which would lose every other series with it.
 */
const READ_TIMEOUT_MS = 1_000;

/** What `work` resolves with in time; undefined when it fails, throws or takes longer than `ms`. */
function within<T>(ms: number, work: () => Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  const done = Promise.resolve()
    .then(work)
    .catch(() => undefined);
  return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A gauge read when it is scraped, from whoever watches it. Readers are kept on
 * the gauge itself, so that every copy of the kit in the process feeds the one
 * registered. Two readers of one key (the same service started twice in one
 * process: a test, the embedded clock-ahead stack on the same files) read the
 * same thing; the first answers until it stops watching.
 */
class ScrapedGauge extends Gauge<string> {
  readonly readers = new Map<string, { service: string; read: Reader }[]>();

  constructor(name: string, help: string, labelNames: readonly string[]) {
    super({
      name,
      help,
      labelNames: [SERVICE_LABEL, ...labelNames],
      collect(this: Gauge<string>) {
        return (this as ScrapedGauge).refresh();
      },
    });
  }

  private async refresh(): Promise<void> {
    const taken = await Promise.all(
      [...this.readers.values()].flatMap(([first]) =>
        first ? [within(READ_TIMEOUT_MS, first.read).then((readings = []) => ({ ...first, readings }))] : [],
      ),
    );
    // Set all at once after every reading is in, so that two scrapes at once cannot mix their halves.
    this.reset();
    for (const { service, readings } of taken) {
      for (const { labels, value } of readings) this.set({ ...labels, [SERVICE_LABEL]: service }, value);
    }
  }
}

export interface WatchedGauge {
  /**
   * Reads `read` at each scrape for `service`; `what` tells apart what one
   * service has several of (its consumer groups). The function returned stops it.
   */
  watch(service: string, read: Reader, what?: string): () => void;
}

/** A gauge whose value is read at scrape time, with a short timeout: a reading that fails or is late is left out. */
export function scrapedGauge(name: string, help: string, labelNames: readonly string[] = []): WatchedGauge {
  const gauge = once(name, () => new ScrapedGauge(name, help, labelNames));
  return {
    watch(service, read, what = '') {
      const key = JSON.stringify([service, what]);
      const reader = { service, read };
      gauge.readers.set(key, [...(gauge.readers.get(key) ?? []), reader]);
      return () => {
        const left = (gauge.readers.get(key) ?? []).filter((each) => each !== reader);
        if (left.length) gauge.readers.set(key, left);
        else gauge.readers.delete(key);
      };
    },
  };
}

/**
 * GET /metrics: the process's registry in Prometheus's text format. It is on the
 * service's own port, beside /health and /ready, where the deployment's network
 * rules already keep everything but /graphql away from the public (docs/operations.md).
 */
export const metricsEndpoint: RequestHandler = (_req, res, next) => {
  register.metrics().then((text) => {
    res.setHeader('content-type', register.contentType);
    res.send(text);
  }, next);
};
