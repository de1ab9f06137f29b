import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

const REDACTED = '[redacted]';

/**
 * A span as it may leave the process. An error's message can quote what a person
 * typed (MySQL's `Duplicate entry 'olena@…' for key 'email'`), and the
 * instrumentations put it in the span's status and in its exception event, message
 * and stack's first line alike: both keep the error's type and lose its words.
 * Statements (masked by mysql2's instrumentation) and Redis commands (named only)
 * are dealt with where they are recorded, in sdk.ts.
 */
export function withoutPersonalData(span: ReadableSpan): ReadableSpan {
  const exceptions = span.events.some((event) => event.name === 'exception');
  if (!span.status.message && !exceptions) return span;
  const events = span.events.map((event) => {
    if (event.name !== 'exception' || !event.attributes) return event;
    const type = String(event.attributes['exception.type'] ?? 'Error');
    const stack = event.attributes['exception.stacktrace'];
    return {
      ...event,
      attributes: {
        ...event.attributes,
        'exception.message': REDACTED,
        ...(typeof stack === 'string'
          ? { 'exception.stacktrace': [type, ...stack.split('\n').slice(1)].join('\n') }
          : {}),
      },
    };
  });
  // The span's own methods (spanContext()) and every other field come through the prototype.
  return Object.create(span, {
    status: { value: { code: span.status.code } },
    events: { value: events },
  }) as ReadableSpan;
}

/** Hands `next` each span without the personal data an error may have put in it. */
export class PersonalDataFilter implements SpanExporter {
  constructor(private readonly next: SpanExporter) {}

  export(spans: ReadableSpan[], done: Parameters<SpanExporter['export']>[1]): void {
    this.next.export(spans.map(withoutPersonalData), done);
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush?.() ?? Promise.resolve();
  }
}
