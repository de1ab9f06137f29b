import { patientLobby } from '@hospital/kit/events';
import { appointmentLobbyField, patientsOwnOrAdmin } from './appointment-lobby.js';

/** `appointmentStatusChanged(patientId:)`: each decision on the patient's visits and how they ended. */
export const appointmentStatusChanged = appointmentLobbyField(
  { argument: 'patientId', topic: patientLobby, mayWatch: patientsOwnOrAdmin },
  [
    'appointments.approved',
    'appointments.rejected',
    'appointments.rescheduled',
    'appointments.cancelled',
    'appointments.completed',
    'appointments.no-show',
  ],
);
