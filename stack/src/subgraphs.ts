import { accountsModule } from '@hospital/accounts';
import { analyticsModule } from '@hospital/analytics';
import { appointmentsModule } from '@hospital/appointments';
import { auditModule } from '@hospital/audit';
import { billingModule } from '@hospital/billing';
import { doctorsModule } from '@hospital/doctors';
import { feedbackModule } from '@hospital/feedback';
import type { SubgraphModule } from '@hospital/kit';
import { patientsModule } from '@hospital/patients';
import { prescriptionsModule } from '@hospital/prescriptions';

/** Every subgraph of the stack; the embedded default starts them in this order. A new subgraph is one more entry here. */
export const SUBGRAPHS: SubgraphModule[] = [
  accountsModule,
  patientsModule,
  doctorsModule,
  appointmentsModule,
  billingModule,
  prescriptionsModule,
  feedbackModule,
  analyticsModule,
  auditModule,
];
