import type { EventBus, Logger, Unsubscribe, UnitOfWork } from '@hospital/kit';
import { FACT_EVENTS, type FactRecorder } from '../facts/facts.recorder.js';

/** The consumer group under which analytics reads the event stream. */
export const ANALYTICS_CONSUMER_GROUP = 'analytics';

/**
 * Facts come from the durable stream, so what happened while analytics was down
 * is counted when it is back; each event once (its id is recorded with its fact).
 * A malformed event is parked in dead_letter_events and the stream goes on.
 */
export function consumeFacts(
  bus: EventBus,
  uow: UnitOfWork,
  facts: FactRecorder,
  logger: Logger,
): Promise<Unsubscribe> {
  return bus.consume(ANALYTICS_CONSUMER_GROUP, FACT_EVENTS, async (event) => {
    const outcome = await uow.applyOnce(event, (manager) => facts.record(manager, event));
    if (outcome === 'parked') {
      logger.error({ eventId: event.id, type: event.type }, 'malformed event parked in dead_letter_events');
    }
  });
}
