import { type Clock } from '@hospital/kit';
import { consumeAppointmentEvents } from '@hospital/kit/care';
import { type DurableRuntime, type Unsubscribe } from '@hospital/kit/events';

/** The consumer group under which this subgraph reads the event stream. */
export const PATIENTS_CONSUMER_GROUP = 'patients';

/** The care projection (`care_visits`), kept from the appointments events by the kit's consumer (kit/src/care). */
export const consumeAppointments = (runtime: DurableRuntime & { clock: Clock }): Promise<Unsubscribe> =>
  consumeAppointmentEvents(runtime, PATIENTS_CONSUMER_GROUP);
