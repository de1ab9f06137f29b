import { loadSubgraphConfig } from '@hospital/kit';

export const DOCTORS_PORT = 4003;

export const loadDoctorsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig('doctors', DOCTORS_PORT, {}, env);

export type DoctorsConfig = ReturnType<typeof loadDoctorsConfig>;
