import { consumeDurably, type DurableRuntime, type Unsubscribe } from '@hospital/kit/events';
import { FACT_EVENTS, type FactRecorder } from '../facts/facts.recorder.js';

/** The consumer group under which analytics reads the event stream. */
export const ANALYTICS_CONSUMER_GROUP = 'analytics';

/**
 * Facts come from the durable stream, so what happened while analytics was down
 * is counted when it is back; each event once (its id is recorded with its fact).
 * An event that cannot be applied is parked in dead_letter_events and the stream goes on.
 * What changes a day's revenue announces it through the outbox, in the same
 * transaction (`applyOnce` nudges the relay once it has committed).
 */
export function consumeFacts(runtime: DurableRuntime, facts: FactRecorder): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: ANALYTICS_CONSUMER_GROUP,
    types: FACT_EVENTS,
    apply: (event, manager, emit) => facts.record(manager, event, emit),
  });
}
