import type { Runtime } from '@hospital/kit';
import type { Unsubscribe } from '@hospital/kit/events';
import type { AppointmentService } from '../appointment/appointment.service.js';
import type { SlotFinder } from '../availability/slot-finder.js';
import type { AppointmentsConfig } from '../config.js';
import type { DoctorsDirectory } from '../clients/doctors.client.js';
import { scheduleDirectory } from './schedule-directory.js';
import { consumeForWaitlist } from '../events/waitlist.consumer.js';
import { WaitlistService } from './waitlist.service.js';
import { WaitlistSweep } from './waitlist.sweep.js';

export interface Waitlist {
  service: WaitlistService;
  sweep: WaitlistSweep;
  /** Starts the consumer and the sweep. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The waitlist of the appointments subgraph: its service for requests, a durable
 * consumer recording what frees a doctor's time, and the sweep that offers it,
 * expires offers and ends entries.
 */
export function createWaitlist(
  runtime: Runtime,
  config: AppointmentsConfig,
  parts: { appointments: AppointmentService; slots: SlotFinder; doctors: DoctorsDirectory },
): Waitlist {
  const { logger } = runtime;
  const secret = config.auth.secret;
  const sweep = new WaitlistSweep(
    runtime.uow,
    runtime.clock,
    config.clinicTimeZone,
    parts.slots,
    secret ? scheduleDirectory(parts.doctors, secret) : null,
    logger.child({ component: 'waitlist' }),
    config.extra.WAITLIST_SWEEP_MS,
  );
  let unsubscribe: Unsubscribe | undefined;
  return {
    service: new WaitlistService(runtime.uow, runtime.clock, config.clinicTimeZone, parts.appointments),
    sweep,
    async start() {
      if (!secret) {
        // Offers are checked against the doctor's schedule with a service token, which JWT_SECRET signs.
        logger.error('waitlist: JWT_SECRET is not set, so freed slots are recorded but not offered');
      }
      sweep.start();
      unsubscribe = await consumeForWaitlist(runtime, () => sweep.nudge());
    },
    async stop() {
      await unsubscribe?.();
      await sweep.stop();
    },
  };
}
