import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tools/slow-first.ts';

// One test file per core at a time. Vitest's own default for a run is one fewer than the cores:
// on the two-core CI machine that ran every file one after another.
const CORES = availableParallelism();

// Two projects: `unit` (pure logic beside the code, no build needed) and `e2e`
// (browser and dist checks against the built site, run after `npm run build`).
export default defineConfig({
  test: {
    // The longest browser files start first, also on a clean clone that has no durations cached.
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      // Timeouts are hang guards, not speed checks (benchmarks print speed): the unit files run in
      // parallel, and on a busy two-core machine a 1 s pull test took 9 s, past Vitest's default 5 s.
      // requireAssertions: a test that reaches no expect() proves nothing, so it fails.
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts'],
          environment: 'node',
          maxWorkers: CORES,
          // The files share their modules in each worker instead of loading them again per file
          // (70 -> 56 s, a quarter less CPU): no unit test mocks a module, and the one that points
          // the dataset elsewhere sets it back after itself (PATHS reads the environment when asked).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
          expect: { requireAssertions: true },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The files of a worker share its modules (the dataset read once) and its Chromium
          // (tests/e2e/browser.ts): each file opens its own contexts and closes them after itself.
          isolate: false,
          // Hang guards: a scan of all of dist/ (the privacy scan, which pages load React) took 62-64 s
          // with the load average at 12-16, past the 60 s these were.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Files run side by side, each worker with its own Chromium: they only read dist/ and data/ (the
          // tests that build something build it into a temporary folder, and the campaign-exit
          // builds stop before writing anything), and the preview server answers them all. Not more
          // than the cores: a third file on two cores measured 518 -> 483 s alone but 538 s in a
          // clean clone's `npm test` (450-490 s with two), where the checks beside it compete too.
          maxWorkers: Math.max(2, CORES),
          expect: { requireAssertions: true },
        },
      },
    ],
  },
});
