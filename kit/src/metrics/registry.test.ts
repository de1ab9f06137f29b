import { describe, expect, it } from 'vitest';
import { labelProblems, parseMetrics, samplesOf, valueOf } from '../testing/metrics.js';
import { metricsRegistry, scrapedGauge, serviceMetrics } from './registry.js';

const scrape = async () => parseMetrics(await metricsRegistry.metrics());

describe('serviceMetrics', () => {
  it('labels every series with its service, so that services sharing a process stay apart', async () => {
    serviceMetrics('billing').counter('test_refusals_total', 'test', ['reason']).inc({ reason: 'forbidden' });
    serviceMetrics('billing').counter('test_refusals_total', 'test', ['reason']).inc({ reason: 'forbidden' });
    serviceMetrics('gateway').counter('test_refusals_total', 'test', ['reason']).inc({ reason: 'forbidden' }, 3);
    const samples = await scrape();
    expect(valueOf(samples, 'test_refusals_total', { service: 'billing', reason: 'forbidden' })).toBe(2);
    expect(valueOf(samples, 'test_refusals_total', { service: 'gateway', reason: 'forbidden' })).toBe(3);
  });

  it('keeps label values as they are in the text format, quotes and new lines included', async () => {
    const odd = 'Obstetrics "A" \\ wing\nnorth';
    serviceMetrics('appointments').counter('test_booked_total', 'test', ['department']).inc({ department: odd });
    expect(samplesOf(await scrape(), 'test_booked_total')).toEqual([
      { name: 'test_booked_total', labels: { department: odd, service: 'appointments' }, value: 1 },
    ]);
  });
});

describe('scrapedGauge', () => {
  it('is read at each scrape; a reading that fails or is late is left out, the scrape goes on', async () => {
    const gauge = scrapedGauge('test_backlog', 'test', ['group']);
    let backlog = 3;
    const stops = [
      gauge.watch('billing', async () => [{ labels: { group: 'billing' }, value: backlog }], 'billing'),
      gauge.watch('audit', () => Promise.reject(new Error('Redis is away')), 'audit'),
      gauge.watch('analytics', () => new Promise(() => {}), 'analytics'),
    ];
    const started = Date.now();
    expect(samplesOf(await scrape(), 'test_backlog')).toEqual([
      { name: 'test_backlog', labels: { group: 'billing', service: 'billing' }, value: 3 },
    ]);
    expect(Date.now() - started).toBeLessThan(3_000);
    backlog = 0;
    expect(valueOf(await scrape(), 'test_backlog', { service: 'billing' })).toBe(0);
    stops.forEach((stop) => stop());
    expect(samplesOf(await scrape(), 'test_backlog')).toEqual([]);
  });

  it('has the first watcher of a service answer until it stops, then the next', async () => {
    const gauge = scrapedGauge('test_unsent', 'test');
    const first = gauge.watch('billing', async () => [{ value: 1 }]);
    const second = gauge.watch('billing', async () => [{ value: 2 }]);
    expect(samplesOf(await scrape(), 'test_unsent').map((sample) => sample.value)).toEqual([1]);
    first();
    expect(samplesOf(await scrape(), 'test_unsent').map((sample) => sample.value)).toEqual([2]);
    second();
  });
});

describe('labelProblems', () => {
  it('finds ids in label values, series without a service, and metrics with too many series', () => {
    const samples = parseMetrics(
      [
        'a_total{service="x",operation="7b0c1c44-6f2e-4a55-9c8e-0d7f1f0e2a11"} 1',
        'b_total{operation="Op_7b0c1c446f2e4a559c8e0d7f1f0e2a11"} 1',
        'c_seconds_bucket{service="x",le="1"} 1',
        'c_seconds_bucket{service="x",le="+Inf"} 1',
        'c_seconds_count{service="x"} 1',
        'd{service="x",n="1"} 1',
        'd{service="x",n="2"} 1',
      ].join('\n'),
    );
    expect(labelProblems(samples, 1)).toEqual([
      'a_total: operation="7b0c1c44-6f2e-4a55-9c8e-0d7f1f0e2a11" holds an id',
      'b_total: operation="Op_7b0c1c446f2e4a559c8e0d7f1f0e2a11" holds an id',
      'b_total: no service label',
      'd: 2 series, more than 1',
    ]);
  });
});
