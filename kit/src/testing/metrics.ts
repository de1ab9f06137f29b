/** One line of Prometheus's text format: a series and its value. */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?\s*/gy;
const unescape = (value: string) => value.replace(/\\(.)/g, (_match, char: string) => (char === 'n' ? '\n' : char));

/**
 * Reads Prometheus's text format (version 0.0.4, what prom-client writes; it
 * has no parser of its own): every sample, `# HELP` and `# TYPE` skipped.
 * Throws on a line it cannot read, so a malformed exposition fails the test.
 */
export function parseMetrics(text: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample: ${line}`);
    const [, name = '', body = '', value = ''] = match;
    const labels: Record<string, string> = {};
    let read = 0;
    LABEL.lastIndex = 0;
    for (let label = LABEL.exec(body); label; label = LABEL.exec(body)) {
      const [, key = '', text = ''] = label;
      labels[key] = unescape(text);
      read = LABEL.lastIndex;
    }
    if (read !== body.length) throw new Error(`unreadable labels: ${line}`);
    samples.push({ name, labels, value: value === '+Inf' ? Infinity : value === '-Inf' ? -Infinity : Number(value) });
  }
  return samples;
}

/** GET `url` (a service's /metrics) and read it. */
export async function scrapeMetrics(url: string): Promise<MetricSample[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return parseMetrics(await response.text());
}

/** The /metrics beside a service's /graphql. */
export const metricsUrlOf = (graphqlUrl: string): string => graphqlUrl.replace(/\/graphql$/, '/metrics');

/** The samples of `name` whose labels include `labels`. */
export const samplesOf = (samples: readonly MetricSample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );

/** The sum of the samples of `name` whose labels include `labels`: 0 when there is none. */
export const valueOf = (samples: readonly MetricSample[], name: string, labels: Record<string, string> = {}) =>
  samplesOf(samples, name, labels).reduce((sum, sample) => sum + sample.value, 0);

/** An id in any of the shapes one takes: a UUID with or without its dashes, or with them made underscores. */
export const ID_PATTERN = /[0-9a-f]{8}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{12}/i;

/** A histogram's bucket, sum and count are one series; so are the quantiles of a summary. */
const seriesKey = ({ name, labels }: MetricSample) => {
  const family = name.replace(/_(bucket|sum|count)$/, '');
  const { le: _le, quantile: _quantile, ...own } = labels;
  return { family, key: JSON.stringify(Object.entries(own).sort()) };
};

/**
 * What breaks the label rules of docs/operations.md: a label value that holds
 * an id, a metric without its `service` label, a metric with more than
 * `maxSeries` series. An empty list when all is well.
 */
export function labelProblems(samples: readonly MetricSample[], maxSeries: number): string[] {
  const problems: string[] = [];
  const series = new Map<string, Set<string>>();
  for (const sample of samples) {
    for (const [label, value] of Object.entries(sample.labels)) {
      if (ID_PATTERN.test(value)) problems.push(`${sample.name}: ${label}="${value}" holds an id`);
    }
    if (!sample.labels['service']) problems.push(`${sample.name}: no service label`);
    const { family, key } = seriesKey(sample);
    series.set(family, (series.get(family) ?? new Set()).add(key));
  }
  for (const [family, keys] of series) {
    if (keys.size > maxSeries) problems.push(`${family}: ${keys.size} series, more than ${maxSeries}`);
  }
  return problems;
}
