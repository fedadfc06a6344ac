import { describe, expect, it } from 'vitest';
import { categoryFromExport, growCatalogue } from './catalogue-from-export';
import type { ExportRow } from './export-row';
import { catalogue } from './test-fixtures';

const row = (serviceName: string, extra: Partial<ExportRow> = {}): ExportRow => ({
  row: 2,
  memberName: 'Oslo bibliotek',
  memberType: 'public',
  libraryNumber: null,
  municipalityNumbers: ['0301'],
  organisationNumber: null,
  size: null,
  serviceName,
  vendorName: '',
  productCategory: '',
  year: 2026,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  status: 'active',
  ...extra,
});

describe('growCatalogue', () => {
  it('finds a renamed product by its alias and names the row as the catalogue does', () => {
    const withAlias = { ...catalogue, services: catalogue.services.map((s) => (s.name === 'PressReader' ? { ...s, aliases: ['PressReader Library'] } : s)) };
    const grown = growCatalogue(withAlias, [row('pressreader library')], 'x.csv', 'x.csv', '2026-12-01');
    expect(grown.created).toEqual([]);
    expect(grown.rows[0]!.serviceName).toBe('PressReader');
  });

  it('creates one service per new product, however its name is spelt, with audience from who ordered it', () => {
    const grown = growCatalogue(
      catalogue,
      [row('Nordlys Arkiv', { vendorName: 'Polarkant AS', productCategory: 'Databaser' }), row('nordlys  arkiv', { memberType: 'school' })],
      'x.csv',
      'x.csv',
      '2026-12-01',
    );
    expect(grown.created).toEqual(['Nordlys Arkiv']);
    const service = grown.catalogue.services.find((s) => s.name === 'Nordlys Arkiv')!;
    expect(service).toMatchObject({ vendor: 'Polarkant AS', category: 'databases-journals', audience: 'both', described: false, funding: 'bought' });
    expect(grown.rows.map((r) => r.serviceName)).toEqual(['Nordlys Arkiv', 'Nordlys Arkiv']);
    expect(grown.warnings).toHaveLength(1);
  });

  it('names a missing publisher plainly rather than inventing one', () => {
    const grown = growCatalogue(catalogue, [row('Ukjent')], 'x.csv', 'x.csv', '2026-12-01');
    expect(grown.catalogue.services.at(-1)!.vendor).toBe('Leverandør ikke oppgitt');
  });
});

describe('categoryFromExport', () => {
  it.each([
    ['Aviser og magasiner', 'news-magazines'],
    ['News and magazines', 'news-magazines'],
    ['Film', 'film'],
    ['Musikk', 'music'],
    ['Dictionaries', 'reference'],
    ['Databases and journals', 'databases-journals'],
    ['Språkkurs', 'language-learning'],
    ['E-books', 'books-audiobooks'],
    ['Spill', 'other'],
    ['', 'other'],
  ])('%s -> %s', (word, category) => {
    expect(categoryFromExport(word)).toBe(category);
  });
});
