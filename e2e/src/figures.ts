import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the suites that measure something write it, a JSON line a figure, for docs/security.md. */
export const FIGURES_FILE = fileURLToPath(new URL('../../.test-figures.jsonl', import.meta.url));

/** Records what a suite measured (a latency, a recovery time) beside the run's results; asserts nothing. */
export function recordFigure(suite: string, name: string, value: number, unit: string): void {
  const line = { suite, name, value: Math.round(value * 10) / 10, unit, mode: process.env['E2E_MODE'], at: new Date() };
  appendFileSync(FIGURES_FILE, `${JSON.stringify(line)}\n`);
}
