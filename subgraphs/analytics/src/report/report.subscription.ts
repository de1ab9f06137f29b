import { MAX_REPORT_YEARS } from '@hospital/kit';
import { PERIOD_ARGUMENTS } from './report.rules.js';

/**
 * The live revenue report, declared here beside the report it pushes so that it
 * is composed into the supergraph and partners see it by introspection. The
 * gateway serves it over graphql-ws (gateway/src/subscriptions/fields), from
 * this subgraph's `analytics.report-changed` events; a subgraph serves no
 * sockets, so it needs no resolver here.
 */
export const REPORT_SUBSCRIPTION_SDL = `
  type Subscription {
    "STAKEHOLDER and ADMIN: the revenue report for the period (inclusive clinic days, at most ${MAX_REPORT_YEARS} years), pushed again each time a payment, a refund or an imported cost changes a day of it"
    revenueReportChanged(
      ${JSON.stringify(PERIOD_ARGUMENTS.from)}
      from: Date!
      ${JSON.stringify(PERIOD_ARGUMENTS.to)}
      to: Date!
    ): RevenueReport!
  }
`;
