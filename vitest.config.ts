import swc from 'unplugin-swc';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import LaneSequencer from './e2e/src/lane-sequencer.js';

// esbuild emits no decorator metadata; TypeORM and type-graphql need it, so SWC compiles the tests.
const decorators = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
  },
});

// Each project below takes its files one at a time (a lock per lane), beside the other projects.
const oneFilePerLane = ['e2e/src/one-file-per-lane.ts'];
// One supergraph per e2e project, for the files that need none of their own (e2e/src/world.ts, useWorld).
const e2eSharedSupergraph = ['e2e/src/shared-supergraph.ts'];

/** A project that runs in a lane of its own, its files one at a time. */
const lane = (name: string, test: TestProjectInlineConfiguration['test']): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, provide: { lane: name }, setupFiles: oneFilePerLane, ...test },
});

/** The end-to-end files against a supergraph run the given way (e2e/src/world.ts reads E2E_MODE). */
const e2e = (mode: 'embedded' | 'distributed'): TestProjectInlineConfiguration =>
  lane(`e2e-${mode}`, {
    include: ['e2e/src/**/*.e2e.ts'],
    env: { E2E_MODE: mode },
    globalSetup: e2eSharedSupergraph,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  });

export default defineConfig({
  plugins: [decorators],
  // graphql 16 ships CJS (main) and ESM (module). Node, which loads type-graphql and
  // Apollo, takes the CJS one; vite must take it too, or two graphql realms meet.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // Two files at a time across the projects, the end-to-end and browser ones among them (each of
    // those projects takes one file at a time: e2e/src/one-file-per-lane.ts). The default on a
    // 2-core machine ran one file at a time in all, the second core idle for the whole suite.
    maxWorkers: 2,
    sequence: { sequencer: LaneSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{kit,gateway,stack,bench,web,subgraphs/*}/src/**/*.test.ts', 'deploy/k8s/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{kit,gateway,stack,subgraphs/*}/src/**/*.int.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      e2e('embedded'),
      lane('browser', { include: ['web/test/**/*.browser.ts'], testTimeout: 60_000, hookTimeout: 120_000 }),
      e2e('distributed'),
    ],
  },
});
