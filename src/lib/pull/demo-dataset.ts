/**
 * The dataset pulled fresh from the embedded demo export, in memory: for tests and benchmarks that
 * must not depend on a prior `npm run pull` (unit tests run before the build on a fresh clone).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../paths';
import type { Dataset } from '../dataset/schema';
import { pull } from './pull';

export async function pullDemoDataset(): Promise<Dataset> {
  const summary = await pull({
    source: PATHS.demoExport,
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    // A dry run writes nothing; a path with no dataset means nothing to compare with.
    outputPath: join(tmpdir(), 'hhh-demo-no-previous-dataset.json'),
    dryRun: true,
  });
  return summary.dataset;
}
