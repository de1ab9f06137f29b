import { doctorsOwnOrDesk } from '@hospital/kit';
import { doctorLobby } from '@hospital/kit/events';
import { appointmentLobbyField } from './appointment-lobby.js';

/** `appointmentCancelled(doctorId:)`: a visit of the doctor's that was cancelled. */
export const appointmentCancelled = appointmentLobbyField(
  { argument: 'doctorId', topic: doctorLobby, mayWatch: doctorsOwnOrDesk },
  ['appointments.cancelled'],
);
