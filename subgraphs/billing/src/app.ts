import {
  AuditTrail,
  createRuntime,
  createSubgraph,
  ExportPartService,
  type Subgraph,
  type SubgraphOptions,
  type SubgraphModule,
} from '@hospital/kit';
import { AppliedEvent, DeadLetterEvent, OutboxEvent } from '@hospital/kit/events';
import { BILLING_PORT, loadBillingConfig } from './config.js';
import { createBillingLoaders, type BillingContext, type BillingServices } from './context.js';
import { consumeVisitEndings } from './events/appointments.consumer.js';
import { Invoice } from './invoice/invoice.entity.js';
import { InvoiceService } from './invoice/invoice.service.js';
import { migrations } from './migrations/index.js';
import { Payment } from './payment/payment.entity.js';
import { PaymentService } from './payment/payment.service.js';
import { Refund } from './refund/refund.entity.js';
import { gatherBillingPart } from './export/patient-export.part.js';
import { buildBillingSchema } from './schema.js';

export { buildBillingSchema } from './schema.js';
export { BILLING_PORT, loadBillingConfig } from './config.js';

export const billingTables = {
  entities: [Invoice, Payment, Refund, OutboxEvent, AppliedEvent, DeadLetterEvent],
  migrations,
};

/** Billing: invoices made from the visits' endings, their tax, idempotent payments, voids and refunds. */
export async function createBillingSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadBillingConfig(options.env);
  const runtime = createRuntime(config, billingTables, options);
  const services: BillingServices = {
    invoices: new InvoiceService(runtime.uow, runtime.clock),
    payments: new PaymentService(runtime.uow, runtime.clock),
    billingExport: new ExportPartService(runtime.uow, 'billing', gatherBillingPart),
    audit: new AuditTrail(runtime.uow),
  };

  return createSubgraph<BillingContext>(runtime, {
    schema: await buildBillingSchema(),
    context: (base) => ({ ...base, ...services, loaders: createBillingLoaders(services, base) }),
    consume: () => consumeVisitEndings(runtime, services.invoices),
  });
}

export const billingModule: SubgraphModule = {
  name: 'billing',
  port: BILLING_PORT,
  buildSchema: buildBillingSchema,
  create: createBillingSubgraph,
  loadConfig: loadBillingConfig,
  tables: billingTables,
};
