/** Order statistics over samples: the figures are medians and percentiles, never means. */

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The q-quantile (0..1) by nearest rank on sorted values; NaN for none. */
export function quantile(ascending: readonly number[], q: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.min(ascending.length - 1, Math.max(0, Math.ceil(q * ascending.length) - 1));
  return ascending[rank]!;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const ascending = sorted(values);
  return {
    count: ascending.length,
    p50: round(quantile(ascending, 0.5)),
    p95: round(quantile(ascending, 0.95)),
    p99: round(quantile(ascending, 0.99)),
    max: round(ascending.at(-1) ?? Number.NaN),
  };
}

/** What repetitions of one measurement gave: the median, and how far apart the runs were. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function spreadOf(runs: readonly number[]): Spread {
  const ascending = sorted(runs);
  const middle = ascending.length / 2;
  const median =
    ascending.length === 0
      ? Number.NaN
      : ascending.length % 2
        ? ascending[Math.floor(middle)]!
        : (ascending[middle - 1]! + ascending[middle]!) / 2;
  return {
    median: round(median),
    min: round(ascending[0] ?? Number.NaN),
    max: round(ascending.at(-1) ?? Number.NaN),
    runs: runs.map((run) => round(run)),
  };
}

/** Three significant decimals are more than these machines can tell apart. */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Applies `measure` to each repetition and gives the spread of each named number it returns. */
export function spreads<K extends string>(runs: readonly Record<K, number>[]): Record<K, Spread> {
  const keys = Object.keys(runs[0] ?? {}) as K[];
  return Object.fromEntries(keys.map((key) => [key, spreadOf(runs.map((run) => run[key]))])) as Record<K, Spread>;
}
