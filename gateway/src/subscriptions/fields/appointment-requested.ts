import { doctorsOwnOrDesk } from '@hospital/kit';
import { doctorLobby } from '@hospital/kit/events';
import { appointmentLobbyField } from './appointment-lobby.js';

/** `appointmentRequested(doctorId:)`: a visit asked of the doctor, as soon as it is committed. */
export const appointmentRequested = appointmentLobbyField(
  { argument: 'doctorId', topic: doctorLobby, mayWatch: doctorsOwnOrDesk },
  ['appointments.requested'],
);
