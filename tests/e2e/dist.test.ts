/**
 * Checks on the built dist/: a page for everything in the dataset, and nothing private from the
 * export anywhere in it (set HHH_PRIVACY_SOURCE to the export a real build was pulled from).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src/lib/paths';
import { findLeaks, privateValues } from '../../src/lib/privacy';
import { readTable } from '../../src/lib/pull/read-table';
import { data } from './dataset';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

describe('dist/', () => {
  const page = (path: string) => existsSync(join(PATHS.dist, path, 'index.html'));

  it('has a page for every library, service, vendor, municipality and county', () => {
    const missing = [
      ...data.dataset.libraries.map((l) => `bibliotek/${l.slug}`),
      ...data.dataset.services.map((s) => `tjenester/${s.slug}`),
      ...data.dataset.vendors.map((v) => `leverandorer/${v.slug}`),
      ...data.dataset.municipalities.map((m) => `kommuner/${m.number}`),
      ...data.dataset.counties.map((c) => `fylker/${c.slug}`),
    ].filter((path) => !page(path));
    expect(missing).toEqual([]);
    expect(data.dataset.libraries.length).toBeGreaterThan(700);
    expect(data.dataset.municipalities).toHaveLength(357);
    expect(data.dataset.counties).toHaveLength(15);
  });

  it('contains no price, contact name, e-mail or phone number from the export', async () => {
    // The export the site was built from: the demo by default, a saved real export in the nightly job.
    const source = process.env.HHH_PRIVACY_SOURCE || PATHS.demoExport;
    const values = privateValues(await readTable(readFileSync(source), source));
    expect(values.emails.size + values.phones.size + values.prices.size + values.names.size).toBeGreaterThan(0);
    // Not scanned: Kartverket's boundaries (coordinate pairs such as [210,34] look like prices
    // and come from data/geo/, never from the export) and MapLibre's own module and worker, copied unchanged from node_modules.
    const notFromExport = (f: string) => /\.topo\.json$/.test(f) || /[\\/]_astro[\\/]maplibre-gl[^\\/]*\.mjs$/.test(f);
    const files = filesUnder(PATHS.dist).filter((f) => /\.(html|json|csv|xml|txt|m?js|svg|webmanifest)$/.test(f) && !notFromExport(f));
    const leaks = files.flatMap((f) => findLeaks(readFileSync(f, 'utf8'), values).map((leak) => `${f}: ${leak}`));
    expect(leaks).toEqual([]);
  });
});
