import type { SubgraphContext, ExportPartService } from '@hospital/kit';
import { createAppointmentLoader } from './appointment/appointment.loader.js';
import type { AppointmentService } from './appointment/appointment.service.js';
import type { SlotFinder } from './availability/slot-finder.js';
import type { ScheduleBoardService } from './board/board.service.js';
import { createVisitsDuringLoader } from './conflict/conflict.loader.js';
import type { ConflictService } from './conflict/conflict.service.js';
import type { RequestDirectory } from './clients/doctors.cache.js';
import type { DoctorsDirectory } from './clients/doctors.client.js';
import type { NotificationService } from './notification/notification.service.js';
import type { PatientsRegistry } from './clients/patients.client.js';
import { createOffersOfEntryLoader } from './waitlist/waitlist.loader.js';
import type { WaitlistService } from './waitlist/waitlist.service.js';

export interface AppointmentsServices {
  appointments: AppointmentService;
  slots: SlotFinder;
  doctorsDirectory: DoctorsDirectory;
  patientsRegistry: PatientsRegistry;
  notifications: NotificationService;
  appointmentsExport: ExportPartService;
  board: ScheduleBoardService;
  conflicts: ConflictService;
  waitlist: WaitlistService;
}

export const createAppointmentsLoaders = ({
  appointments,
  conflicts,
  waitlist,
}: Pick<AppointmentsServices, 'appointments' | 'conflicts' | 'waitlist'>) => ({
  appointment: createAppointmentLoader(appointments),
  visitsDuring: createVisitsDuringLoader(conflicts),
  offersOfEntry: createOffersOfEntryLoader(waitlist),
});

export interface AppointmentsContext extends SubgraphContext, AppointmentsServices {
  loaders: ReturnType<typeof createAppointmentsLoaders>;
  /** The doctors subgraph as this request's caller sees it, each question asked once. */
  directory: RequestDirectory;
  /** Whether a patient exists, asked of the patients subgraph with this request's caller's token. */
  patientExists: (patientId: string) => Promise<boolean>;
}
