/**
 * A library keeps its address across pulls; a rename keeps the old address as a former slug (a
 * page that points to the new one), and no library takes another's address (issue 29, point 8).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../source/problems';
import { readCsvTable } from '../source/read-table';
import { csv, VALID_ROWS } from '../source/test-tables';
import { Dataset, type Library } from '../dataset/schema';
import { buildDataset } from './build-dataset';
import { parseRows } from './parse-rows';
import { pull } from './pull';
import { keepLibrarySlugs } from './slug-stability';
import { catalogue, columnMap, pullOptions, registry, registryIndex, source } from './test-fixtures';

function build(rows: string[]): Dataset {
  const parsed = parseRows(readCsvTable(csv(rows), 'export.csv'), columnMap, 'export.csv', registryIndex, catalogue);
  expect(parsed.problems.map(formatProblem)).toEqual([]);
  return buildDataset({ rows: parsed.rows, file: 'export.csv', registry, index: registryIndex, catalogue, source }).dataset;
}
const byId = (dataset: Dataset) => Object.fromEntries(dataset.libraries.map((l) => [l.id, { slug: l.slug, formerSlugs: l.formerSlugs }]));
const renamed = (dataset: Dataset, id: string, name: string): Dataset => ({
  ...dataset,
  libraries: dataset.libraries.map((l): Library => (l.id === id ? { ...l, name } : l)),
});

describe('keepLibrarySlugs', () => {
  const first = keepLibrarySlugs(build(VALID_ROWS), undefined).dataset;

  it('gives the slugs buildDataset gives when there is no last good dataset', () => {
    expect(first).toEqual(build(VALID_ROWS));
  });

  it('keeps every slug when nothing is renamed, even when a new library would sort first', () => {
    // Without Oslo in the last good dataset, a new Oslo library named like Bergen's can't take Bergen's address.
    const previous = renamed(first, 'fb-0301', 'Oslo bibliotek');
    const next = keepLibrarySlugs(renamed(first, 'fb-0301', 'Bergen og Kinn bibliotek'), { libraries: previous.libraries.filter((l) => l.id !== 'fb-0301') });
    expect(byId(next.dataset)['fb-4601']).toEqual({ slug: 'bergen-og-kinn-bibliotek', formerSlugs: undefined });
    expect(byId(next.dataset)['fb-0301']).toEqual({ slug: 'bergen-og-kinn-bibliotek-oslo', formerSlugs: undefined });
  });

  it('gives a renamed library a slug from its new name and keeps the old one as a former slug', () => {
    const next = keepLibrarySlugs(renamed(first, 'fb-0301', 'Deichman'), first);
    expect(byId(next.dataset)['fb-0301']).toEqual({ slug: 'deichman', formerSlugs: ['oslo-bibliotek'] });
    expect(next.renamed).toEqual([{ id: 'fb-0301', from: 'oslo-bibliotek', to: 'deichman' }]);
    // Renamed again: both old addresses stay; renamed back: the slug comes back, no longer former.
    const again = keepLibrarySlugs(renamed(next.dataset, 'fb-0301', 'Deichman Oslo'), next.dataset);
    expect(byId(again.dataset)['fb-0301']).toEqual({ slug: 'deichman-oslo', formerSlugs: ['deichman', 'oslo-bibliotek'] });
    const back = keepLibrarySlugs(renamed(again.dataset, 'fb-0301', 'Oslo bibliotek'), again.dataset);
    expect(byId(back.dataset)['fb-0301']).toEqual({ slug: 'oslo-bibliotek', formerSlugs: ['deichman', 'deichman-oslo'] });
    expect(() => Dataset.parse(back.dataset)).not.toThrow();
  });

  it("never gives a library another's slug or former slug", () => {
    const next = keepLibrarySlugs(renamed(first, 'fb-0301', 'Deichman'), first).dataset;
    // Bergen takes Oslo's old name: Oslo's old address still points to Oslo.
    const taken = keepLibrarySlugs(renamed(next, 'fb-4601', 'Oslo bibliotek'), next).dataset;
    expect(byId(taken)['fb-4601']).toEqual({ slug: 'oslo-bibliotek-vestland', formerSlugs: ['bergen-og-kinn-bibliotek'] });
    expect(byId(taken)['fb-0301']).toEqual({ slug: 'deichman', formerSlugs: ['oslo-bibliotek'] });
  });

  it('follows a library by its library number when its id changed (a municipal reform renumbers its seat)', () => {
    const previous = {
      libraries: first.libraries.map((l) => (l.id === 'fb-0301' ? { ...l, id: 'fb-0399', slug: 'oslo-bibliotek-gammel', formerSlugs: ['oslo'] } : l)),
    };
    expect(byId(keepLibrarySlugs(first, previous).dataset)['fb-0301']).toEqual({ slug: 'oslo-bibliotek-gammel', formerSlugs: ['oslo'] });
  });

  it("keeps a look-alike name from taking a Latin name's slug, also on a first pull", () => {
    const spoof = renamed(first, 'fb-0301', 'Веrgеn оg Кinn biblioteк'.normalize());
    expect(byId(keepLibrarySlugs(spoof, undefined).dataset)['fb-0301']!.slug).toBe('bergen-og-kinn-bibliotek-oslo');
    expect(byId(keepLibrarySlugs(spoof, first).dataset)['fb-4601']!.slug).toBe('bergen-og-kinn-bibliotek');
  });
});

describe('two pulls', () => {
  const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.csv'), 'utf8')
    .trimEnd()
    .split('\n');

  it("keep a renamed library's old address and give it no other library's", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'slugs-'));
    const logs: string[] = [];
    const options = pullOptions(directory, { source: join(directory, 'export.csv'), log: (line) => logs.push(line) });
    writeFileSync(options.source, `${fixture.join('\n')}\n`);
    await pull(options);
    const before = JSON.parse(readFileSync(options.outputPath, 'utf8')) as Dataset;
    expect(byId(before)['fb-0301']!.slug).toBe('oslo-bibliotek');
    expect(byId(before)['fb-4601']!.slug).toBe('bergen-bibliotek');
    // Oslo's library is renamed to Bergen's name on the next pull: it must not take Bergen's address.
    writeFileSync(options.source, `${[fixture[0], fixture[1]!.replace('Oslo bibliotek', 'Bergen bibliotek'), fixture[2]].join('\n')}\n`);
    await pull(options);
    const after = JSON.parse(readFileSync(options.outputPath, 'utf8')) as Dataset;
    expect(byId(after)['fb-4601']).toEqual({ slug: 'bergen-bibliotek', formerSlugs: undefined });
    expect(byId(after)['fb-0301']).toEqual({ slug: 'bergen-bibliotek-oslo', formerSlugs: ['oslo-bibliotek'] });
    expect(logs).toContain('pull: fb-0301 is renamed: /bibliotek/bergen-bibliotek-oslo/, and /bibliotek/oslo-bibliotek/ points there');
  });
});
