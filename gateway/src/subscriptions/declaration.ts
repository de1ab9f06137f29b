import type { Viewer } from '@hospital/kit';
import type { EventCatalogue, EventType, Topic } from '@hospital/kit/events';
import type { AsOfEvent } from './as-of-event.js';
import type { FollowUpShape } from './follow-up.js';

/** A subscription field's arguments, coerced to their types, as a resolver would get them. */
export type FieldArguments = Readonly<Record<string, unknown>>;

/** The payload of any event: what the lobby server hands a declaration, only ever of one of its own `events`. */
export type AnyPayload = EventCatalogue[EventType];

interface Declared<Payload> {
  /** The events the field announces; anything else heard on its topic is passed over. */
  events: readonly EventType[];
  /** What is wrong with the arguments beyond what the schema checks: refused (BAD_USER_INPUT) at subscribe. */
  problems?(args: FieldArguments): string[];
  /** Whether an event concerns a subscriber with these arguments; when absent, each of `events` on the topic does. */
  concerns?(payload: Payload, args: FieldArguments): boolean;
  /** The query field the subscriber's selection is read from, as the subscriber, for each event. */
  followUp: FollowUpShape & { byId?: { of(payload: Payload): string } };
  /** The fields shown as the event has them rather than as the follow-up read them. */
  asOfEvent?: AsOfEvent<Payload>;
}

/** Whose events a subscription watches, and who may watch them (docs/rules.md#roles). */
type Watching =
  | {
      /** The argument naming whose events these are (a doctor's lobby, a patient's offers). */
      argument: string;
      topic(watchedId: string): Topic;
      mayWatch(viewer: Viewer, watchedId: string): boolean;
    }
  | {
      /** None: every subscriber listens to the same topic. */
      argument?: undefined;
      topic(): Topic;
      mayWatch(viewer: Viewer): boolean;
    };

/**
 * One subscription field the gateway serves, declared once (`fields/`): its topic,
 * who may subscribe, the follow-up that reads what each event is about, and what
 * is shown as of the event. The lobby server does the rest the same way for every field.
 * The field itself is declared in the SDL of the subgraph that owns its data, so
 * that it is composed and introspectable; `@apollo/gateway` cannot run it.
 */
export type SubscriptionField<Payload = AnyPayload> = Declared<Payload> & Watching;

/**
 * A field over the events `T`, typed by their payloads. The lobby server hands each
 * callback only payloads of those events (it passes the others over), so the
 * field can join the others in one table.
 */
export function declareField<T extends EventType>(
  field: SubscriptionField<EventCatalogue[T]> & { events: readonly T[] },
): SubscriptionField {
  return field as unknown as SubscriptionField;
}
