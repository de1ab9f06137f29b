import { daysBetweenInclusive, serviceTokens, zonedParts, type Clock, type Runtime } from '@hospital/kit';
import {
  checkedPayload,
  consumeDurably,
  type DurableRuntime,
  type ScheduleChangedPayload,
  type Unsubscribe,
} from '@hospital/kit/events';
import type { EntityManager } from 'typeorm';
import type { Appointment } from '../appointment/appointment.entity.js';
import type { SlotFinder } from '../availability/slot-finder.js';
import { affectedPeriod, doctorUnavailableNotices, strandedVisits } from '../conflict/conflict.rules.js';
import type { ConflictService } from '../conflict/conflict.service.js';
import { cachedDirectory, type RequestDirectory } from '../clients/doctors.cache.js';
import type { DoctorsDirectory } from '../clients/doctors.client.js';
import type { AppointmentsConfig } from '../config.js';
import { SCHEDULES_SUBJECT } from '../service-identities.js';
import { recordNotices } from '../notification/notices.js';

/** The consumer group under which the appointments subgraph reads doctors' schedule changes. */
export const SCHEDULE_CHANGES_CONSUMER_GROUP = 'appointments-schedule-changes';

/** The most days of extra hours one read of a schedule asks for (the doctors subgraph allows 366). */
const MAX_DAYS_PER_READ = 366;

export interface ScheduleChangesDeps {
  directory: DoctorsDirectory;
  /** A short-lived token of `SCHEDULES_SUBJECT`. */
  token: () => Promise<string>;
  slots: SlotFinder;
  conflicts: ConflictService;
  timeZone: string;
}

/**
 * Tells each patient whose visit a change of the doctor's hours leaves outside
 * them: the doctor's active visits ahead that the change may touch, held against
 * the schedule as it now stands (read from doctors, never from the event), and for
 * each stranded one the patient's DOCTOR_UNAVAILABLE notices with up to 3
 * alternatives. The visits themselves stay as they are (docs/rules.md#care-flow).
 */
export async function tellOfStrandedVisits(
  manager: EntityManager,
  change: ScheduleChangedPayload,
  now: Date,
  deps: ScheduleChangesDeps,
): Promise<void> {
  const period = affectedPeriod(change);
  if (!period) return;
  const visits = await deps.conflicts.activeAhead(manager, change.doctorId, period, now);
  if (!visits.length) return;
  const directory = cachedDirectory(deps.directory, `Bearer ${await deps.token()}`);
  for (const batch of byDays(visits, deps.timeZone)) {
    const first = batch[0] as Appointment;
    const last = batch.at(-1) as Appointment;
    const days = { from: dayOf(first, deps.timeZone), to: dayOf(last, deps.timeZone) };
    const { doctor } = await directory.lookup({ serviceId: first.serviceId, doctorId: change.doctorId, days });
    // A doctor who is no longer there has no hours to compare with; the desk sees their visits.
    if (!doctor) return;
    for (const visit of strandedVisits(batch, doctor, now, deps.timeZone)) {
      const alternatives = await alternativesFor(deps.slots, directory, visit);
      await recordNotices(manager, doctorUnavailableNotices(visit, alternatives, now), now);
    }
  }
}

const alternativesFor = (slots: SlotFinder, directory: RequestDirectory, visit: Appointment) =>
  slots.alternatives(directory, visit.serviceId, visit.doctorId, visit.startsAt, visit.durationMinutes);

const dayOf = (visit: Appointment, timeZone: string) => zonedParts(visit.startsAt, timeZone).date;

/** Visits (by start) in runs of at most MAX_DAYS_PER_READ clinic days, one schedule read each. */
function byDays(visits: readonly Appointment[], timeZone: string): Appointment[][] {
  const batches: Appointment[][] = [];
  for (const visit of visits) {
    const batch = batches.at(-1);
    const first = batch?.[0];
    if (batch && first && daysBetweenInclusive(dayOf(first, timeZone), dayOf(visit, timeZone)) <= MAX_DAYS_PER_READ) {
      batch.push(visit);
    } else batches.push([visit]);
  }
  return batches;
}

/**
 * Reads `doctors.schedule-changed` durably and applies each event once
 * (`applyOnce`). A patient is told once per visit where it is booked (the
 * notification's unique key, `occurrence` being the visit's reschedule count): a
 * second change over a visit already told tells nothing new, the event delivered
 * twice neither. While doctors cannot be asked, the event is tried again, not parked.
 */
export function consumeScheduleChanges(
  runtime: DurableRuntime & { clock: Clock },
  deps: ScheduleChangesDeps,
): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: SCHEDULE_CHANGES_CONSUMER_GROUP,
    types: ['doctors.schedule-changed'] as const,
    apply: (event, manager) => tellOfStrandedVisits(manager, checkedPayload(event), runtime.clock.now(), deps),
  });
}

export interface ScheduleChanges {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The consumer of schedule changes, started with the subgraph when it can sign its service token. */
export function watchScheduleChanges(
  runtime: Runtime,
  config: AppointmentsConfig,
  deps: Omit<ScheduleChangesDeps, 'token' | 'timeZone'>,
): ScheduleChanges {
  let unsubscribe: Unsubscribe | undefined;
  return {
    async start() {
      const secret = config.auth.secret;
      if (!secret) {
        // Without the shared HS256 secret no service token can be signed, so no schedule can be read.
        runtime.logger.error('schedule changes: JWT_SECRET is not set; patients are not told of changed hours');
        return;
      }
      const token = serviceTokens(secret, SCHEDULES_SUBJECT);
      unsubscribe = await consumeScheduleChanges(runtime, { ...deps, token, timeZone: config.clinicTimeZone });
    },
    async stop() {
      await unsubscribe?.();
    },
  };
}
