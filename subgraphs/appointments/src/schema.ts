import { buildFederatedSchema } from '@hospital/kit';
import { appointmentReference } from './appointment/appointment.reference.js';
import { AppointmentResolver, PatientAppointmentsResolver } from './appointment/appointment.resolver.js';
import { AvailabilityResolver } from './availability/availability.resolver.js';
import { AppointmentsExportPart } from './export/patient-export.resolver.js';
import type { AppointmentsContext } from './context.js';
import { LOBBY_SDL } from './lobby/lobby.schema.js';
import { patientReference } from './federation/patient.reference.js';
import { NotificationResolver } from './notification/notification.resolver.js';

export const buildAppointmentsSchema = () =>
  buildFederatedSchema<AppointmentsContext>({
    exportPart: AppointmentsExportPart,
    resolvers: [AppointmentResolver, PatientAppointmentsResolver, AvailabilityResolver, NotificationResolver],
    typeDefs: LOBBY_SDL,
    references: { Appointment: appointmentReference, Patient: patientReference },
  });
