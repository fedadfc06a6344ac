/**
 * The real inputs of the search on the build machine: the dataset pulled fresh from the embedded
 * demo export (so tests and the benchmark need no prior `npm run pull`) and the postcode register.
 */
import { pullDemoDataset } from '../pull/demo-dataset';
import { buildSearchIndex } from './build-index';
import type { SearchIndex } from './index-format';
import { loadPostcodes } from './postcodes';

export { pullDemoDataset };

export async function demoSearchIndex(): Promise<SearchIndex> {
  return buildSearchIndex(await pullDemoDataset(), loadPostcodes());
}
