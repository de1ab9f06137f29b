import { buildFederatedSchema } from '@hospital/kit';
import { appointmentReference } from './appointment/appointment.reference.js';
import { AppointmentResolver, PatientAppointmentsResolver } from './appointment/appointment.resolver.js';
import { AvailabilityResolver } from './availability/availability.resolver.js';
import { ScheduleBoardResolver } from './board/board.resolver.js';
import { timeOffReference } from './conflict/time-off.reference.js';
import { TimeOffConflictsResolver } from './conflict/time-off.resolver.js';
import { TimeOff } from './conflict/time-off.type.js';
import { AppointmentsExportPart } from './export/patient-export.resolver.js';
import type { AppointmentsContext } from './context.js';
import { LOBBY_SDL } from './lobby/lobby.schema.js';
import { Patient } from './federation/patients.stub.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { SlotOfferResolver, WaitlistResolver } from './waitlist/waitlist.resolver.js';

export const buildAppointmentsSchema = () =>
  buildFederatedSchema<AppointmentsContext>({
    exportPart: AppointmentsExportPart,
    resolvers: [
      AppointmentResolver,
      PatientAppointmentsResolver,
      AvailabilityResolver,
      NotificationResolver,
      ScheduleBoardResolver,
      TimeOffConflictsResolver,
      WaitlistResolver,
      SlotOfferResolver,
    ],
    // No field here returns a TimeOff; the gateway reaches it through `_entities`.
    orphanedTypes: [TimeOff],
    typeDefs: LOBBY_SDL,
    stubs: [Patient],
    references: { Appointment: appointmentReference, TimeOff: timeOffReference },
  });
