import { NotFoundError } from '@hospital/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { Payment } from './payment.entity.js';
import { PayInvoiceInput } from './payment.input.js';

@Resolver(() => Payment)
export class PaymentResolver {
  @Mutation(() => Payment, {
    description:
      'The patient their own invoice, STAFF and ADMIN any. A retry with the same idempotencyKey and input returns the first payment',
  })
  payInvoice(
    @Arg('input', () => PayInvoiceInput, {
      description: 'Which invoice, how much, how, and the key that makes a retry safe',
    })
    input: PayInvoiceInput,
    @Ctx() context: BillingContext,
  ): Promise<Payment> {
    return context.payments.pay(context, input);
  }

  @FieldResolver(() => Invoice, { description: 'The invoice it paid' })
  async invoice(@Root() payment: Payment, @Ctx() { loaders }: BillingContext): Promise<Invoice> {
    const invoice = await loaders.invoice.load(payment.invoiceId);
    if (!invoice) throw new NotFoundError('Invoice', payment.invoiceId);
    return invoice;
  }
}
