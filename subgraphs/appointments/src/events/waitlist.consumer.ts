import { type Clock } from '@hospital/kit';
import { checkedPayload, consumeDurably, type DurableRuntime, type Unsubscribe } from '@hospital/kit/events';
import { recordOpening } from '../waitlist/waitlist.opening.js';
import { freedBy } from '../waitlist/waitlist.rules.js';

/** The consumer group under which the waitlist reads the event stream. */
export const WAITLIST_CONSUMER_GROUP = 'appointments-waitlist';

/** What frees time: a visit let go of its slot, or a doctor's hours grew. */
const FREEING_EVENTS = [
  'appointments.cancelled',
  'appointments.rejected',
  'appointments.rescheduled',
  'appointments.approved',
  'doctors.schedule-changed',
] as const;

/**
 * Reads what frees a doctor's time durably, under the waitlist's own group, and
 * records each as an opening once (`applyOnce`); the sweep offers it. Nothing
 * here calls another subgraph, so a slow doctors subgraph never holds the stream
 * or sends an event to the dead letters. `onOpened` nudges the sweep.
 */
export function consumeForWaitlist(
  runtime: DurableRuntime & { clock: Clock },
  onOpened: () => void,
): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: WAITLIST_CONSUMER_GROUP,
    types: FREEING_EVENTS,
    async apply(event, manager) {
      const freed = freedBy(event.type, checkedPayload(event));
      if (freed && freed.end.getTime() > runtime.clock.now().getTime()) {
        await recordOpening(manager, freed, runtime.clock.now());
      }
    },
    afterEach: (outcome) => {
      if (outcome === 'applied') onOpened();
    },
  });
}
