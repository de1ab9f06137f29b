import { loadSubgraphConfig } from '@hospital/kit';

export const AUDIT_PORT = 4009;

export const loadAuditConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig('audit', AUDIT_PORT, {}, env);

export type AuditConfig = ReturnType<typeof loadAuditConfig>;
