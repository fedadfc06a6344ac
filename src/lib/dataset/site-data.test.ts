import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from './site-data';
import { oneLibraryDataset } from './test-data';

describe('loadSiteData', () => {
  it("stops the build before any page with the library and field a dataset can't publish, not a schema dump", () => {
    const dataset = oneLibraryDataset({ name: 'Oslo %%hhh-frozen-0%% bibliotek', slug: 'oslo' });
    const path = join(mkdtempSync(join(tmpdir(), 'site-data-')), 'dataset.json');
    writeFileSync(path, JSON.stringify(dataset));
    expect(() => loadSiteData(path)).toThrow(
      `${path} can't be published: libraries[0] (fb-0301) name: a name may not hold the build's own placeholders (%%…%%, {name}). Pull again (npm run pull)`,
    );
  });
});
