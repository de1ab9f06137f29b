/**
 * The preload that turns tracing on, given to node before the service's own
 * code: `node --import @hospital/kit/tracing/register dist/index.js` (or
 * `--import ./kit/dist/tracing/register.js` from the repository). It does
 * nothing unless an OTLP endpoint is configured (see `tracingWanted`).
 *
 * It must run first: ioredis is an ES import of a CommonJS module, which the
 * instrumentations' require hook never sees, so it is wrapped by
 * import-in-the-middle's loader hook (limited to ioredis; every other module
 * loads untouched), and that hook only sees what is imported after it.
 */
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { startTracing, stopTracing, tracingWanted } from './sdk.js';

/** `feedback` for a process started from @hospital/feedback's package, wherever it is installed. */
function serviceOfEntry(entry: string | undefined): string {
  for (let folder = entry ? dirname(entry) : ''; folder && folder !== dirname(folder); folder = dirname(folder)) {
    try {
      const { name } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string };
      if (name) return name.replace(/^@hospital\//, '');
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return 'hospital';
}

if (tracingWanted()) {
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data: { include: ['ioredis'] } });
  await startTracing({ serviceName: process.env['OTEL_SERVICE_NAME'] || serviceOfEntry(process.argv[1]) });
  // A process that ends without the kit's signal handling (a migration, a CLI) still sends its spans.
  process.once('beforeExit', () => void stopTracing());
}
