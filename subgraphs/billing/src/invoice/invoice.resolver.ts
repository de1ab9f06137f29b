import { PageArgs } from '@hospital/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.js';
import { Appointment } from '../federation/appointments.stub.js';
import { Patient } from '../federation/patients.stub.js';
import { Payment } from '../payment/payment.entity.js';
import { Invoice, InvoiceConnection } from './invoice.entity.js';
import { InvoiceFilter, VoidInvoiceArgs } from './invoice.input.js';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => Invoice, {
    description: 'A patient their own, STAFF and ADMIN any; NOT_FOUND when the id names none',
  })
  invoice(
    @Arg('id', () => ID, { description: "The invoice's id" }) id: string,
    @Ctx() context: BillingContext,
  ): Promise<Invoice> {
    return context.invoices.get(context, id);
  }

  @Query(() => InvoiceConnection, {
    description: 'Newest first. A patient sees only their own; STAFF and ADMIN all',
  })
  invoices(
    @Arg('filter', () => InvoiceFilter, {
      nullable: true,
      description: 'Every invoice the caller may see when omitted',
    })
    filter: InvoiceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: BillingContext,
  ): Promise<InvoiceConnection> {
    return context.invoices.list(context, filter, page);
  }

  @Mutation(() => Invoice, { description: 'STAFF and ADMIN; only a PENDING invoice, with the reason why' })
  voidInvoice(@Args(() => VoidInvoiceArgs) { id, reason }: VoidInvoiceArgs, @Ctx() context: BillingContext) {
    return context.invoices.void(context, id, reason);
  }

  @FieldResolver(() => [Payment], { description: 'Oldest first' })
  payments(@Root() invoice: Invoice, @Ctx() { loaders }: BillingContext): Promise<Payment[]> {
    return loaders.paymentsOfInvoice.load(invoice.id);
  }

  @FieldResolver(() => Appointment, { description: 'The visit billed' })
  appointment(@Root() invoice: Invoice): Appointment {
    return { id: invoice.appointmentId };
  }

  @FieldResolver(() => Patient, { description: 'The patient billed' })
  patient(@Root() invoice: Invoice): Patient {
    return { id: invoice.patientId };
  }
}

@Resolver(() => Patient)
export class PatientInvoicesResolver {
  @FieldResolver(() => [Invoice], {
    nullable: true,
    description:
      "The patient's invoices, newest first: the patient and STAFF and ADMIN; null with a FORBIDDEN error for anyone else",
  })
  invoices(@Root() patient: Patient, @Ctx() context: BillingContext): Promise<Invoice[]> {
    return context.invoices.ofPatient(context, patient.id);
  }
}

@Resolver(() => Appointment)
export class AppointmentInvoiceResolver {
  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The bill of the visit, null until it ends in one: the patient, STAFF and ADMIN; FORBIDDEN to others',
  })
  invoice(@Root() appointment: Appointment, @Ctx() context: BillingContext): Promise<Invoice | null> {
    return context.invoices.ofAppointment(context, appointment.id);
  }
}
