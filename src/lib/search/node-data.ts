/**
 * The real inputs of the search on the build machine: the dataset pulled fresh from the embedded
 * demo export (so tests and the benchmark need no prior `npm run pull`) and the postcode register.
 */
import { pullDemoDataset } from '../pull/demo-dataset';
import type { Dataset } from '../dataset/schema';
import { buildSearchIndex } from './build-index';
import type { SearchIndex } from './index-format';
import { loadPostcodes, type Postcode } from './postcodes';

export { pullDemoDataset };

export async function demoSearchIndex(): Promise<SearchIndex> {
  return buildSearchIndex(await pullDemoDataset(), loadPostcodes());
}

/** The demo dataset, the postcodes and the search index built from them, for the search's tests. */
export async function demoSearchInputs(): Promise<{ dataset: Dataset; postcodes: Postcode[]; index: SearchIndex }> {
  const dataset = await pullDemoDataset();
  const postcodes = loadPostcodes();
  return { dataset, postcodes, index: buildSearchIndex(dataset, postcodes) };
}
