import {
  createRuntime,
  createSubgraph,
  ExportPartService,
  type Subgraph,
  type SubgraphOptions,
  type SubgraphModule,
} from '@hospital/kit';
import { AppliedEvent, DeadLetterEvent, OutboxEvent } from '@hospital/kit/events';
import { Appointment } from './appointment/appointment.entity.js';
import { AppointmentService } from './appointment/appointment.service.js';
import { DoctorDayLoad } from './appointment/doctor-day-load.entity.js';
import { HeldSlot } from './appointment/held-slot.entity.js';
import { SlotFinder } from './availability/slot-finder.js';
import { ScheduleBoardService } from './board/board.service.js';
import { APPOINTMENTS_PORT, loadAppointmentsConfig } from './config.js';
import { ConflictService } from './conflict/conflict.service.js';
import { createAppointmentsLoaders, type AppointmentsContext, type AppointmentsServices } from './context.js';
import { cachedDirectory } from './clients/doctors.cache.js';
import { createDoctorsClient } from './clients/doctors.client.js';
import { watchScheduleChanges } from './events/doctors.consumer.js';
import { migrations } from './migrations/index.js';
import { Notification } from './notification/notification.entity.js';
import { createNotifications } from './notification/notifications.js';
import { createPatientsClient } from './clients/patients.client.js';
import { buildAppointmentsSchema } from './schema.js';
import { gatherVisitsPart } from './export/patient-export.part.js';
import { createWaitlist } from './waitlist/waitlist.js';
import { OfferedBlock, SlotOffer, WaitlistEntry, WaitlistOpening } from './waitlist/waitlist.entity.js';

export { buildAppointmentsSchema } from './schema.js';
export { APPOINTMENTS_PORT, loadAppointmentsConfig } from './config.js';

export const appointmentsTables = {
  entities: [
    Appointment,
    HeldSlot,
    DoctorDayLoad,
    OutboxEvent,
    AppliedEvent,
    DeadLetterEvent,
    Notification,
    WaitlistEntry,
    SlotOffer,
    OfferedBlock,
    WaitlistOpening,
  ],
  migrations,
};

/** Appointments: the lifecycle of a visit, its booking rules and free-slot search. */
export async function createAppointmentsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadAppointmentsConfig(options.env);
  const runtime = createRuntime(config, appointmentsTables, options);
  const notifications = createNotifications(runtime, config);
  const slots = new SlotFinder(runtime.dataSource, runtime.clock, config.clinicTimeZone);
  const appointments = new AppointmentService(runtime.uow, runtime.clock, config.clinicTimeZone, slots);
  const doctorsDirectory = createDoctorsClient(config.extra.DOCTORS_URL, config.extra.DOCTORS_TIMEOUT_MS);
  const waitlist = createWaitlist(runtime, config, { appointments, slots, doctors: doctorsDirectory });
  const services: AppointmentsServices = {
    slots,
    appointments,
    doctorsDirectory,
    patientsRegistry: createPatientsClient(config.extra.PATIENTS_URL, config.extra.PATIENTS_TIMEOUT_MS),
    notifications: notifications.service,
    appointmentsExport: new ExportPartService(runtime.uow, 'appointments', gatherVisitsPart),
    board: new ScheduleBoardService(runtime.dataSource, config.clinicTimeZone),
    waitlist: waitlist.service,
    conflicts: new ConflictService(runtime.dataSource, runtime.clock),
  };
  const scheduleChanges = watchScheduleChanges(runtime, config, {
    directory: doctorsDirectory,
    slots,
    conflicts: services.conflicts,
  });

  return createSubgraph<AppointmentsContext>(runtime, {
    schema: await buildAppointmentsSchema(),
    context: (base, req) => {
      const authorization = req.header('authorization');
      return {
        ...base,
        ...services,
        loaders: createAppointmentsLoaders(services),
        directory: cachedDirectory(services.doctorsDirectory, authorization),
        patientExists: (patientId) => services.patientsRegistry.exists(patientId, authorization),
      };
    },
    onStart: async () => {
      await notifications.start();
      await waitlist.start();
      await scheduleChanges.start();
    },
    onStop: async () => {
      await scheduleChanges.stop();
      await waitlist.stop();
      await notifications.stop();
    },
  });
}

export const appointmentsModule: SubgraphModule = {
  name: 'appointments',
  port: APPOINTMENTS_PORT,
  buildSchema: buildAppointmentsSchema,
  create: createAppointmentsSubgraph,
  loadConfig: loadAppointmentsConfig,
  tables: appointmentsTables,
};
