import {
  ACCOUNTS_PORT,
  accountsTables,
  buildAccountsSchema,
  createAccountsSubgraph,
  loadAccountsConfig,
} from '@hospital/accounts';
import {
  buildDoctorsSchema,
  createDoctorsSubgraph,
  DOCTORS_PORT,
  doctorsTables,
  loadDoctorsConfig,
} from '@hospital/doctors';
import {
  APPOINTMENTS_PORT,
  appointmentsTables,
  buildAppointmentsSchema,
  createAppointmentsSubgraph,
  loadAppointmentsConfig,
} from '@hospital/appointments';
import {
  ANALYTICS_PORT,
  analyticsTables,
  buildAnalyticsSchema,
  createAnalyticsSubgraph,
  loadAnalyticsConfig,
} from '@hospital/analytics';
import { AUDIT_PORT, auditTables, buildAuditSchema, createAuditSubgraph, loadAuditConfig } from '@hospital/audit';
import {
  billingTables,
  BILLING_PORT,
  buildBillingSchema,
  createBillingSubgraph,
  loadBillingConfig,
} from '@hospital/billing';
import {
  buildFeedbackSchema,
  createFeedbackSubgraph,
  FEEDBACK_PORT,
  feedbackTables,
  loadFeedbackConfig,
} from '@hospital/feedback';
import type { Subgraph, SubgraphConfig, SubgraphOptions, SubgraphTables } from '@hospital/kit';
import {
  buildPrescriptionsSchema,
  createPrescriptionsSubgraph,
  loadPrescriptionsConfig,
  PRESCRIPTIONS_PORT,
  prescriptionsTables,
} from '@hospital/prescriptions';
import {
  buildPatientsSchema,
  createPatientsSubgraph,
  loadPatientsConfig,
  PATIENTS_PORT,
  patientsTables,
} from '@hospital/patients';
import type { GraphQLSchema } from 'graphql';

/** Everything the stack needs to know of a subgraph. A new subgraph is one more entry here. */
export interface SubgraphModule {
  name: string;
  port: number;
  buildSchema(): Promise<GraphQLSchema>;
  create(options: SubgraphOptions): Promise<Subgraph>;
  loadConfig(env?: NodeJS.ProcessEnv): SubgraphConfig<unknown>;
  tables: SubgraphTables;
}

export const SUBGRAPHS: SubgraphModule[] = [
  {
    name: 'accounts',
    port: ACCOUNTS_PORT,
    buildSchema: buildAccountsSchema,
    create: createAccountsSubgraph,
    loadConfig: loadAccountsConfig,
    tables: accountsTables,
  },
  {
    name: 'patients',
    port: PATIENTS_PORT,
    buildSchema: buildPatientsSchema,
    create: createPatientsSubgraph,
    loadConfig: loadPatientsConfig,
    tables: patientsTables,
  },
  {
    name: 'doctors',
    port: DOCTORS_PORT,
    buildSchema: buildDoctorsSchema,
    create: createDoctorsSubgraph,
    loadConfig: loadDoctorsConfig,
    tables: doctorsTables,
  },
  {
    name: 'appointments',
    port: APPOINTMENTS_PORT,
    buildSchema: buildAppointmentsSchema,
    create: createAppointmentsSubgraph,
    loadConfig: loadAppointmentsConfig,
    tables: appointmentsTables,
  },
  {
    name: 'billing',
    port: BILLING_PORT,
    buildSchema: buildBillingSchema,
    create: createBillingSubgraph,
    loadConfig: loadBillingConfig,
    tables: billingTables,
  },
  {
    name: 'prescriptions',
    port: PRESCRIPTIONS_PORT,
    buildSchema: buildPrescriptionsSchema,
    create: createPrescriptionsSubgraph,
    loadConfig: loadPrescriptionsConfig,
    tables: prescriptionsTables,
  },
  {
    name: 'feedback',
    port: FEEDBACK_PORT,
    buildSchema: buildFeedbackSchema,
    create: createFeedbackSubgraph,
    loadConfig: loadFeedbackConfig,
    tables: feedbackTables,
  },
  {
    name: 'analytics',
    port: ANALYTICS_PORT,
    buildSchema: buildAnalyticsSchema,
    create: createAnalyticsSubgraph,
    loadConfig: loadAnalyticsConfig,
    tables: analyticsTables,
  },
  {
    name: 'audit',
    port: AUDIT_PORT,
    buildSchema: buildAuditSchema,
    create: createAuditSubgraph,
    loadConfig: loadAuditConfig,
    tables: auditTables,
  },
];
