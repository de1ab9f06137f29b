import { formatDateTime, formatDay, formatTime } from '../../ui/format.js';

/**
 * The live lobby's state: the requests the page loaded, those that arrived since over the
 * subscription, and those that left it (cancelled by the patient, or decided here), with
 * what to announce about the last change. Pure, so the merging is unit-tested.
 */

export interface LobbyRequest {
  id: string;
  start: string;
  reason: string;
  patient: { id: string; name: string };
  service: { name: string };
}

export interface LobbyState {
  zone: string;
  arrived: LobbyRequest[];
  /** Ids no longer waiting for the doctor. */
  gone: string[];
  /** The last change, in words, for the live region. */
  announcement: string;
}

export type LobbyEvent =
  | { type: 'requested'; request: LobbyRequest }
  | { type: 'cancelled'; visit: { id: string; start: string; patient: { name: string } } }
  | { type: 'approved'; request: LobbyRequest; start: string }
  | { type: 'rejected'; request: LobbyRequest };

export const initialLobby = (zone: string): LobbyState => ({ zone, arrived: [], gone: [], announcement: '' });

export function lobbyReducer(state: LobbyState, event: LobbyEvent): LobbyState {
  const when = (iso: string) => formatDateTime(iso, state.zone);
  const leave = (id: string) => (state.gone.includes(id) ? state.gone : [...state.gone, id]);
  switch (event.type) {
    case 'requested': {
      const { request } = event;
      return {
        ...state,
        arrived: [...state.arrived.filter((r) => r.id !== request.id), request],
        announcement: `New request from ${request.patient.name} for ${when(request.start)}`,
      };
    }
    case 'cancelled':
      return {
        ...state,
        gone: leave(event.visit.id),
        announcement: `${event.visit.patient.name} cancelled the visit on ${when(event.visit.start)}`,
      };
    case 'approved':
      return {
        ...state,
        gone: leave(event.request.id),
        announcement: `Approved: ${event.request.patient.name} on ${when(event.start)}`,
      };
    case 'rejected':
      return {
        ...state,
        gone: leave(event.request.id),
        announcement: `Rejected: ${event.request.patient.name}'s request for ${when(event.request.start)}`,
      };
  }
}

/** What waits for the doctor now: loaded and arrived requests, once each, minus those gone, by start. */
export function waitingRequests(loaded: readonly LobbyRequest[], state: LobbyState): LobbyRequest[] {
  const byId = new Map<string, LobbyRequest>();
  for (const request of [...loaded, ...state.arrived]) byId.set(request.id, request);
  return [...byId.values()]
    .filter((request) => !state.gone.includes(request.id))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

export interface SlotDay {
  day: string;
  slots: { start: string; time: string }[];
}

/** Free starts grouped by clinic day, for a choice of another time. */
export function slotsByDay(slots: readonly { start: string }[], zone: string): SlotDay[] {
  const days: SlotDay[] = [];
  for (const { start } of slots) {
    const day = formatDay(start, zone);
    const last = days.at(-1);
    const slot = { start, time: formatTime(start, zone) };
    if (last?.day === day) last.slots.push(slot);
    else days.push({ day, slots: [slot] });
  }
  return days;
}

/**
 * The doctor's services by name: a request names its service only, and every request to a
 * doctor is for a service of her department, where names are unique.
 */
export function servicesOf(
  departments: readonly { services: readonly { id: string; name: string }[]; doctors: readonly { id: string }[] }[],
  doctorId: string,
): Map<string, string> {
  const department = departments.find((d) => d.doctors.some((doctor) => doctor.id === doctorId));
  return new Map(department?.services.map((service) => [service.name, service.id]) ?? []);
}
