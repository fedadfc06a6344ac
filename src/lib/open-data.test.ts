import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { atomFeed, OPEN_TABLES, toCsv } from './open-data';

const text = { nb: 'a', nn: 'b', en: 'c' };
const dataset: Dataset = {
  schemaVersion: 1,
  source: { name: 'x.csv', sha256: 'a'.repeat(64), pulledAt: '2026-11-25T00:00:00.000Z', rows: 2, isDemo: false },
  counties: [],
  municipalities: [],
  libraries: [{
    id: 'fb-0301', kind: 'public', name: '<b>Oslo</b> "bibliotek", sentrum', slug: 'oslo', municipalityNumber: '0301', servesMunicipalities: ['0301', '0302'],
    countyNumber: '03', position: null, inhabitantsServed: 700000, studentsAndStaff: null, libraryNumber: null, organisationNumber: null,
  }],
  vendors: [{ id: 'v', slug: 'v', name: 'Vendor & Co' }],
  services: [{ id: 'news', slug: 'news', name: 'News', vendorId: 'v', category: 'news-magazines', audience: 'both', funding: 'bought', billing: null, status: 'confirmed' as const, evidence: [{ source: 'test fixture', section: '1', note: 'invented for the test' }], url: 'https://a.no/', access: text, description: text }],
  periods: [{ year: 2025, start: '2025-01-01', end: '2025-12-31' }, { year: 2026, start: '2026-01-01', end: '2026-12-31' }],
  subscriptions: [{ libraryId: 'fb-0301', serviceId: 'news', year: 2026, status: 'active' }],
};
const table = (name: string) => OPEN_TABLES.find((t) => t.name === name)!;

describe('open-data CSV', () => {
  it('round-trips names with quotes, commas and markup unchanged', () => {
    const rows = parse(toCsv(table('libraries').rows(dataset)), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.name).toBe('<b>Oslo</b> "bibliotek", sentrum');
    expect(rows[0]!.servesMunicipalities).toBe('0301 0302');
    expect(rows[0]!.lat).toBe('');
  });
  it('describes every column it writes', () => {
    for (const t of OPEN_TABLES) {
      const described = t.fields.flatMap((f) => f.name.split(', '));
      expect(Object.keys(t.rows(dataset)[0]!).sort()).toEqual(described.sort());
    }
  });
});

describe('atomFeed', () => {
  const feed = atomFeed(dataset, [{ year: 2026, previousYear: 2025, added: [{ libraryId: 'fb-0301', serviceId: 'news' }], cancelled: [] }], {
    site: 'https://example.no/', title: 'T & U', added: (l, s, y) => `${l} har ${s} fra ${y}`, cancelled: (l, s) => `${l} mistet ${s}`,
  });
  it('has one entry per change, linking the library', () => {
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('<link href="https://example.no/bibliotek/oslo/"/>');
    expect(feed).toContain('<updated>2026-01-01T00:00:00Z</updated>');
  });
  it('dates an entry by the pull that saw the change, when the dataset records it', () => {
    const recorded = { ...dataset, changes: [{ date: '2026-03-14', libraryId: 'fb-0301', serviceId: 'news', year: 2026, change: 'added' as const }] };
    const dated = atomFeed(recorded, [{ year: 2026, previousYear: 2025, added: [{ libraryId: 'fb-0301', serviceId: 'news' }], cancelled: [] }], {
      site: 'https://example.no/', title: 'T', added: (l) => l, cancelled: (l) => l,
    });
    expect(dated).toContain('<updated>2026-03-14T00:00:00Z</updated>');
  });
  it('escapes markup in names, so it stays text', () => {
    expect(feed).toContain('&lt;b&gt;Oslo&lt;/b&gt; &quot;bibliotek&quot;, sentrum har News fra 2026');
    expect(feed).not.toContain('<b>');
    expect(feed).toContain('<title>T &amp; U</title>');
  });
});
