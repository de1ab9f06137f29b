import { formatDecimal, type ExportPart, type GatherPart } from '@hospital/kit';
import { In } from 'typeorm';
import { Invoice } from '../invoice/invoice.entity.js';
import { Payment } from '../payment/payment.entity.js';
import { Refund } from '../refund/refund.entity.js';

/** Billing's part of a patient's data export: her invoices, each with its payments and refund. */
export const gatherBillingPart: GatherPart = async (manager, patientId): Promise<ExportPart> => {
  const invoices = await manager.find(Invoice, { where: { patientId }, order: { createdAt: 'ASC', id: 'ASC' } });
  const invoiceIds = In(invoices.map(({ id }) => id));
  const [payments, refunds] = invoices.length
    ? await Promise.all([
        manager.find(Payment, { where: { invoiceId: invoiceIds }, order: { paidAt: 'ASC' } }),
        manager.find(Refund, { where: { invoiceId: invoiceIds } }),
      ])
    : [[], []];
  return {
    invoices: invoices.map(({ subtotalCents, taxCents, totalCents, ...invoice }) => ({
      ...invoice,
      subtotal: formatDecimal(subtotalCents),
      tax: formatDecimal(taxCents),
      total: formatDecimal(totalCents),
      payments: payments
        .filter(({ invoiceId }) => invoiceId === invoice.id)
        .map(({ amountCents, ...payment }) => ({ ...payment, amount: formatDecimal(amountCents) })),
      refund:
        refunds
          .filter(({ invoiceId }) => invoiceId === invoice.id)
          .map(({ amountCents, ...refund }) => ({ ...refund, amount: formatDecimal(amountCents) }))[0] ?? null,
    })),
  };
};
