import type { SubscriptionField } from '../declaration.js';
import { LOBBY_FIELDS } from '../lobby.js';
import { revenueReportChanged } from './revenue-report-changed.js';
import { slotOffered } from './slot-offered.js';

/** Every subscription field the gateway serves, by name: a new one is one file in this folder and a line here. */
export const SUBSCRIPTION_FIELDS: Readonly<Record<string, SubscriptionField>> = {
  ...LOBBY_FIELDS,
  slotOffered,
  revenueReportChanged,
};
