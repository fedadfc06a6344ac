/** The data package that types /data/*.csv, checked by Frictionless's own validator on files written by the same code as the site's. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackage } from './data-package';
import { csvRows, OPEN_TABLES, toCsv } from './tables';
import { publicLibrary, schoolLibrary, subscriptions, testDataset, testService } from '../dataset/test-data';
import { validateDataPackage } from '../../../tools/validate-data-package';

const text = { nb: 'a', nn: 'b', en: 'c' };
const dataset = testDataset({
  pulledAt: '2026-11-25T00:00:00.000Z',
  isDemo: true,
  counties: [
    { number: '03', name: 'Oslo', slug: 'oslo' },
    { number: '46', name: 'Vestland', slug: 'vestland' },
  ] as never,
  libraries: [
    publicLibrary('0301', { name: 'Oslo, "sentrum"', slug: 'oslo', inhabitantsServed: 700000, libraryNumber: '2030000' }),
    schoolLibrary('974624443', '4601', { name: 'Bergen vgs', slug: 'bergen-vgs', position: { lat: 60.39, lon: 5.32 }, studentsAndStaff: 800 }),
  ],
  vendors: [{ id: 'v', slug: 'v', name: 'Vendor & Co' }],
  services: [
    testService('news', {
      name: 'News',
      category: 'news-magazines',
      billing: 'subscription',
      evidence: [
        { source: 'https://a.no/', date: '2026-01-01', note: { nb: 'Leverandøren lister den.', nn: 'Leverandøren listar han.', en: 'The vendor lists it.' } },
      ],
      url: 'https://a.no/',
      access: text,
      description: text,
    }),
  ],
  subscriptions: subscriptions([
    ['fb-0301', 'news', 2026],
    ['vgs-974624443', 'news', 2026, 'cancelled'],
  ]),
});

/** Writes the package and its CSVs as the site does, with `edit` applied to one CSV's text. */
function writePackage(edit?: { file: string; from: string; to: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'hhh-datapackage-'));
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(dataPackage(dataset, 'https://hvemharhva.no/')));
  for (const table of OPEN_TABLES) {
    let csv = toCsv(csvRows(table, dataset));
    if (edit && edit.file === table.name) {
      expect(csv).toContain(edit.from);
      csv = csv.replace(edit.from, edit.to);
    }
    writeFileSync(join(dir, `${table.name}.csv`), csv);
  }
  return dir;
}

const validate = (dir: string) => validateDataPackage(join(dir, 'datapackage.json'), dir);

describe('dataPackage', () => {
  it('passes Frictionless validation, every row of every CSV included', async () => {
    const report = await validate(writePackage());
    expect(report.errors).toEqual([]);
    expect(report.resources).toEqual([
      { name: 'libraries', rows: 2 },
      { name: 'services', rows: 1 },
      { name: 'subscriptions', rows: 2 },
    ]);
  }, 30_000);

  it('keeps codes as strings with their leading zeros', async () => {
    const dir = writePackage();
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const fields = Object.fromEntries(descriptor.resources[0].schema.fields.map((f: { name: string }) => [f.name, f]));
    for (const name of ['municipalityNumber', 'countyNumber', 'organisationNumber', 'libraryNumber']) expect(fields[name].type).toBe('string');
    expect(fields.municipalityNumber.constraints.pattern).toBe('^\\d{4}$');
    expect(fields.countyNumber.constraints.pattern).toBe('^\\d{2}$');
    expect(fields.organisationNumber.constraints.pattern).toBe('^\\d{9}$');
    expect(descriptor.licenses.map((l: { name: string }) => l.name)).toEqual(['NLOD-2.0', 'CC-BY-4.0']);
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(['libraries.csv', 'services.csv', 'subscriptions.csv']);
  });

  it('describes the demo column of every row while the data is the demo', () => {
    const descriptor = dataPackage(dataset, 'https://x/') as { resources: { schema: { fields: { name: string }[] } }[]; description: string };
    for (const r of descriptor.resources) expect(r.schema.fields.at(-1)!.name).toBe('eksempeldata');
    expect(descriptor.description).toContain('DEMO DATA');
  });

  // Each corruption is one a consumer could meet (a spreadsheet dropping a zero, a typo, a dangling row).
  it.each([
    ['libraries', '0301,0301,03', '301,0301,03', /pattern/],
    ['libraries', ',03,,', ',3,,', /pattern|enum/],
    ['libraries', '974624443', '97462444', /pattern/],
    ['libraries', 'public', 'publik', /enum/],
    ['services', 'news-magazines', 'newspapers', /enum/],
    ['subscriptions', 'fb-0301,news', 'fb-0302,news', /foreign key|reference|relation/i],
    ['subscriptions', 'vgs-974624443,news,2026', 'fb-0301,news,2026', /primary key|unique/i],
    ['subscriptions', '2026,active', 'twenty,active', /type|format/i],
  ])(
    'fails %s when %s becomes %s',
    async (file, from, to, message) => {
      const report = await validate(writePackage({ file, from, to }));
      expect(report.errors.join('\n')).toMatch(message);
    },
    30_000,
  );
});
