import { type Attributes, type Context, type Link, type SpanKind } from '@opentelemetry/api';
import {
  ParentBasedSampler,
  SamplingDecision,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SamplingResult,
} from '@opentelemetry/sdk-trace-base';

/**
 * Which traces are begun. A database or Redis command outside any trace is a
 * background poll (the outbox relay's SELECT every second, a scrape's count, a
 * consumer's blocking read): never recorded, or the exporter would carry mostly
 * those. Anything else that begins a trace (a request, an event published, a
 * call a background job makes) is kept at the ratio OTEL_TRACES_SAMPLER_ARG
 * gives (all by default); a span with a parent follows its parent, so a trace is
 * kept or dropped whole.
 */
class RequestsNotPolls implements Sampler {
  constructor(private readonly ratio: Sampler) {}

  shouldSample(
    context: Context,
    traceId: string,
    name: string,
    kind: SpanKind,
    attributes: Attributes,
    links: Link[],
  ): SamplingResult {
    if (attributes['db.system.name'] !== undefined || attributes['db.system'] !== undefined) {
      return { decision: SamplingDecision.NOT_RECORD };
    }
    return this.ratio.shouldSample(context, traceId, name, kind, attributes, links);
  }

  toString(): string {
    return `RequestsNotPolls{${this.ratio.toString()}}`;
  }
}

export function traceSampler(env: NodeJS.ProcessEnv = process.env): Sampler {
  // Empty is unset (compose passes an unset variable on as empty), not a ratio of 0.
  const given = env['OTEL_TRACES_SAMPLER_ARG']?.trim();
  const ratio = given ? Number(given) : 1;
  const share = Number.isFinite(ratio) ? Math.min(Math.max(ratio, 0), 1) : 1;
  return new ParentBasedSampler({ root: new RequestsNotPolls(new TraceIdRatioBasedSampler(share)) });
}
