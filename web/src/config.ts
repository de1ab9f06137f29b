/** Where the app finds the supergraph, and the zone the clinic's times are shown in. */
export interface AppConfig {
  gatewayUrl: string;
  clinicTimeZone: string;
}

const DEV_DEFAULTS: AppConfig = {
  gatewayUrl: import.meta.env['VITE_GATEWAY_URL'] ?? 'http://localhost:4000/graphql',
  clinicTimeZone: import.meta.env['VITE_CLINIC_TIMEZONE'] ?? 'Europe/Kyiv',
};

/**
 * The built app is the same files for every hospital: the server that serves it answers
 * `/config.json` with its own gateway and clinic zone, so nothing is baked in at build time.
 * Vite's dev server has no such answer; `pnpm dev:web` takes VITE_* variables instead.
 */
export async function loadConfig(): Promise<AppConfig> {
  if (import.meta.env.DEV) return DEV_DEFAULTS;
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return (await response.json()) as AppConfig;
}
