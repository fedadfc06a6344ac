import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../open-data/csv';
import { OPEN_TABLES, csvRows, toCsv } from '../open-data/tables';
import { publicLibrary, schoolLibrary, subscriptions, testCounty, testDataset, testMunicipality, testService } from '../dataset/test-data';
import { buildMapData } from './map-data';
import type { MapView } from './view-state';
import { viewCsv, viewFileName, viewSheet, viewTable, type LibrariesFile, type SubscriptionsFile } from './view-download';

function fixture(isDemo = false) {
  const dataset = testDataset({
    isDemo,
    counties: [testCounty('03', 'Oslo', 700_000), testCounty('32', 'Akershus', 700_000)],
    municipalities: [testMunicipality('0301', 'Oslo', 700_000), testMunicipality('3201', 'Bærum', 130_000)],
    libraries: [
      publicLibrary('0301', { name: 'Deichman Tøyen', slug: 'deichman' }),
      publicLibrary('3201', { name: 'Bærum bibliotek', slug: 'baerum' }),
      schoolLibrary('974589095', '3201', { name: 'Rosenvilde vgs — «Østerås»', slug: 'rosenvilde' }),
      schoolLibrary('971234567', '0301', { name: '=HYPERLINK("x")', slug: 'formula' }),
    ],
    services: [testService('film', { name: 'Film' }), testService('news', { category: 'news-magazines' }), testService('free', { funding: 'state-funded' })],
    subscriptions: subscriptions([
      ['fb-0301', 'film', 2025],
      ['fb-0301', 'news', 2025],
      ['fb-3201', 'film', 2024],
      ['fb-3201', 'film', 2025, 'cancelled'],
      ['vgs-974589095', 'film', 2025],
      ['vgs-974589095', 'free', 2025],
    ]),
  });
  const data = buildMapData(dataset, 2025);
  const table = (name: 'libraries' | 'subscriptions') => OPEN_TABLES.find((t) => t.name === name)!;
  const libraries: LibrariesFile = { source: dataset.source, libraries: table('libraries').rows(dataset) };
  const subs: SubscriptionsFile = { source: dataset.source, subscriptions: table('subscriptions').rows(dataset) };
  return { dataset, data, libraries, subs };
}
const view = (v: Partial<MapView>): MapView => ({ mode: 'breadth', kind: 'all', year: 2025, ...v });

describe('viewTable', () => {
  it("has the open-data files' columns: every library column, then serviceId, year, status, then the demo column", () => {
    const { data, libraries, subs, dataset } = fixture(true);
    const { header } = viewTable(view({}), data, libraries, subs);
    const openColumns = (name: 'libraries' | 'subscriptions') => OPEN_TABLES.find((t) => t.name === name)!.fields.map((f) => f.name);
    expect(header).toEqual([...openColumns('libraries'), ...openColumns('subscriptions').filter((c) => c !== 'libraryId'), 'eksempeldata']);
    // The same names as the published CSV's first line.
    const publishedHeader = toCsv(csvRows(OPEN_TABLES.find((t) => t.name === 'libraries')!, dataset))
      .replace(CSV_BOM, '')
      .split('\n')[0]!
      .split(',');
    for (const column of publishedHeader) expect(header).toContain(column);
  });

  it('keeps only the libraries of the view’s kind and county, with their records of that year for the services it counts', () => {
    const { data, libraries, subs } = fixture();
    const pick = (v: Partial<MapView>) =>
      viewTable(view(v), data, libraries, subs).rows.map((r) => `${r[0]} ${r.at(-3) ?? '-'} ${r.at(-2)} ${r.at(-1) ?? '-'}`);
    // One service, Akershus, schools: only the school in Akershus.
    expect(pick({ mode: 'service', serviceId: 'film', countyNumber: '32', kind: 'school' })).toEqual(['vgs-974589095 film 2025 active']);
    // One service, every library, 2025: cancelled stays a record; no record is an empty service.
    expect(pick({ mode: 'service', serviceId: 'film' })).toEqual([
      'fb-0301 film 2025 active',
      'fb-3201 film 2025 cancelled',
      'vgs-974589095 film 2025 active',
      'vgs-971234567 - 2025 -',
    ]);
    // The year filter.
    expect(pick({ mode: 'service', serviceId: 'film', year: 2024, kind: 'public' })).toEqual(['fb-0301 - 2024 -', 'fb-3201 film 2024 active']);
    // Breadth: the paid services, not the state-funded one unless asked for.
    expect(pick({ countyNumber: '32', kind: 'school' })).toEqual(['vgs-974589095 film 2025 active']);
    expect(pick({ countyNumber: '32', kind: 'school', baseline: true })).toEqual(['vgs-974589095 film 2025 active', 'vgs-974589095 free 2025 active']);
    // A category.
    expect(pick({ category: 'news-magazines', countyNumber: '03' })).toEqual(['fb-0301 news 2025 active', 'vgs-971234567 - 2025 -']);
  });
});

describe('the files', () => {
  it('writes a CSV with a byte order mark, CRLF, leading zeros and æøå as they are, and formulas defused', () => {
    const { data, libraries, subs } = fixture();
    const csv = viewCsv(viewTable(view({ mode: 'service', serviceId: 'film' }), data, libraries, subs));
    expect(csv.startsWith('\ufeffid,kind,name,')).toBe(true);
    expect(csv).toContain('\r\nfb-0301,public,Deichman Tøyen,deichman,0301,0301,03,');
    expect(csv).toContain('Rosenvilde vgs — «Østerås»');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes an XLSX where 0301 stays text, æøå survive, numbers stay numbers and a formula is only text', async () => {
    const { data, libraries, subs } = fixture();
    const table = viewTable(view({ mode: 'service', serviceId: 'film' }), data, libraries, subs);
    const buffer = await writeXlsxFile(viewSheet(table) as never).toBuffer();
    const rows = await readSheet(buffer);
    expect(rows[0]).toEqual(table.header);
    const col = (name: string) => table.header.indexOf(name);
    const oslo = rows.find((r) => r[0] === 'fb-0301')!;
    expect(oslo[col('municipalityNumber')]).toBe('0301');
    expect(oslo[col('countyNumber')]).toBe('03');
    expect(oslo[col('name')]).toBe('Deichman Tøyen');
    expect(oslo[col('year')]).toBe(2025);
    expect(rows.find((r) => r[0] === 'vgs-974589095')![col('name')]).toBe('Rosenvilde vgs — «Østerås»');
    expect(rows.find((r) => r[0] === 'vgs-971234567')![col('name')]).toBe('=HYPERLINK("x")');
  });

  it('names the file after the view', () => {
    expect(viewFileName(view({ mode: 'service', serviceId: 'pressreader', kind: 'school', countyNumber: '46' }))).toBe(
      'hvem-har-hva_pressreader_vgs_fylke-46_2025',
    );
    expect(viewFileName(view({}))).toBe('hvem-har-hva_alle-tjenester_hele-landet_2025');
    expect(viewFileName(view({ serviceId: '../../etc' }))).toBe('hvem-har-hva_etc_hele-landet_2025');
  });
});
