import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { afterAll, beforeAll, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The lane a project's files take one at a time (vitest.config.ts). */
    lane: string;
  }
}

/**
 * A setup file of the end-to-end and browser projects: the files of one lane (one
 * mode's shared supergraph, or the browser) run one at a time, while the lanes run
 * beside each other and beside the unit and integration files. Vitest can only run
 * a project's files one at a time by running them after every other project's
 * (its files without parallelism form a last, single-worker group), which left the
 * two modes' files queued behind each other; a lock per lane keeps them apart
 * instead. The lock is a directory beside the system's temporary files, named
 * after this checkout, and proper-lockfile frees it if its holder dies.
 */
const lane = inject('lane');
const checkout = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
let release: (() => Promise<void>) | undefined;

beforeAll(async () => {
  release = await lock(join(tmpdir(), `hospital-tests-${checkout}-${lane}`), {
    realpath: false,
    retries: { forever: true, minTimeout: 100, maxTimeout: 500, factor: 1.5 },
    // A holder that died frees the lane after a minute. A busy test's event loop can be late to
    // refresh the lock; rather than crash the worker (the library's default), the lane is shared then.
    stale: 60_000,
    onCompromised: () => undefined,
  });
}, 30 * 60_000);

afterAll(async () => {
  await release?.();
});
