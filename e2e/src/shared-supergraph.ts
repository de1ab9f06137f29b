import type { TestProject } from 'vitest/node';
import { startSharedSupergraph, supergraphAvailable, type Mode } from './harness.js';

/**
 * The globalSetup of the e2e projects: one supergraph in the project's mode for every
 * file that calls `useWorld()` without options, instead of one each (a distributed one is
 * ten processes and nine fresh databases). Test files reach it through `inject('supergraph')`;
 * what they start beside it runs in their own worker. Vitest runs it only when the project
 * has files to run, and stops it once they all have.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // The project's `test.env` is given to its test workers, not to this process: read it from the project.
  const mode: Mode = project.config.env['E2E_MODE'] === 'distributed' ? 'distributed' : 'embedded';
  // Unavailable, the files skip themselves (supergraphAvailable in each): nothing to share.
  if (!(await supergraphAvailable(mode))) return undefined;
  const supergraph = await startSharedSupergraph(mode);
  project.provide('supergraph', supergraph.shared);
  return () => supergraph.stop();
}
