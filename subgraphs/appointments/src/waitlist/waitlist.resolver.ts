import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Appointment } from '../appointment/appointment.entity.js';
import type { AppointmentsContext } from '../context.js';
import { Doctor, MedicalService } from '../federation/doctors.stub.js';
import { Patient } from '../federation/patients.stub.js';
import { SlotOffer, WaitlistEntry } from './waitlist.entity.js';
import { JoinWaitlistInput } from './waitlist.input.js';
import { MAX_WAIT_DAYS, OFFER_MINUTES } from './waitlist.rules.js';

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Query(() => [WaitlistEntry], {
    description: "A patient's waitlist entries in the order she joined them, ended ones too: the patient, STAFF, ADMIN",
  })
  waitlist(
    @Arg('patientId', () => ID, { description: 'Whose entries; a patient may only name herself' }) patientId: string,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.waitlist.list(context, patientId);
  }

  @Mutation(() => WaitlistEntry, {
    description: `The patient for herself, STAFF for any patient, ADMIN. Waits for a freed slot of the service (with the doctor, or any doctor of the service's department) on a clinic day from \`from\` to \`to\` (not in the past; \`to\` at most ${MAX_WAIT_DAYS} days after \`from\`). One open entry per patient, service and doctor (CONFLICT)`,
  })
  joinWaitlist(
    @Arg('input', () => JoinWaitlistInput, { description: 'Who waits, for what, with whom, and on which days' })
    input: JoinWaitlistInput,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.waitlist.join(context, input, context.directory, context.patientExists);
  }

  @Mutation(() => WaitlistEntry, {
    description: 'The patient, STAFF, ADMIN. Ends a WAITING or OFFERED entry; an open offer goes to the next patient',
  })
  leaveWaitlist(
    @Arg('id', () => ID, { description: 'A WAITING or OFFERED entry' }) id: string,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.waitlist.leave(context, id);
  }

  @FieldResolver(() => MedicalService, { description: 'The service the patient waits for' })
  service(@Root() entry: WaitlistEntry): MedicalService {
    return { id: entry.serviceId };
  }

  @FieldResolver(() => Doctor, { nullable: true, description: "Null: any doctor of the service's department" })
  doctor(@Root() entry: WaitlistEntry): Doctor | null {
    return entry.doctorId ? { id: entry.doctorId } : null;
  }

  @FieldResolver(() => Patient, { description: 'The patient who waits' })
  patient(@Root() entry: WaitlistEntry): Patient {
    return { id: entry.patientId };
  }

  @FieldResolver(() => [SlotOffer], { description: 'The slots offered to this entry, oldest first' })
  offers(@Root() entry: WaitlistEntry, @Ctx() { loaders }: AppointmentsContext): Promise<SlotOffer[]> {
    return loaders.offersOfEntry.load(entry.id);
  }
}

@Resolver(() => SlotOffer)
export class SlotOfferResolver {
  @Query(() => SlotOffer, {
    nullable: true,
    description: 'One offer: its patient, STAFF, ADMIN (what the gateway delivers `slotOffered` from)',
  })
  slotOffer(
    @Arg('id', () => ID, { description: "The offer's id, as `slotOffered` and the SLOT_OFFER notification give it" })
    id: string,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.waitlist.offer(context, id);
  }

  @Mutation(() => Appointment, {
    description: `The offer's patient, STAFF for her, ADMIN. Books the offered slot as a PENDING visit through every booking rule; the first claim wins, a later one, or one after the offer lapsed (${OFFER_MINUTES} minutes) or the slot was booked by someone else, is SLOT_TAKEN`,
  })
  claimSlotOffer(
    @Arg('offerId', () => ID, {
      description: "The offer's id, as `slotOffered` and the SLOT_OFFER notification give it",
    })
    offerId: string,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.waitlist.claim(context, offerId, context.directory, context.patientExists);
  }

  @FieldResolver(() => Doctor, { description: 'The doctor the slot is with' })
  doctor(@Root() offer: SlotOffer): Doctor {
    return { id: offer.doctorId };
  }

  @FieldResolver(() => MedicalService, { description: 'The service the entry waits for' })
  service(@Root() offer: SlotOffer): MedicalService {
    return { id: offer.serviceId };
  }

  @FieldResolver(() => Patient, { description: 'The patient it is offered to' })
  patient(@Root() offer: SlotOffer): Patient {
    return { id: offer.patientId };
  }
}
