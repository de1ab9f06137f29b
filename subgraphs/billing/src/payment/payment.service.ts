import { randomBytes } from 'node:crypto';
import {
  AuditTrail,
  DomainError,
  ForbiddenError,
  isUniqueViolation,
  mustExist,
  newId,
  requireViewer,
  type Caller,
  type Clock,
  type Viewer,
} from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import { In, type Repository } from 'typeorm';
import type { BillingLoaders } from '../context.js';
import type { Invoice } from '../invoice/invoice.entity.js';
import { invoiceFacts } from '../invoice/invoice.events.js';
import { mayPayInvoice, NO_INVOICES_FOR_ROLE, seesInvoices } from '../invoice/invoice.rules.js';
import { advance } from '../invoice/invoice.service.js';
import { paymentsFailed } from '../metrics.js';
import { Payment } from './payment.entity.js';
import type { PayInvoiceInput } from './payment.input.js';
import { checkAmountDue, paymentFailureOf, paymentFingerprint, paymentReference, replayOf } from './payment.rules.js';

/** Ten characters of Crockford base 32: 50 random bits, unique by the reference's key all the same. */
const REFERENCE_BYTES = 10;

/**
 * A payment by anyone but the invoice's patient (the desk, an administrator) is a
 * change of her invoices by someone else (docs/rules.md#audit): in the audit trail,
 * committed with the payment, refusals included. Never the amount or the method.
 */
const INVOICE_PAY = { action: 'invoice.pay', subjectType: 'Invoice' } as const;

export class PaymentService {
  private readonly payments: Repository<Payment>;

  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.payments = uow.dataSource.getRepository(Payment);
    this.audit = new AuditTrail(uow);
  }

  /**
   * Pays an invoice in full, once per idempotency key. The database decides every
   * race: the invoice moves PENDING → PAID by a conditional UPDATE (of concurrent
   * payments exactly one matches it; the others wait on its row lock and then find
   * it PAID) and the key is unique. A refused attempt then asks the key: a payment
   * it already made for this same request is returned, as a retry expects.
   * Whatever refuses it is counted in `payments_failed_total`; a retry answered
   * with its first payment is not a failure.
   */
  async pay(caller: Caller<BillingLoaders>, input: PayInvoiceInput): Promise<Payment> {
    try {
      return await this.payOnce(caller, input);
    } catch (error) {
      paymentsFailed.inc({ reason: paymentFailureOf(error) });
      throw error;
    }
  }

  private async payOnce(caller: Caller<BillingLoaders>, input: PayInvoiceInput): Promise<Payment> {
    const { loaders } = caller;
    const entry = { ...INVOICE_PAY, subjectId: input.invoiceId };
    // Refused before the lookup, so that a role without invoices learns nothing of which ids exist.
    const payer = await this.audit.permit(caller, entry, () => {
      const payer = requireViewer(caller.viewer);
      if (!seesInvoices(payer)) throw new ForbiddenError(NO_INVOICES_FOR_ROLE);
      return payer;
    });
    const invoice = await mustExist('Invoice', input.invoiceId, loaders.invoice.load(input.invoiceId));
    await this.audit.permit(caller, { ...entry, patientId: invoice.patientId }, () => {
      if (!mayPayInvoice(payer, invoice)) throw new ForbiddenError('A patient may only pay their own invoices');
    });
    const fingerprint = paymentFingerprint({ invoiceId: invoice.id, amountCents: input.amount, method: input.method });
    try {
      checkAmountDue(input.amount, invoice.totalCents);
      return await this.charge(caller, payer, invoice, input, fingerprint);
    } catch (error) {
      if (!(error instanceof DomainError) && !isUniqueViolation(error)) throw error;
      // A query of its own, after the rollback: inside the refused transaction a REPEATABLE READ
      // snapshot could predate the payment that took the key.
      return replayOf(await this.payments.findOneBy({ idempotencyKey: input.idempotencyKey }), fingerprint, error);
    } finally {
      // The invoice this request read before paying is stale now.
      loaders.invoice.clear(invoice.id);
    }
  }

  private charge(
    caller: Caller,
    payer: Viewer,
    invoice: Invoice,
    input: PayInvoiceInput,
    fingerprint: string,
  ): Promise<Payment> {
    const paidAt = this.clock.now();
    const payment: Payment = {
      id: newId(),
      invoiceId: invoice.id,
      amountCents: input.amount,
      method: input.method,
      reference: paymentReference(randomBytes(REFERENCE_BYTES)),
      idempotencyKey: input.idempotencyKey,
      fingerprint,
      paidBy: payer.id,
      paidAt,
    };
    return this.uow.run(async (manager, emit) => {
      // The invoice first: its row lock queues concurrent payments of it behind this one.
      const paid = await advance(manager, invoice.id, 'pay');
      await manager.insert(Payment, payment);
      emit('billing.invoice-paid', { ...invoiceFacts(paid), paymentId: payment.id, paidAt: paidAt.toISOString() });
      if (payer.id !== invoice.patientId) {
        this.audit.changed(emit, caller, { ...INVOICE_PAY, subjectId: invoice.id, patientId: invoice.patientId });
      }
      return payment;
    });
  }

  findByInvoiceIds(invoiceIds: readonly string[]): Promise<Payment[]> {
    return this.payments.find({ where: { invoiceId: In([...invoiceIds]) }, order: { paidAt: 'ASC', id: 'ASC' } });
  }
}
