import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from './site-data';
import { publicLibrary, subscriptions, testCounty, testDataset, testMunicipality, testService } from './test-data';

describe('loadSiteData', () => {
  it("stops the build before any page with the library and field a dataset can't publish, not a schema dump", () => {
    const dataset = testDataset({
      pulledAt: '2026-11-25T12:00:00.000Z',
      counties: [testCounty('03', 'Oslo', 10)],
      municipalities: [testMunicipality('0301', 'Oslo', 10)],
      libraries: [publicLibrary('0301', { name: 'Oslo %%hhh-frozen-0%% bibliotek', slug: 'oslo', inhabitantsServed: 10 })],
      vendors: [{ id: 'nfi', slug: 'nfi', name: 'NFI' }],
      services: [testService('filmbib', { name: 'Filmbib', vendorId: 'nfi', audience: 'public', funding: 'state-funded', url: 'https://filmbib.no/' })],
      subscriptions: subscriptions([['fb-0301', 'filmbib', 2026]]),
    });
    const path = join(mkdtempSync(join(tmpdir(), 'site-data-')), 'dataset.json');
    writeFileSync(path, JSON.stringify(dataset));
    expect(() => loadSiteData(path)).toThrow(
      `${path} can't be published: libraries[0] (fb-0301) name: a name may not hold the build's own placeholders (%%…%%, {name}). Pull again (npm run pull)`,
    );
  });
});
