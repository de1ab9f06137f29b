import {
  CancelAppointmentDocument,
  JoinWaitlistDocument,
  LeaveWaitlistDocument,
  RequestAppointmentDocument,
  WaitlistDocument,
} from '@hospital/client';
import { addDays } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { dataOf } from '../client.js';
import { at } from '../time.js';
import type { World } from '../world.js';
import type { Cast, Scenario } from './fixtures.js';
import type { Caller } from './matrix.js';
import type { Secrets } from './verdict.js';

/** What the waitlist rows need of the other fixtures. */
export interface WaitlistGround {
  cast: Cast;
  serviceId: string;
  otherServiceId: string;
  colleagueDoctorId: string;
  /** The first Monday the fixtures count from. */
  monday: string;
  /** The clinic day of the visit the lobbies' trigger asks for and cancels: its slot is offered (`slotOffered`). */
  triggerDay: string;
}

/**
 * The subject's waitlist. She may wait once per service and doctor ("any doctor"
 * being one choice): with two services and three doctors that is 8 entries open
 * at once, and the rows use all 8, each on days where nothing else frees time,
 * so that no entry is offered a slot it was not made for:
 *
 * | service | doctor                | for                                                |
 * | ------- | --------------------- | -------------------------------------------------- |
 * | other   | colleague             | the one offer, which ClaimSlotOffer claims         |
 * | first   | own                   | the offer the lobbies' trigger makes (SlotOffered) |
 * | first   | other, colleague, any | an entry each for the callers who may leave one    |
 * | other   | own, other, any       | what each caller who may join joins                |
 *
 * A refused joiner names the lobby's pair, which is always taken: were she let
 * through, she would get CONFLICT rather than take another caller's place; a
 * refused leaver names an entry that has ended already, so no one else's is spent.
 */
export async function waitlistScenarios(
  world: World,
  ground: WaitlistGround,
  secrets: Secrets,
): Promise<Record<string, Scenario>> {
  const { cast, serviceId, otherServiceId, colleagueDoctorId, monday, triggerDay } = ground;
  const { patient } = cast;
  // No fixture visit, time off or extra hours falls on these days: only the claim's slot is ever freed on one.
  const quietDay = addDays(monday, 161);
  const claimDay = addDays(monday, 141);
  const join = async (service: string, doctorId: string | null, day: string) =>
    dataOf(
      await world.execute(
        JoinWaitlistDocument,
        { input: { patientId: patient.id, serviceId: service, doctorId, from: day, to: day } },
        patient.token,
      ),
    ).joinWaitlist.id;

  // Ended first, so that its pair is free again for the caller who joins it.
  const ended = await join(otherServiceId, cast.doctor.id, quietDay);
  dataOf(await world.execute(LeaveWaitlistDocument, { id: ended }, patient.token));
  const [claimEntry, , ...toLeave] = await Promise.all([
    join(otherServiceId, colleagueDoctorId, claimDay),
    join(serviceId, cast.doctor.id, triggerDay),
    join(serviceId, cast.otherDoctor.id, quietDay),
    join(serviceId, colleagueDoctorId, quietDay),
    join(serviceId, null, quietDay),
  ]);
  const leave: Partial<Record<Caller, string>> = { patientSelf: toLeave[0], staff: toLeave[1], admin: toLeave[2] };
  const joins: Partial<Record<Caller, string | null>> = {
    patientSelf: cast.doctor.id,
    staff: cast.otherDoctor.id,
    admin: null,
  };

  let offerId = '';
  const scenario = (attempt: Scenario['attempt']): Scenario => ({ secrets, attempt });
  return {
    JoinWaitlist: scenario((caller) => {
      const mayJoin = caller in joins;
      const input = {
        patientId: patient.id,
        serviceId: mayJoin ? otherServiceId : serviceId,
        doctorId: mayJoin ? joins[caller] : cast.doctor.id,
        from: quietDay,
        to: quietDay,
      };
      return { variables: { input } };
    }),
    LeaveWaitlist: scenario((caller) => ({ variables: { id: leave[caller] ?? ended } })),
    Waitlist: scenario(() => ({ variables: { patientId: patient.id } })),
    ClaimSlotOffer: {
      ...scenario(() => ({ variables: { offerId } })),
      prepare: async () => {
        offerId = await offerToSubject(world, ground, claimEntry, at(claimDay, '10:00'));
      },
    },
    SlotOffered: scenario(() => ({ variables: { patientId: patient.id } })),
  };
}

/**
 * The other patient books the colleague's slot on the claim day and cancels it:
 * the waitlist offers it to the one entry waiting for it. Resolves with the offer.
 *
 * Made only when its claimants are about to take their turns: an offer lasts 15
 * minutes, and the fixtures are made well before the matrix runs.
 */
async function offerToSubject(world: World, ground: WaitlistGround, entryId: string, start: string): Promise<string> {
  const { cast } = ground;
  const input = {
    patientId: cast.otherPatient.id,
    doctorId: ground.colleagueDoctorId,
    serviceId: ground.otherServiceId,
    preferredTime: start,
    reason: 'Check-up',
  };
  const { id } = dataOf(
    await world.execute(RequestAppointmentDocument, { input }, cast.otherPatient.token),
  ).requestAppointment;
  dataOf(await world.execute(CancelAppointmentDocument, { id, reason: 'Plans changed' }, cast.otherPatient.token));
  let offerId = '';
  await eventually(async () => {
    const { waitlist } = dataOf(
      await world.execute(WaitlistDocument, { patientId: cast.patient.id }, cast.patient.token),
    );
    const offer = waitlist.find((entry) => entry.id === entryId)?.offers.find((o) => o.status === 'OFFERED');
    if (!offer) throw new Error('the freed slot has not been offered yet');
    offerId = offer.id;
  }, 20_000);
  return offerId;
}
