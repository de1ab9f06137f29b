import { describe, expect, it } from 'vitest';
import { initialLobby, lobbyReducer, servicesOf, slotsByDay, waitingRequests, type LobbyRequest } from './lobby.js';

const KYIV = 'Europe/Kyiv';

const request = (id: string, start: string, name = 'Marta Hrytsenko'): LobbyRequest => ({
  id,
  start,
  reason: 'Check-up',
  patient: { id: `p-${id}`, name },
  service: { name: 'Prenatal consultation' },
});

const early = request('a', '2026-12-07T07:00:00.000Z');
const late = request('b', '2026-12-07T09:30:00.000Z', 'Natalia Moroz');

describe('the lobby', () => {
  it('adds a request that arrives and announces it in clinic time', () => {
    const state = lobbyReducer(initialLobby(KYIV), { type: 'requested', request: late });
    expect(state.announcement).toBe('New request from Natalia Moroz for Mon 7 Dec, 11:30');
    expect(waitingRequests([early], state)).toEqual([early, late]);
  });

  it('shows a request once when it is both loaded and arrived', () => {
    const state = lobbyReducer(initialLobby(KYIV), { type: 'requested', request: early });
    expect(waitingRequests([early, late], state).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('sorts by start whatever the order of arrival', () => {
    let state = lobbyReducer(initialLobby(KYIV), { type: 'requested', request: late });
    state = lobbyReducer(state, { type: 'requested', request: early });
    expect(waitingRequests([], state).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('drops a cancelled request and says who cancelled which visit', () => {
    const state = lobbyReducer(initialLobby(KYIV), {
      type: 'cancelled',
      visit: { id: 'a', start: early.start, patient: { name: 'Marta Hrytsenko' } },
    });
    expect(waitingRequests([early, late], state)).toEqual([late]);
    expect(state.announcement).toBe('Marta Hrytsenko cancelled the visit on Mon 7 Dec, 09:00');
  });

  it('drops a decided request, even one that arrives again afterwards', () => {
    let state = lobbyReducer(initialLobby(KYIV), { type: 'approved', request: early, start: late.start });
    expect(state.announcement).toBe('Approved: Marta Hrytsenko on Mon 7 Dec, 11:30');
    state = lobbyReducer(state, { type: 'rejected', request: late });
    expect(state.announcement).toBe("Rejected: Natalia Moroz's request for Mon 7 Dec, 11:30");
    state = lobbyReducer(state, { type: 'requested', request: early });
    expect(waitingRequests([early, late], state)).toEqual([]);
    expect(state.gone).toEqual(['a', 'b']);
  });
});

describe('slotsByDay', () => {
  it('groups free starts by clinic day', () => {
    const slots = [
      { start: '2026-12-07T07:00:00.000Z' },
      { start: '2026-12-07T21:30:00.000Z' },
      { start: '2026-12-07T22:00:00.000Z' },
    ];
    expect(slotsByDay(slots, KYIV)).toEqual([
      {
        day: 'Mon 7 Dec',
        slots: [
          { start: '2026-12-07T07:00:00.000Z', time: '09:00' },
          { start: '2026-12-07T21:30:00.000Z', time: '23:30' },
        ],
      },
      { day: 'Tue 8 Dec', slots: [{ start: '2026-12-07T22:00:00.000Z', time: '00:00' }] },
    ]);
  });
});

describe('servicesOf', () => {
  it("maps the names of the doctor's department's services to their ids", () => {
    const departments = [
      { services: [{ id: 's1', name: 'Colposcopy' }], doctors: [{ id: 'other' }] },
      { services: [{ id: 's2', name: 'Prenatal consultation' }], doctors: [{ id: 'me' }] },
    ];
    expect(servicesOf(departments, 'me')).toEqual(new Map([['Prenatal consultation', 's2']]));
    expect(servicesOf(departments, 'nobody').size).toBe(0);
  });
});
