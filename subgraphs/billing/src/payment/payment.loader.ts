import { loaderOfMany } from '@hospital/kit';
import type { Payment } from './payment.entity.js';
import type { PaymentService } from './payment.service.js';

/** Each invoice's payments, oldest first, every invoice asked in a tick in one query. */
export const createPaymentsOfInvoiceLoader = (payments: PaymentService) =>
  loaderOfMany(
    (invoiceIds) => payments.findByInvoiceIds(invoiceIds),
    (payment: Payment) => payment.invoiceId,
  );
