/**
 * The real inputs of the search on the build machine: the dataset pulled fresh from the embedded
 * demo export (so tests and the benchmark need no prior `npm run pull`) and the postcode register.
 */
import { PATHS } from '../paths';
import { pull } from '../pull/pull';
import type { Dataset } from '../schema';
import { buildSearchIndex } from './build-index';
import type { SearchIndex } from './index-format';
import { loadPostcodes } from './postcodes';

export function pullDemoDataset(): Dataset {
  return pull({
    sourcePath: PATHS.demoExport,
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    demoSourcePath: PATHS.demoExport,
    outputPath: null,
  }).dataset;
}

export function demoSearchIndex(): SearchIndex {
  return buildSearchIndex(pullDemoDataset(), loadPostcodes());
}
