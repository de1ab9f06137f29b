import { doctorLobby, hasRole, patientLobby, Role, type EventType, type LobbyTopic, type Viewer } from '@hospital/kit';

/**
 * The subscription fields the gateway serves, and what each listens to. The
 * appointments subgraph declares them (so they are composed and introspectable);
 * the gateway runs them, since @apollo/gateway cannot.
 */
export interface LobbyField {
  /** The field's one argument: whose lobby it watches. */
  argument: 'doctorId' | 'patientId';
  topic(id: string): LobbyTopic;
  /** The events of that lobby that this field announces. */
  types: readonly EventType[];
  /** RULES.md: who may watch whose lobby. */
  mayWatch(viewer: Viewer, id: string): boolean;
}

const doctorsOwnOrDesk = (viewer: Viewer, doctorId: string) =>
  (viewer.role === Role.DOCTOR && viewer.id === doctorId) || hasRole(viewer, Role.STAFF, Role.ADMIN);

const patientsOwnOrAdmin = (viewer: Viewer, patientId: string) =>
  (viewer.role === Role.PATIENT && viewer.id === patientId) || hasRole(viewer, Role.ADMIN);

export const LOBBY_FIELDS: Record<string, LobbyField> = {
  appointmentRequested: {
    argument: 'doctorId',
    topic: doctorLobby,
    types: ['appointments.requested'],
    mayWatch: doctorsOwnOrDesk,
  },
  appointmentCancelled: {
    argument: 'doctorId',
    topic: doctorLobby,
    types: ['appointments.cancelled'],
    mayWatch: doctorsOwnOrDesk,
  },
  appointmentStatusChanged: {
    argument: 'patientId',
    topic: patientLobby,
    types: [
      'appointments.approved',
      'appointments.rejected',
      'appointments.rescheduled',
      'appointments.cancelled',
      'appointments.completed',
      'appointments.no-show',
    ],
    mayWatch: patientsOwnOrAdmin,
  },
};
