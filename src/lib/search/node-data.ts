/**
 * The real inputs of the search on the build machine: the dataset pulled fresh from the embedded
 * demo export (so tests and the benchmark need no prior `npm run pull`) and the postcode register.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../paths';
import { pull } from '../pull/pull';
import type { Dataset } from '../schema';
import { buildSearchIndex } from './build-index';
import type { SearchIndex } from './index-format';
import { loadPostcodes } from './postcodes';

export async function pullDemoDataset(): Promise<Dataset> {
  const summary = await pull({
    source: PATHS.demoExport,
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    demoSourcePath: PATHS.demoExport,
    // A dry run writes nothing; a path with no dataset means nothing to compare with.
    outputPath: join(tmpdir(), 'hhh-search-no-previous-dataset.json'),
    dryRun: true,
  });
  return summary.dataset;
}

export async function demoSearchIndex(): Promise<SearchIndex> {
  return buildSearchIndex(await pullDemoDataset(), loadPostcodes());
}
